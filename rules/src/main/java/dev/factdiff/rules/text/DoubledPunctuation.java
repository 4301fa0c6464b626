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
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Two punctuation marks where one belongs: ",,", ",.", ";:", "..". An ellipsis ("...") and an abbreviation's
 * period before a comma ("U.S., Britain") are correct.
 */
public final class DoubledPunctuation implements SingleVersionRule {

  public static final String ID = "DOUBLED_PUNCTUATION";

  private static final Pattern DOUBLED =
      Pattern.compile("(?<!\\.)\\.\\.(?!\\.)|[,;:][ \\t]*[,;:]|[,;:][ \\t]*\\.(?!\\.)");

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.MALFORMED_TEXT,
          Severity.WARNING,
          "Two punctuation marks stand where one belongs.",
          List.of(
              Example.flags("The region is home to four million people[[,,]] many of them displaced."),
              Example.flags("The region is home to four million people[[..]] Many of them are displaced."),
              Example.flags("The talks were held in Moscow[[,.]]"),
              Example.passes("The talks, held in Moscow, went on... and on."),
              Example.passes("Officials in the U.S., Britain and France agreed.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Article article, Version version, RuleContext context) {
    return PatternMatches.of(article, DOUBLED).stream()
        .map(
            m -> {
              String marks = m.group(0).replaceAll("[ \\t]", "");
              String keep = marks.substring(marks.length() - 1);
              return TextFindings.finding(
                  INFO,
                  article,
                  version,
                  m.span(),
                  "Two punctuation marks “" + marks + "” stand where one belongs.",
                  ImmutableMap.of("marks", marks),
                  Optional.of(keep));
            })
        .toList();
  }
}
