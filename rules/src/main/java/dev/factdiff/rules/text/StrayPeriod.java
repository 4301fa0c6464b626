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
import dev.factdiff.rules.RuleOption;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.SingleVersionRule;
import dev.factdiff.rules.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A period that splits one sentence in two: the part after it starts in lower case, the part before it ends on
 * a word no sentence ends with ("the", "and", "their"), or the part after it is a few words without a verb.
 */
public final class StrayPeriod implements SingleVersionRule {

  public static final String ID = "STRAY_PERIOD";
  public static final RuleOption<Integer> MAX_FRAGMENT_WORDS =
      RuleOption.wholeNumber(
          "maxFragmentWords",
          2,
          0,
          10,
          "A verbless, nameless sentence of at most this many words that closes its paragraph is a cut-off fragment.");

  /**
   * Articles, coordinating conjunctions and possessive determiners, in lower case: a sentence cannot end on them
   * (a capital "A." is a grade, a vitamin or an initial).
   */
  private static final Set<String> CANNOT_END =
      Set.of("a", "an", "the", "and", "or", "but", "nor", "your", "its", "our", "their");

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.BROKEN_SENTENCE,
          Severity.WARNING,
          "A period splits one sentence in two, leaving a fragment that cannot stand.",
          List.of(
              Example.flags("The ministers discussed the mutual [[relationship. and]] the fight against terrorism."),
              Example.flags("Troops regained most of the land lost to his [[hands. armed]] groups."),
              Example.flags("The ceasefire came into effect last [[week. to]] end the fighting in the south."),
              Example.flags("Residents said [[their. homes]] had been shelled for weeks."),
              Example.flags("Residents said [[their. Homes]] had been shelled for weeks."),
              Example.flags("The army has regained most of the territory it lost in the war. [[Two towns.]]"),
              Example.passes("Officials at the U.S. embassy said the talks would go on."),
              Example.passes("The talks ended late on Monday. They resume on Friday."),
              Example.passes("Sales of the iPhone rose. iPhone buyers paid more."),
              Example.passes("She earned a grade of A. Then she left for Paris.")),
          List.of(MAX_FRAGMENT_WORDS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Article article, Version version, RuleContext context) {
    int maxFragmentWords = context.option(ID, MAX_FRAGMENT_WORDS);
    List<Finding> findings = new ArrayList<>();
    for (SentenceBreaks.Break b : SentenceBreaks.of(article)) {
      if (SentenceBreaks.startsLowerCase(b.after().text())
          || CANNOT_END.contains(b.before().text())) {
        findings.add(split(article, version, b, Span.of(b.before().span().start(), b.after().span().end())));
      } else if (isShortFragment(article, b, maxFragmentWords)) {
        Token last = b.fragment().get(b.fragment().size() - 1);
        findings.add(split(article, version, b, Span.of(b.after().span().start(), last.span().end())));
      }
    }
    return findings;
  }

  /**
   * A few words closing the paragraph with no verb, no name and a common noun ("armed groups."): what a period
   * cut off a sentence, rather than a stylistic fragment such as "Not again." or a sign-off such as "John Smith."
   */
  private static boolean isShortFragment(Article article, SentenceBreaks.Break b, int maxWords) {
    List<Token> fragment = b.fragment();
    Token last = fragment.get(fragment.size() - 1);
    boolean closesParagraph = last.span().end() >= b.paragraph().span().end() - 1;
    boolean endsWithPeriod = last.text().equals(".");
    boolean noQuote = !article.text(Span.of(b.before().span().start(), last.span().end())).matches("(?s).*[\"“”‘’].*");
    return b.fragmentWords() <= maxWords
        && closesParagraph
        && endsWithPeriod
        && noQuote
        && !b.paragraph().kind().isHeading()
        && fragment.stream().noneMatch(t -> t.isVerb() || t.isProperNoun() || t.isAdverb() || t.isInterjection())
        && fragment.stream().anyMatch(Token::isNoun);
  }

  private Finding split(Article article, Version version, SentenceBreaks.Break b, Span span) {
    String fragmentText =
        article.text(Span.of(b.after().span().start(), b.fragment().get(b.fragment().size() - 1).span().end()));
    return TextFindings.finding(
        INFO,
        article,
        version,
        span,
        "A period after “" + b.before().text() + "” splits the sentence; “"
            + TextFindings.clip(fragmentText, 60) + "” cannot stand on its own.",
        ImmutableMap.of("before", b.before().text(), "after", TextFindings.clip(fragmentText, 120)),
        Optional.of("Remove the period after “" + b.before().text() + "” and join the two parts."));
  }
}
