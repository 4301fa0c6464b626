package dev.factdiff.cli;

import dev.factdiff.core.parse.ArticleParser;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds the commands that parse articles with the parser given; everything else as picocli would. */
final class CommandFactory implements IFactory {
  private final Supplier<ArticleParser> parsers;

  CommandFactory(Supplier<ArticleParser> parsers) {
    this.parsers = parsers;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == CheckCommand.class) {
      return type.cast(new CheckCommand(parsers));
    }
    if (type == BatchCommand.class) {
      return type.cast(new BatchCommand(parsers));
    }
    if (type == ServeCommand.class) {
      return type.cast(new ServeCommand(parsers));
    }
    return CommandLine.defaultFactory().create(type);
  }
}
