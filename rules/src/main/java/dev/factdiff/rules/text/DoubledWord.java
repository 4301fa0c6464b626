package dev.factdiff.rules.text;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.model.Article;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.SingleVersionRule;
import dev.factdiff.rules.Version;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The same word twice in a row: "the the". Function words that English doubles on purpose ("had had", "that
 * that") and capitalized pairs, which are usually names, are left alone.
 */
public final class DoubledWord implements SingleVersionRule {

  public static final String ID = "DOUBLED_WORD";

  private static final Pattern DOUBLED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}'’-])(\\p{L}+)[ \\t\\u00A0]+(\\1)(?![\\p{L}\\p{N}'’-])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words a correct sentence can repeat: "what he had had", "so that that", "what they do do". */
  private static final Set<String> MAY_REPEAT = Set.of("had", "that", "do", "does", "did", "is", "was", "very", "so", "no");

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.MALFORMED_TEXT,
          Severity.WARNING,
          "A word is written twice in a row.",
          List.of(
              Example.flags("The talks covered [[the the]] fight against terrorism."),
              Example.passes("The talks covered the fight against terrorism."),
              Example.passes("He said that that was the end of it."),
              Example.passes("The rally was held in Walla Walla on Sunday.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Article article, Version version, RuleContext context) {
    return PatternMatches.of(article, DOUBLED).stream()
        .filter(m -> !MAY_REPEAT.contains(m.group(1).toLowerCase(Locale.ROOT)))
        .filter(m -> !(isCapitalized(m.group(1)) && isCapitalized(m.group(2))))
        .map(
            m ->
                TextFindings.finding(
                    INFO,
                    article,
                    version,
                    m.span(),
                    "The word “" + m.group(1) + "” is written twice.",
                    ImmutableMap.of("word", m.group(1)),
                    Optional.of(m.group(1))))
        .toList();
  }

  private static boolean isCapitalized(String word) {
    return Character.isUpperCase(word.codePointAt(0));
  }
}
