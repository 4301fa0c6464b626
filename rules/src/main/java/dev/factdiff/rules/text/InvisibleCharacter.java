package dev.factdiff.rules.text;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.SingleVersionRule;
import dev.factdiff.rules.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Characters a reader cannot see (see {@link InvisibleCharacters}), one finding for each run of them. A
 * bidirectional control is an error: the words shown are not the words stored, so an editor approves what the
 * reader of another screen will not see. Any other is a warning: it splits a word or a name where none shows.
 * A byte-order mark at the very start of the text is how some editors begin a file, and is left alone.
 */
public final class InvisibleCharacter implements SingleVersionRule {

  public static final String ID = "INVISIBLE_CHARACTER";

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.MALFORMED_TEXT,
          Severity.WARNING,
          "The text holds a character a reader cannot see: a bidirectional control or a zero-width character.",
          List.of(
              Example.flags("The board approved [[\u202E]]54[[\u202C]] posts for the new school."),
              Example.flags("The minister, Ahmed Al[[\u200B]]Mansouri, resigned on Friday."),
              Example.passes("The board approved 54 posts for the new school."),
              Example.passes("The co\u00ADoperative approved 54 posts.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Article article, Version version, RuleContext context) {
    String text = article.text();
    List<Finding> findings = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int cp = text.codePointAt(at);
      if (!InvisibleCharacters.isInvisible(cp) || (at == 0 && cp == 0xFEFF)) {
        at += Character.charCount(cp);
        continue;
      }
      int start = at;
      List<Integer> run = new ArrayList<>();
      while (at < text.length() && InvisibleCharacters.isInvisible(text.codePointAt(at))) {
        run.add(text.codePointAt(at));
        at += Character.charCount(text.codePointAt(at));
      }
      findings.add(finding(article, version, Span.of(start, at), run));
    }
    return findings;
  }

  private static Finding finding(Article article, Version version, Span span, List<Integer> run) {
    boolean bidi = run.stream().anyMatch(InvisibleCharacters::isBidiControl);
    String named =
        run.stream()
            .distinct()
            .map(cp -> InvisibleCharacters.shown(cp) + " " + name(cp))
            .collect(Collectors.joining(", "));
    String message =
        (run.size() == 1 ? "An invisible character, " : run.size() + " invisible characters, ") + named
            + (bidi
                ? ": the text around it is shown in another order than it is stored."
                : ": a word or name looks the same as one without it but is not.");
    Finding finding =
        TextFindings.finding(
            INFO,
            article,
            version,
            span,
            message,
            ImmutableMap.of("codePoints", run.stream().map(InvisibleCharacters::shown).collect(Collectors.joining())),
            Optional.empty());
    return bidi ? finding.withSeverity(Severity.ERROR) : finding;
  }

  private static String name(int codePoint) {
    String name = Character.getName(codePoint);
    return name == null ? "" : "(" + name.toLowerCase(Locale.ROOT) + ")";
  }
}
