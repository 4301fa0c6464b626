package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A quotation whose words changed between the versions. Quote-mark style, punctuation and the spelling of a
 * number ("90 percent", "90%") are not changes; every changed, added or removed word is. A change of tense or
 * function words is a warning; a new content word, a pronoun or a long rewrite is an error. The same words in
 * another order, or a word that moved across a quotation mark ("bow-down" mark, "down bow mark"), are info.
 */
public final class AlteredQuote implements MatchedPairRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ALTERED_QUOTE",
          Category.QUOTE_ALTERED,
          Severity.ERROR,
          "Words inside a quotation differ between the versions; quotations must stay verbatim.",
          List.of(
              Example.flags(
                  "\u201cWe will [[rebuild]] the bridge,\u201d the mayor said.",
                  "\u201cWe will [[repair]] the bridge,\u201d the mayor said."),
              Example.flags(
                  "\u201cThe storm caused serious damage,\u201d she said.",
                  "\u201cThe storm [[has]] caused serious damage,\u201d she said."),
              Example.passes(
                  "\u201cWe control 90 percent of the city,\u201d he said.",
                  "\"We control 90% of the city\", he said."),
              Example.passes(
                  "She called the ruling \u201cunfair.\u201d", "She called the ruling \u2018unfair\u2019."),
              Example.flags(
                  "The \"bow-down\" mark looks like a square.", "The \"down bow [[sign]]\" looks like a square.")));

  /** More changed words than this make the change an error whatever they are. */
  private static final int MANY_WORDS = 6;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (QuotePair quotes : QuotePair.of(pair, alignment)) {
      List<WordDiff.Hunk> hunks = WordDiff.of(quotes.originalWords(), quotes.revisedWords());
      if (!hunks.isEmpty()) {
        findings.add(finding(quotes, hunks, alignment));
      }
    }
    return findings;
  }

  private static Finding finding(QuotePair quotes, List<WordDiff.Hunk> hunks, Alignment alignment) {
    List<QuoteWord> removed = hunks.stream().flatMap(h -> h.removed().stream()).toList();
    List<QuoteWord> added = hunks.stream().flatMap(h -> h.added().stream()).toList();
    List<QuoteWord> changedRemoved = new ArrayList<>(removed);
    List<QuoteWord> changedAdded = new ArrayList<>(added);
    // a word that stood right outside one version's marks and no longer does moved across them
    List<String> besideOriginal = QuoteWord.beside(alignment.original(), quotes.original());
    List<String> besideRevised = QuoteWord.beside(alignment.revised(), quotes.revised());
    dropOnce(changedAdded, without(besideOriginal, besideRevised));
    dropOnce(changedRemoved, without(besideRevised, besideOriginal));
    for (QuoteWord r : List.copyOf(changedRemoved)) {
      if (dropOnce(changedAdded, List.of(r.word()))) {
        changedRemoved.remove(r);
      }
    }
    boolean moved = changedRemoved.isEmpty() && changedAdded.isEmpty();
    Severity severity = moved ? Severity.INFO : severity(changedRemoved, changedAdded);
    Span original = removed.stream().map(QuoteWord::span).reduce(Span::union).orElse(quotes.original().inner());
    Span revised = added.stream().map(QuoteWord::span).reduce(Span::union).orElse(quotes.revised().inner());
    String changes = hunks.stream().map(WordDiff.Hunk::describe).collect(Collectors.joining("; "));
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("original", quotes.original().words());
    evidence.put("revised", quotes.revised().words());
    evidence.put("changes", changes);
    return Findings.of(
        INFO,
        severity,
        moved
            ? "The words of the quotation moved, none changed: " + changes + "."
            : "The words of the quotation changed: " + changes + ".",
        alignment,
        Optional.of(original),
        Optional.of(revised),
        evidence,
        moved ? Optional.empty() : Optional.of("Quote the words as the original has them: \u201C"
            + alignment.original().text(original).strip() + "\u201D"));
  }

  /** Warning for a change of inflection, tense or function words, or a close synonym; error otherwise. */
  static Severity severity(List<QuoteWord> removed, List<QuoteWord> added) {
    if (removed.size() + added.size() > MANY_WORDS) {
      return Severity.ERROR;
    }
    if (removed.stream().anyMatch(w -> isPronoun(w)) && added.stream().anyMatch(w -> isPronoun(w))) {
      return Severity.ERROR;
    }
    List<QuoteWord> removedContent = new ArrayList<>(content(removed));
    List<QuoteWord> addedContent = new ArrayList<>(content(added));
    for (QuoteWord r : List.copyOf(removedContent)) {
      addedContent.stream()
          .filter(a -> a.lemma().equals(r.lemma()))
          .findFirst()
          .ifPresent(
              a -> {
                addedContent.remove(a);
                removedContent.remove(r);
              });
    }
    WordNetLexicon lexicon = WordNetLexicon.get();
    boolean reworded =
        removedContent.stream()
                .allMatch(r -> addedContent.stream().anyMatch(a -> lexicon.relation(r.lemma(), a.lemma()).isLooseParaphrase()))
            && addedContent.stream()
                .allMatch(a -> removedContent.stream().anyMatch(r -> lexicon.relation(r.lemma(), a.lemma()).isLooseParaphrase()));
    return reworded ? Severity.WARNING : Severity.ERROR;
  }

  /** Removes the first word of {@code words} that is one of {@code forms}; whether there was one. */
  private static boolean dropOnce(List<QuoteWord> words, List<String> forms) {
    boolean dropped = false;
    for (String form : forms) {
      dropped |= words.stream().filter(w -> w.word().equals(form)).findFirst().map(words::remove).orElse(false);
    }
    return dropped;
  }

  private static List<String> without(List<String> words, List<String> others) {
    List<String> left = new ArrayList<>(words);
    others.forEach(left::remove);
    return left;
  }

  private static List<QuoteWord> content(List<QuoteWord> words) {
    return words.stream().filter(w -> Words.isContent(w.token()) || w.token().isNumber()).toList();
  }

  private static boolean isPronoun(QuoteWord word) {
    return word.token().isPronoun();
  }
}
