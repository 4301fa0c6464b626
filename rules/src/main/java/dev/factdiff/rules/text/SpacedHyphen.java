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
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stray space on one side of a hyphen that joins a capitalized name part ("al -Assad", "Jean- Pierre"), or
 * before the hyphen of a compound ("decade -long", "rebel -held"). A hyphen with spaces on both sides is a dash; one before a
 * number is a minus sign ("10 -5", "-5 degrees"); "pro- and anti-war" suspends the hyphen before a word that
 * cannot end a compound; and a hyphen stuck to a function word ("the plan -if it works") is a dash that lost a
 * space, not a broken word.
 */
public final class SpacedHyphen implements SingleVersionRule {

  public static final String ID = "SPACED_HYPHEN";

  private static final Pattern SPACED_NAME =
      Pattern.compile("(\\p{L}+)(?:[ \\t\\u00A0]+-(?=\\p{Lu})|-[ \\t\\u00A0]+(?=\\p{Lu}\\p{Ll}))(\\p{L}+)");

  /**
   * A word, a space, and a hyphen stuck to a lower-case word, neither part running on into a digit or hyphen.
   * The space after the hyphen ("decade- long") is left alone: a suspended hyphen ("pro- and anti-war") and a
   * dash that closes an aside ("if it works- will") look the same.
   */
  private static final Pattern SPACED_COMPOUND =
      Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{L}+)[ \\t\\u00A0]+-(\\p{Ll}+)(?![\\p{L}\\p{N}-])");

  /** Shorter second parts are function words or abbreviations more often than compound heads. */
  private static final int MIN_PART = 3;

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.MALFORMED_TEXT,
          Severity.WARNING,
          "A stray space splits a hyphenated name or word, as in “al -Assad” or “decade -long”.",
          List.of(
              Example.flags("Sanctions were imposed for backing the government of [[al -Assad]]."),
              Example.flags("The prize went to [[Jean- Pierre]] Dupont."),
              Example.flags("The town ended a [[decade -long]] dispute over water."),
              Example.flags("Troops shelled the [[rebel -held]] suburbs overnight."),
              Example.flags("Critics called the law an [[anti -human]] measure."),
              Example.passes("Sanctions were imposed for backing the government of al-Bashir."),
              Example.passes("Turkish forces hold the north - the last rebel stronghold - and the east."),
              Example.passes("Both pro- and anti-government groups marched."),
              Example.passes("The plan -if it works- will save money, and short- and long-term costs fall."),
              Example.passes("The home side led 10 -5 at half time, with temperatures at -5 degrees.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Article article, Version version, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (PatternMatches.Match m : PatternMatches.of(article, SPACED_NAME)) {
      findings.add(finding(article, version, m, "name"));
    }
    WordNetLexicon lexicon = WordNetLexicon.get();
    for (PatternMatches.Match m : PatternMatches.of(article, SPACED_COMPOUND)) {
      String second = m.group(2);
      // The second part must be a word that can head a compound ("long", "held"), which function words are not.
      if (second.length() >= MIN_PART && lexicon.knows(second) && findings.stream().noneMatch(f -> overlaps(f, m))) {
        findings.add(finding(article, version, m, "word"));
      }
    }
    return findings;
  }

  private static boolean overlaps(Finding f, PatternMatches.Match m) {
    return f.original().or(f::revised).map(e -> e.span().overlaps(m.span())).orElse(false);
  }

  private static Finding finding(Article article, Version version, PatternMatches.Match m, String what) {
    String joined = m.group(1) + "-" + m.group(2);
    return TextFindings.finding(
        INFO,
        article,
        version,
        m.span(),
        "A stray space splits the hyphenated " + what + " “" + m.group(0) + "”.",
        ImmutableMap.of("written", m.group(0), "joined", joined),
        Optional.of(joined));
  }
}
