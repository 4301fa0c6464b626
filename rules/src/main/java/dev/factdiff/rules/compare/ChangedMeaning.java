package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.lexicon.Relation;
import dev.factdiff.rules.lexicon.WordClass;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A content word replaced by one that is neither a synonym nor a close paraphrase in WordNet ("a government
 * siege" against "a seat of government"), or by its antonym. Synonyms, similar words, derived forms and words
 * at most two hypernym links apart ("lengthy"/"long", "held"/"controlled") pass.
 */
public final class ChangedMeaning implements CrossVersionRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CHANGED_MEANING",
          Category.MEANING_CHANGED,
          Severity.ERROR,
          "A word was replaced by one of another meaning (not a synonym or close paraphrase), or by its opposite.",
          List.of(
              Example.flags(
                  "The rebels ended the [[siege]] of the city.", "The rebels ended the [[festival]] of the city."),
              Example.flags(
                  "Exports [[increased]] sharply last year.", "Exports [[decreased]] sharply last year."),
              Example.passes(
                  "They described it as a lengthy meeting.", "They described it as a long meeting."),
              Example.passes(
                  "Rebels held the last areas of the north.", "Rebels controlled the last areas of the north.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (AlignedPair pair : alignment.pairs()) {
      if (!pair.isMatched()) {
        continue;
      }
      Set<String> originalLemmas = Paraphrases.lemmas(new Side(pair.original()).tokens());
      Set<String> revisedLemmas = Paraphrases.lemmas(new Side(pair.revised()).tokens());
      for (EditRegion region : EditRegion.of(pair)) {
        check(region, originalLemmas, revisedLemmas, alignment).ifPresent(findings::add);
      }
    }
    return findings;
  }

  private Optional<Finding> check(
      EditRegion region, Set<String> originalLemmas, Set<String> revisedLemmas, Alignment alignment) {
    List<Token> removed = content(region.originalTokens());
    List<Token> added = content(region.revisedTokens());
    if (removed.isEmpty() || added.isEmpty()) {
      return Optional.empty();
    }
    WordNetLexicon lexicon = WordNetLexicon.get();
    for (Token o : removed) {
      for (Token r : added) {
        if (lexicon.relation(Words.lemma(o), Words.lemma(r)) == Relation.ANTONYM) {
          return Optional.of(finding(o, r, Relation.ANTONYM, Severity.ERROR, alignment));
        }
      }
    }
    List<Token> lostWords = Paraphrases.unrendered(removed, revisedLemmas);
    List<Token> newWords = Paraphrases.unrendered(added, originalLemmas);
    for (Token o : lostWords) {
      Optional<WordClass> wordClass = WordClass.ofTag(o.pos());
      for (Token r : newWords) {
        if (!WordClass.ofTag(r.pos()).equals(wordClass)) {
          continue;
        }
        Relation relation = lexicon.relation(Words.lemma(o), Words.lemma(r));
        if (relation.isLooseParaphrase()) {
          continue;
        }
        boolean oneForOne = removed.size() == 1 && added.size() == 1;
        Severity severity = severity(o, r, relation, wordClass.orElseThrow(), oneForOne);
        return Optional.of(finding(o, r, relation, severity, alignment));
      }
    }
    return Optional.empty();
  }

  /**
   * Nouns of unrelated WordNet trees are a different thing: an error. Other words are reported as a warning
   * only when one replaced the other alone and WordNet files them under different topics; otherwise as info,
   * since translation rewords verbs and adjectives freely.
   */
  private static Severity severity(Token o, Token r, Relation relation, WordClass wordClass, boolean oneForOne) {
    if (wordClass == WordClass.NOUN) {
      if (relation == Relation.UNRELATED) {
        return Severity.ERROR;
      }
      return relation == Relation.DISTANT && oneForOne ? Severity.WARNING : Severity.INFO;
    }
    boolean apart =
        relation == Relation.UNRELATED && !WordNetLexicon.get().shareTopic(Words.lemma(o), Words.lemma(r));
    return apart && oneForOne ? Severity.WARNING : Severity.INFO;
  }

  private static Finding finding(Token o, Token r, Relation relation, Severity severity, Alignment alignment) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("original", o.text());
    evidence.put("revised", r.text());
    evidence.put("relation", relation.name().toLowerCase(java.util.Locale.ROOT));
    String message =
        relation == Relation.ANTONYM
            ? Findings.quote(o.text()) + " became its opposite, " + Findings.quote(r.text()) + "."
            : Findings.quote(o.text()) + " became " + Findings.quote(r.text())
                + ", which WordNet does not list as a synonym or close paraphrase.";
    return Findings.of(
        INFO, severity, message, alignment, Optional.of(o.span()), Optional.of(r.span()), evidence);
  }

  private static List<Token> content(List<Token> tokens) {
    return tokens.stream().filter(Words::isContent).toList();
  }
}
