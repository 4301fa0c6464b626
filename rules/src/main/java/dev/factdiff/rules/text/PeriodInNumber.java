package dev.factdiff.rules.text;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
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
import java.util.Set;

/** A period inside a number written in words: "five. million refugees". */
public final class PeriodInNumber implements SingleVersionRule {

  public static final String ID = "PERIOD_IN_NUMBER";

  /** Words that multiply the number before them; no sentence starts with one after a number. */
  private static final Set<String> MULTIPLIERS = Set.of("hundred", "thousand", "million", "billion", "trillion");

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.BROKEN_SENTENCE,
          Severity.WARNING,
          "A period splits a number written in words, such as “five. million”.",
          List.of(
              Example.flags("The war displaced half the population, including [[five. million]] refugees."),
              Example.flags("The fund raised [[3. Billion]] dollars last year."),
              Example.passes("The war displaced five million people. Millions more fled abroad."),
              Example.passes("The vote was held in 2011. Five years later it was held again.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Article article, Version version, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (SentenceBreaks.Break b : SentenceBreaks.of(article)) {
      if (b.before().isNumber() && continuesNumber(b.after())) {
        String number = b.before().text() + " " + b.after().text();
        findings.add(
            TextFindings.finding(
                INFO,
                article,
                version,
                Span.of(b.before().span().start(), b.after().span().end()),
                "A period splits the number “" + number + "”.",
                ImmutableMap.of("number", number),
                Optional.of("Write “" + number + "” without the period.")));
      }
    }
    return findings;
  }

  private static boolean continuesNumber(Token after) {
    String word = after.text().toLowerCase(Locale.ROOT);
    return MULTIPLIERS.contains(word) || after.isNumber() && SentenceBreaks.startsLowerCase(after.text());
  }
}
