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
 * A stray space on one side of a hyphen that joins a capitalized name part: "al -Assad", "Jean- Pierre". A hyphen
 * with spaces on both sides is a dash, and "pro- and anti-war" suspends the hyphen before a lower-case word.
 */
public final class SpacedHyphen implements SingleVersionRule {

  public static final String ID = "SPACED_HYPHEN";

  private static final Pattern SPACED =
      Pattern.compile("(\\p{L}+)(?:[ \\t\\u00A0]+-(?=\\p{Lu})|-[ \\t\\u00A0]+(?=\\p{Lu}\\p{Ll}))(\\p{L}+)");

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.MALFORMED_TEXT,
          Severity.WARNING,
          "A stray space splits a hyphenated name, as in “al -Assad”.",
          List.of(
              Example.flags("Sanctions were imposed for backing the government of [[al -Assad]]."),
              Example.flags("The prize went to [[Jean- Pierre]] Dupont."),
              Example.passes("Sanctions were imposed for backing the government of al-Bashir."),
              Example.passes("Turkish forces hold the north - the last rebel stronghold - and the east."),
              Example.passes("Both pro- and anti-government groups marched.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Article article, Version version, RuleContext context) {
    return PatternMatches.of(article, SPACED).stream()
        .map(
            m -> {
              String joined = m.group(1) + "-" + m.group(2);
              return TextFindings.finding(
                  INFO,
                  article,
                  version,
                  m.span(),
                  "A stray space splits the hyphenated name “" + m.group(0) + "”.",
                  ImmutableMap.of("written", m.group(0), "joined", joined),
                  Optional.of(joined));
            })
        .toList();
  }
}
