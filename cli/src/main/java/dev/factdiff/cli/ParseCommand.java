package dev.factdiff.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.parse.ArticleParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdiff parse FILE}: prints the claims factdiff reads in one version of an article. */
@Command(
    name = "parse",
    description = "Print the paragraphs, sentences and claims (numbers, dates, quotations, entities) of one article.",
    mixinStandardHelpOptions = true)
public final class ParseCommand implements Callable<Integer> {

  public enum Format {
    text,
    json
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "The article: .txt, .md, .html or .docx; '-' reads standard input.")
  Path file;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--tokens", description = "With --format json, include every token with its lemma, tag and entity type.")
  boolean tokens;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SourceText source = Input.read(file.toString(), System.in).source();
    Article article = ArticleParser.create().parse(source);
    PrintWriter out = spec.commandLine().getOut();
    out.print(render(article, format, tokens));
    out.flush();
    return 0;
  }

  /** The output for one parsed article: deterministic, same input, same bytes. */
  public static String render(Article article, Format format, boolean tokens) {
    if (format == Format.text) {
      return ArticleText.of(article);
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      return mapper.writeValueAsString(new ArticleJson(mapper, tokens).of(article)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
