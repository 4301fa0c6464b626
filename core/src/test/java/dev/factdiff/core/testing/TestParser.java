package dev.factdiff.core.testing;

import dev.factdiff.core.parse.ArticleParser;

/** The one parser of a test JVM: CoreNLP's models load once and every test shares them. */
public final class TestParser {

  private static final ArticleParser PARSER = ArticleParser.create();

  private TestParser() {}

  public static ArticleParser get() {
    return PARSER;
  }
}
