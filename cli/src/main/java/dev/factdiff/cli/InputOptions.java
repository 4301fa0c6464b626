package dev.factdiff.cli;

import dev.factdiff.core.input.ArticleReader;
import java.nio.charset.Charset;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How the two versions of a check are read: their encoding, the names of standard input, the language check. */
final class InputOptions {
  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Read text inputs in this encoding (UTF-8, UTF-16, windows-1252...) instead of telling it from "
          + "the bytes: a byte-order mark, else UTF-8 when valid, else a confident guess.")
  Optional<String> encoding = Optional.empty();

  @Option(names = "--original-name", paramLabel = "NAME",
      description = "The name reports give ORIGINAL when it is '-' (standard input).")
  Optional<String> originalName = Optional.empty();

  @Option(names = "--revised-name", paramLabel = "NAME",
      description = "The name reports give REVISED when it is '-' (standard input).")
  Optional<String> revisedName = Optional.empty();

  @Option(names = "--assume-english",
      description = "Check the pair even when a version does not read as English (factdiff compares English versions).")
  boolean assumeEnglish;

  /** The encoding named by {@code --encoding}; an unknown name is a one-line input error. */
  Optional<Charset> charset() {
    return encoding.map(ArticleReader::encoding);
  }

  /** What {@code argument} is called in reports: its path, or the name given to standard input. */
  String nameOf(String argument, Optional<String> given) {
    if (given.isPresent() && !argument.equals(Input.STDIN)) {
      throw new UsageException("--original-name and --revised-name name standard input ('-'), not a file: " + argument);
    }
    return given.filter(n -> !n.isBlank()).orElse(argument);
  }
}
