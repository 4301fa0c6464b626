package dev.factdiff.rules.testing;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.TestMeaning;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.Example;
import java.util.List;
import java.util.Optional;

/** A rule example's texts without their markers, and their real parses. */
public record ExampleTexts(MarkedText original, Optional<MarkedText> revised) {

  public static ExampleTexts of(Example example) {
    return new ExampleTexts(MarkedText.parse(example.original()), example.revised().map(MarkedText::parse));
  }

  public Article originalArticle() {
    return TestParser.get().parse("original", original.text());
  }

  /**
   * The two versions aligned; a single-version example stands for both versions, unaligned, so that an engine
   * runs a single-version rule on it twice.
   */
  public Alignment alignment() {
    Article from = originalArticle();
    if (revised.isEmpty()) {
      return new Alignment(from, from, List.of());
    }
    return TestMeaning.aligner().align(from, TestParser.get().parse("revised", revised.get().text()));
  }
}
