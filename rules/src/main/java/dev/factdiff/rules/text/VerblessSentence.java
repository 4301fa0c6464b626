package dev.factdiff.rules.text;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Sentence;
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

/**
 * A body sentence with no verb at all, ended by a full stop: usually the tail of a sentence a stray period cut.
 * Headlines, subheadings, short fragments and sentences that only quote someone are left alone.
 */
public final class VerblessSentence implements SingleVersionRule {

  public static final String ID = "VERBLESS_SENTENCE";
  public static final RuleOption<Integer> MIN_WORDS =
      RuleOption.wholeNumber(
          "minWords", 4, 1, 50, "Sentences with fewer words (\"Not again.\") are left alone as stylistic fragments.");

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.BROKEN_SENTENCE,
          Severity.WARNING,
          "A body sentence has no main verb, so it is probably part of a broken sentence.",
          List.of(
              Example.flags(
                  "The agency said the talks covered trade. [[In the east and north of the country near the border.]]"),
              Example.passes("The agency said the talks covered trade. They will resume in the spring."),
              Example.passes("Talks in Moscow on rebel areas\n\nThe agency said the talks covered trade."),
              Example.passes("The agency said the talks covered trade. Not again."),
              Example.passes(
                  "The agency said the talks covered trade.\n\nThe old harbour of the town at dawn, in spring.\n\n"
                      + "The talks resume in May."),
              Example.passes("Reuters, Lisbon, March 3. The agency said the talks covered trade."),
              Example.passes("The smaller the number, the less active the star with respect to its magnetic field.")),
          List.of(MIN_WORDS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Article article, Version version, RuleContext context) {
    int minWords = context.option(ID, MIN_WORDS);
    List<Finding> findings = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      if (sentence.kind() == ParagraphKind.BODY
          && isVerbless(sentence, minWords)
          && !standsAlone(sentence, article)
          && !isDateline(sentence, article)) {
        findings.add(
            TextFindings.finding(
                INFO,
                article,
                version,
                sentence.span(),
                "“" + TextFindings.clip(sentence.text(), 60)
                    + "” has no verb: it reads as a piece of a sentence that a stray period cut off.",
                ImmutableMap.of("sentence", TextFindings.clip(sentence.text(), 200)),
                Optional.empty()));
      }
    }
    return findings;
  }

  private static boolean isVerbless(Sentence sentence, int minWords) {
    List<Token> words = sentence.tokens().stream().filter(t -> !t.isPunctuation()).toList();
    return words.size() >= minWords
        && endsWithFullStop(sentence)
        && words.stream().noneMatch(Token::isVerb)
        && !isAllQuoted(sentence.text())
        && !sentence.text().contains(":")
        && !isCorrelativeComparative(sentence.tokens());
  }

  /**
   * A paragraph of one verbless sentence among other paragraphs is a caption or a credit ("The harbour at dawn,
   * in spring."): a stray period leaves the tail of a sentence beside its head, in the same paragraph. A text of
   * one paragraph has no captions.
   */
  private static boolean standsAlone(Sentence sentence, Article article) {
    return article.sentences().stream().anyMatch(s -> s.paragraphIndex() != sentence.paragraphIndex())
        && article.sentences().stream()
            .noneMatch(s -> s.paragraphIndex() == sentence.paragraphIndex() && s.index() != sentence.index());
  }

  /**
   * The opening of a paragraph that ends on a date is a dateline ("Reuters, Lisbon, March 3."): the
   * place, the source and the day of the story, which news writes without a verb.
   */
  private static boolean isDateline(Sentence sentence, Article article) {
    boolean opens =
        article.sentences().stream()
            .noneMatch(s -> s.paragraphIndex() == sentence.paragraphIndex() && s.index() < sentence.index());
    List<Token> words = sentence.tokens().stream().filter(t -> !t.isPunctuation()).toList();
    return opens && !words.isEmpty() && words.get(words.size() - 1).isTemporalEntity();
  }

  /** "The smaller the number, the less active the star.": English drops the verb in this construction. */
  private static boolean isCorrelativeComparative(List<Token> tokens) {
    int pairs = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).text().equalsIgnoreCase("the") && tokens.get(i + 1).isComparative()) {
        pairs++;
      }
    }
    return pairs >= 2;
  }

  private static boolean endsWithFullStop(Sentence sentence) {
    String text = sentence.text().strip().replaceAll("[\"”’)\\]]+$", "");
    return text.endsWith(".") && !text.endsWith("..");
  }

  /** A sentence that is only a quotation (“Never again.”) needs no verb of its own. */
  private static boolean isAllQuoted(String text) {
    String t = text.strip();
    return !t.isEmpty() && (t.charAt(0) == '“' || t.charAt(0) == '"' || t.charAt(0) == '‘');
  }
}
