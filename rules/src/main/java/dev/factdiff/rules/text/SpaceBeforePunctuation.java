package dev.factdiff.rules.text;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.RuleOption;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.SingleVersionRule;
import dev.factdiff.rules.Version;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A space between a word and the comma, period, colon, semicolon, question or exclamation mark after it. Text
 * that puts a space before most of its punctuation, or most of its full stops, ("in Ukraine . Also") was tokenized by a program, not typed
 * by an editor: the rule then stays silent, since the spacing is the source's convention rather than a slip.
 */
public final class SpaceBeforePunctuation implements SingleVersionRule {

  public static final String ID = "SPACE_BEFORE_PUNCTUATION";
  public static final RuleOption<Double> TOKENIZED_SHARE =
      RuleOption.number(
          "tokenizedShare",
          0.5,
          0.0,
          1.0,
          "When this share of the punctuation, or of the full stops, has a space before it, the text was tokenized"
              + " by a program and the rule stays silent.");

  /** A mark after a word, with or without space, that ends a clause (followed by space, a closing quote or the end). */
  private static final Pattern MARK =
      Pattern.compile("(?<=[\\p{L}\\p{N}”’)\\]])([ \\t]*)([,.;:!?])(?=[\\s”’\"]|$)");

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.MALFORMED_TEXT,
          Severity.WARNING,
          "A space stands before a punctuation mark.",
          List.of(
              Example.flags("The talks were held in Moscow[[ ,]] officials said. Both sides agreed."),
              Example.passes("The talks were held in Moscow, officials said. Both sides agreed."),
              Example.passes("The talks were held in Moscow , officials said . Both sides agreed ."),
              Example.passes("Talks were held in Moscow, Paris and Rome on Monday . Both sides agreed to meet again ."),
              Example.passes("And so the talks went on ... and on.")),
          List.of(TOKENIZED_SHARE));

  /** The share of these marks that have a space before them; 0 when there are none. */
  private static double spacedShare(List<PatternMatches.Match> marks) {
    long spaced = marks.stream().filter(m -> !m.group(1).isEmpty()).count();
    return marks.isEmpty() ? 0 : (double) spaced / marks.size();
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Article article, Version version, RuleContext context) {
    List<PatternMatches.Match> marks = PatternMatches.of(article, MARK);
    List<PatternMatches.Match> spaced = marks.stream().filter(m -> !m.group(1).isEmpty()).toList();
    double tokenized = context.option(ID, TOKENIZED_SHARE);
    if (spaced.isEmpty()
        || spacedShare(marks) >= tokenized
        || spacedShare(marks.stream().filter(m -> m.group(2).equals(".")).toList()) >= tokenized) {
      return List.of();
    }
    return spaced.stream()
        .map(
            m ->
                TextFindings.finding(
                    INFO,
                    article,
                    version,
                    Span.of(m.groupSpan(1).start(), m.span().end()),
                    "A space stands before “" + m.group(2) + "”.",
                    ImmutableMap.of("mark", m.group(2)),
                    Optional.of(m.group(2))))
        .toList();
  }
}
