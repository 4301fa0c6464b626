package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multiset;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Negation;
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
import java.util.function.BiPredicate;

/**
 * A content word replaced by one that is neither a synonym nor a close paraphrase in WordNet ("a government
 * blockade" against "a seat of government"), or by its antonym. Synonyms, similar words, derived forms and words
 * at most two hypernym links apart ("lengthy"/"long", "held"/"controlled") pass. How loud a replacement is depends
 * on the sentence: the one edit of a sentence kept word for word is deliberate (a warning), while a sentence with
 * several words swapped has been reworded, and each swap there is info unless it is an opposite or one noun for
 * an unrelated one. A "must" or "may" added or dropped in a sentence kept otherwise turns a fact into a duty or a
 * chance, or back.
 */
public final class ChangedMeaning implements MatchedPairRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CHANGED_MEANING",
          Category.MEANING_CHANGED,
          Severity.ERROR,
          "A word was replaced by one of another meaning (not a synonym or close paraphrase), or by its opposite.",
          List.of(
              Example.flags(
                  "The rebels ended the [[blockade]] of the city.", "The rebels ended the [[festival]] of the city."),
              Example.flags(
                  "Exports [[increased]] sharply last year.", "Exports [[decreased]] sharply last year."),
              Example.flags(
                  "The storm reached the South [[East]] of the country on Monday.",
                  "The storm reached the South [[West]] of the country on Monday."),
              Example.flags(
                  "The room was [[prepared]] for the visitors by noon.",
                  "The room was [[unprepared]] for the visitors by noon."),
              Example.flags(
                  "The new budget was [[applauded]] by most of the city's councillors.",
                  "The new budget was [[mocked]] by most of the city's councillors."),
              Example.flags(
                  "[[Almost]] all of the residents had left the town by Friday.",
                  "All of the residents had left the town by Friday."),
              Example.flags(
                  "The firm reported a drop in car [[exports]] last year and expects exports of $2bn next year.",
                  "The firm reported a drop in car [[profits]] last year and expects exports of $2bn next year."),
              Example.flags(
                  "The children painted the garden fence [[red]] on Saturday morning.",
                  "The children painted the garden fence [[orange]] on Saturday morning."),
              Example.flags(
                  "The club signed a [[semi-retired]] goalkeeper from the coast.",
                  "The club signed a [[retired]] goalkeeper from the coast."),
              Example.flags(
                  "The museum showed a [[week]]-long programme of silent films.",
                  "The museum showed a [[month]]-long programme of silent films."),
              Example.flags(
                  "The mayor resigns at the end of the month.", "The mayor [[may]] resign at the end of the month."),
              Example.flags(
                  "Visitors [[must]] show a ticket at the gate.", "Visitors show a ticket at the gate."),
              Example.passes(
                  "The storm could reach the coast tonight.", "The storm may reach the coast tonight."),
              Example.passes(
                  "The water of the old well was unsafe to drink.", "The water of the old well was not safe to drink."),
              Example.passes(
                  "They described it as a lengthy meeting.", "They described it as a long meeting."),
              Example.passes(
                  "Rebels held the last areas of the north.", "Rebels controlled the last areas of the north.")));

  /** At most this many words replaced by as many others still read as one deliberate edit. */
  private static final int SMALL = 3;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    if (ScrambledWords.of(pair).isPresent()) {
      // Words kept but shuffled: the word diff pairs words by position, so its "replacements" mean nothing.
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    Multiset<String> originalLemmas = Paraphrases.lemmas(new Side(pair.original()).tokens());
    Multiset<String> revisedLemmas = Paraphrases.lemmas(new Side(pair.revised()).tokens());
    List<EditRegion> regions = EditRegion.of(pair);
    boolean close = WordOrder.close(pair);
    boolean rewording =
        regions.stream().filter(ChangedMeaning::swapsWords).count() >= 2
            && regions.stream().noneMatch(ChangedMeaning::hasOpposites);
    List<Negation> originalNegations = new Side(pair.original()).negations();
    List<Negation> revisedNegations = new Side(pair.revised()).negations();
    for (EditRegion region : regions) {
      if (Opposites.cancelNegation(
          region,
          EditRegion.within(originalNegations, Negation::span, region.originalTokens()).size(),
          EditRegion.within(revisedNegations, Negation::span, region.revisedTokens()).size())) {
        // "still unclear" / "not clear": the opposite with a negation beside it says the same.
        continue;
      }
      check(pair, region, close, regions.size() == 1, rewording, originalLemmas, revisedLemmas, alignment)
          .ifPresent(findings::add);
    }
    return findings;
  }

  private Optional<Finding> check(
      AlignedPair pair,
      EditRegion region, boolean close, boolean onlyEdit, boolean rewording, Multiset<String> originalLemmas, Multiset<String> revisedLemmas, Alignment alignment) {
    boolean sole = close && onlyEdit;
    WordNetLexicon lexicon = WordNetLexicon.get();
    Optional<List<Token>> opposites = Opposites.in(region);
    if (opposites.isPresent()) {
      return Optional.of(finding(opposites.get().get(0), opposites.get().get(1), Relation.ANTONYM, Severity.ERROR, alignment));
    }
    Optional<Finding> quantifier = Quantifiers.swapped(region).map(s -> finding(s.get(0), s.get(1), Relation.UNRELATED, Severity.WARNING, alignment));
    if (quantifier.isPresent()) {
      return quantifier;
    }
    Optional<CompoundChange.Change> compound = CompoundChange.in(region, new Side(pair.original()), new Side(pair.revised()));
    if (compound.isPresent()) {
      CompoundChange.Change c = compound.get();
      return Optional.of(
          Findings.of(
              INFO,
              close ? Severity.WARNING : Severity.INFO,
              Findings.quote(c.original().text()) + " became " + Findings.quote(c.revised().text()) + ": "
                  + c.explanation() + ".",
              alignment,
              Optional.of(c.original().span()),
              Optional.of(c.revised().span()),
              ImmutableMap.of("original", c.original().text(), "revised", c.revised().text())));
    }
    Optional<Token> hedge =
        Quantifiers.droppedHedge(region, new Side(pair.original()).tokens(), new Side(pair.revised()).tokens());
    if (hedge.isPresent() && close) {
      boolean original = region.originalTokens().contains(hedge.get());
      String message =
          original
              ? "The revision drops " + Findings.quote(hedge.get().text()) + ": it now claims more than the original."
              : "The revision adds " + Findings.quote(hedge.get().text()) + ": it now claims less than the original.";
      return Optional.of(
          Findings.of(
              INFO,
              Severity.WARNING,
              message,
              alignment,
              original ? Optional.of(hedge.get().span()) : Optional.empty(),
              original ? Optional.empty() : Optional.of(hedge.get().span()),
              ImmutableMap.of(original ? "original" : "revised", hedge.get().text())));
    }
    // A duty or a chance added to a sentence kept otherwise ("is" / "may be" as its one edit, or a close pair); in
    // a free rewording it is a translator's choice.
    Optional<Modality.Change> modal = close || onlyEdit ? Modality.changed(region) : Optional.empty();
    if (modal.isPresent()) {
      return Optional.of(modalFinding(modal.get(), alignment));
    }
    Side originalSide = new Side(pair.original());
    Side revisedSide = new Side(pair.revised());
    List<Token> removed = content(region.originalTokens());
    List<Token> added = content(region.revisedTokens());
    // "three weeks" against "three months", "20 feet" against "20 metres": the date and number rules compare those.
    for (BiPredicate<Side, Token> comparedElsewhere : List.<BiPredicate<Side, Token>>of(Side::inTime, Side::inQuantity)) {
      if (removed.stream().anyMatch(t -> comparedElsewhere.test(originalSide, t))
          && added.stream().anyMatch(t -> comparedElsewhere.test(revisedSide, t))) {
        removed = removed.stream().filter(t -> !comparedElsewhere.test(originalSide, t)).toList();
        added = added.stream().filter(t -> !comparedElsewhere.test(revisedSide, t)).toList();
      }
    }
    if (removed.isEmpty() || added.isEmpty()) {
      return Optional.empty();
    }
    List<Token> lostWords = unpaired(Paraphrases.unrendered(removed, revisedLemmas, originalLemmas), added);
    List<Token> newWords = unpaired(Paraphrases.unrendered(added, originalLemmas, revisedLemmas), removed);
    for (Token o : lostWords) {
      Optional<WordClass> wordClass = WordClass.ofTag(o.pos());
      for (Token r : newWords) {
        boolean oneForOne = lostWords.size() == 1 && newWords.size() == 1;
        boolean sameClass = WordClass.ofTag(r.pos()).equals(wordClass);
        if (!sameClass && !oneForOne) {
          continue;
        }
        Relation relation = lexicon.relation(Words.lemma(o), Words.lemma(r));
        if (relation.isLooseParaphrase()) {
          continue;
        }
        // A noun that gave way to a verb or an adjective ("drivers" / "stopped") is a phrase built another way, not
        // one word put for another: only opposites count across word classes ("a decline" / "increased").
        Severity severity =
            sameClass || relation == Relation.ANTONYM || describesAlike(o, r)
                ? severity(o, r, relation, wordClass.orElseThrow(), oneForOne, close)
                : Severity.INFO;
        if (sole && lostWords.size() <= SMALL && newWords.size() <= SMALL && severity == Severity.INFO) {
          // The one change of a sentence kept otherwise word for word is deliberate, not a translator's drift.
          severity = Severity.WARNING;
        }
        if (rewording && severity == Severity.WARNING && relation != Relation.ANTONYM) {
          severity = Severity.INFO;
        }
        return Optional.of(finding(o, r, relation, severity, alignment));
      }
    }
    return Optional.empty();
  }

  /**
   * A noun of an unrelated WordNet tree that alone replaced another is a different thing: an error. Other
   * replacements are a warning only in a sentence otherwise kept as it was, when one word replaced the other
   * alone; otherwise info, since translation rewords freely.
   */
  private static Severity severity(
      Token o, Token r, Relation relation, WordClass wordClass, boolean oneForOne, boolean close) {
    if (wordClass == WordClass.NOUN && relation == Relation.UNRELATED) {
      return oneForOne ? Severity.ERROR : close ? Severity.WARNING : Severity.INFO;
    }
    if (relation == Relation.ANTONYM) {
      // Opposites across word classes ("a decline" against "increased"): a rewording does not excuse them.
      return Severity.WARNING;
    }
    if (!close) {
      return Severity.INFO;
    }
    if (wordClass == WordClass.VERB) {
      // Translation rewords verbs most freely ("hosted", "received"): only verbs WordNet files apart.
      boolean apart =
          relation == Relation.UNRELATED && !WordNetLexicon.get().shareTopic(Words.lemma(o), Words.lemma(r));
      return apart && oneForOne ? Severity.WARNING : Severity.INFO;
    }
    // One noun, adjective or adverb alone replaced in a sentence otherwise kept: short of a paraphrase, a change.
    return oneForOne ? Severity.WARNING : Severity.INFO;
  }

  /**
   * A participle and an adjective both describe a noun ("a closed road", "a quiet road"); the tagger files the
   * same word under either.
   */
  private static boolean describesAlike(Token o, Token r) {
    return o.isParticiple() && r.isAdjective() || o.isAdjective() && r.isParticiple();
  }

  private static Finding modalFinding(Modality.Change change, Alignment alignment) {
    String word = Findings.quote(change.modal().text());
    String claim = change.kind() == Modality.Kind.NECESSITY ? "a duty" : "a possibility";
    String message =
        change.inOriginal()
            ? "The revision drops " + word + ": what the original gives as " + claim + " it states as plain fact."
            : "The revision adds " + word + ": it gives as " + claim + " what the original states as plain fact.";
    return change.inOriginal()
        ? Findings.inOriginal(INFO, Severity.WARNING, message, alignment, change.modal().span())
        : Findings.inRevised(INFO, Severity.WARNING, message, alignment, change.modal().span());
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
        INFO, severity, message, alignment, Optional.of(o.span()), Optional.of(r.span()), evidence,
        Optional.of("Restore " + Findings.quote(o.text()) + " unless " + Findings.quote(r.text())
            + " means the same here."));
  }

  /** The words with no loose paraphrase ("heavy", "intense") among the other side's words of the region. */
  private static List<Token> unpaired(List<Token> words, List<Token> others) {
    WordNetLexicon lexicon = WordNetLexicon.get();
    return words.stream()
        .filter(w -> others.stream().noneMatch(o -> lexicon.relation(Words.lemma(w), Words.lemma(o)).isLooseParaphrase()))
        .toList();
  }

  private static boolean hasOpposites(EditRegion region) {
    return Opposites.in(region).isPresent();
  }

  private static boolean swapsWords(EditRegion region) {
    return !content(region.originalTokens()).isEmpty() && !content(region.revisedTokens()).isEmpty();
  }

  private static List<Token> content(List<Token> tokens) {
    return tokens.stream().filter(Words::isContent).toList();
  }
}
