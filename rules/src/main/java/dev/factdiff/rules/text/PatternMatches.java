package dev.factdiff.rules.text;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Paragraph;
import dev.factdiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a pattern matches inside the readable paragraphs of an article, in article offsets. */
final class PatternMatches {

  /** One match: its span in the article and its groups (group 0 first; "" for a group that did not take part). */
  record Match(Span span, List<String> groups, List<Span> groupSpans) {

    String group(int i) {
      return groups.get(i);
    }

    Span groupSpan(int i) {
      return groupSpans.get(i);
    }
  }

  private PatternMatches() {}

  static List<Match> of(Article article, Pattern pattern) {
    List<Match> matches = new ArrayList<>();
    for (Paragraph paragraph : TextFindings.readableParagraphs(article)) {
      int base = paragraph.span().start();
      Matcher m = pattern.matcher(article.text(paragraph.span()));
      while (m.find()) {
        List<String> groups = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (int g = 0; g <= m.groupCount(); g++) {
          boolean took = m.start(g) >= 0;
          groups.add(took ? m.group(g) : "");
          spans.add(took ? Span.of(base + m.start(g), base + m.end(g)) : Span.of(base + m.start(), base + m.start()));
        }
        matches.add(new Match(Span.of(base + m.start(), base + m.end()), List.copyOf(groups), List.copyOf(spans)));
      }
    }
    return matches;
  }
}
