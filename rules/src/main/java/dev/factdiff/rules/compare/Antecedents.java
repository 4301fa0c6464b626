package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Pronoun;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.lexicon.WordClass;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a third-person pronoun can refer back to, and the word edits that lose a referent: a name or noun of the
 * original replaced by a pronoun with nothing in the revision it could stand for ("Angela Merkel met the envoys"
 * against "She met the envoys"), or a pronoun replaced by a name the original had not given before ("She thanked
 * them" after a sentence about Merkel, against "Theresa May thanked them"). A referent is stated when the
 * sentence before the pronoun, or the previous sentence, holds a word that agrees with it in number, gender and
 * animacy: a person for "he" and "she", a singular thing for "it", a plural, group or organization for "they".
 */
final class Antecedents {

  /**
   * A name or noun of the original and the pronoun that took its place with nothing to refer back to.
   *
   * @param phrase the original's words the pronoun replaced ("the protesters"), punctuation trimmed
   */
  record Lost(List<Token> phrase, Pronoun pronoun) {

    Lost {
      phrase = List.copyOf(phrase);
    }

    Span phraseSpan() {
      return phrase.get(0).span().union(phrase.get(phrase.size() - 1).span());
    }
  }

  /** A pronoun of the original, what it referred back to, and the name the revision put in its place. */
  record Renamed(Pronoun pronoun, Token referent, List<Token> name) {

    Renamed {
      name = List.copyOf(name);
    }

    Span nameSpan() {
      return name.get(0).span().union(name.get(name.size() - 1).span());
    }
  }

  /** A replaced phrase this long is a rewording of the clause, not one reference. */
  private static final int PHRASE = 4;

  /** Named-entity tags of times and amounts, which no pronoun stands for. */
  private static final Set<String> NOT_REFERENTS =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "PERCENT", "MONEY");

  private Antecedents() {}

  /** The references of the pair that the revision loses. */
  static List<Lost> lost(AlignedPair pair, Alignment alignment) {
    List<Lost> lost = new ArrayList<>();
    List<Pronoun> revisedPronouns = new Side(pair.revised()).pronouns();
    List<Pronoun> originalPronouns = new Side(pair.original()).pronouns();
    for (EditRegion region : EditRegion.of(pair)) {
      List<Token> named = nounPhrase(region.originalTokens());
      if (named.isEmpty()
          || region.revisedTokens().stream().anyMatch(t -> t.isNoun() || Words.isContent(t))
          || !EditRegion.within(originalPronouns, Pronoun::span, region.originalTokens()).isEmpty()) {
        continue;
      }
      for (Pronoun p : thirdPerson(EditRegion.within(revisedPronouns, Pronoun::span, region.revisedTokens()))) {
        Token head = named.get(named.size() - 1);
        if (agrees(head, named, p)
            && !stated(alignment.revised(), p, named)
            && candidates(alignment.revised(), p.span()).stream().noneMatch(c -> agrees(c, List.of(c), p))) {
          lost.add(new Lost(trimmed(region.originalTokens()), p));
          break;
        }
      }
    }
    return lost;
  }

  /** The pronouns of the original that the revision replaced by a name the original had not given by then. */
  static List<Renamed> renamed(AlignedPair pair, Alignment alignment) {
    List<Renamed> renamed = new ArrayList<>();
    List<Pronoun> originalPronouns = new Side(pair.original()).pronouns();
    List<Pronoun> revisedPronouns = new Side(pair.revised()).pronouns();
    for (EditRegion region : EditRegion.of(pair)) {
      List<Token> name = region.revisedTokens().stream().filter(Antecedents::isName).toList();
      List<Pronoun> before = thirdPerson(EditRegion.within(originalPronouns, Pronoun::span, region.originalTokens()));
      if (name.isEmpty()
          || before.size() != 1
          || name.size() > PHRASE
          || region.originalTokens().stream().anyMatch(t -> t.isNoun() || Words.isContent(t))
          || !EditRegion.within(revisedPronouns, Pronoun::span, region.revisedTokens()).isEmpty()) {
        continue;
      }
      Pronoun p = before.get(0);
      Token head = name.get(name.size() - 1);
      if (!agrees(head, name, p) || namedBefore(alignment.original(), p.span(), name)) {
        continue;
      }
      // The nearest word before the pronoun that it could have stood for: without one, the original's pronoun
      // pointed further back than this check can see, and the name may well be whom it meant.
      List<Token> candidates = candidates(alignment.original(), p.span());
      for (int i = candidates.size() - 1; i >= 0; i--) {
        Token c = candidates.get(i);
        if (isName(c) && agrees(c, List.of(c), p)) {
          renamed.add(new Renamed(p, c, name));
          break;
        }
      }
    }
    return renamed;
  }

  /** The nouns of an edit's tokens when they form one short phrase and nothing else of substance. */
  private static List<Token> nounPhrase(List<Token> tokens) {
    List<Token> nouns = tokens.stream().filter(t -> t.isNoun() && !NOT_REFERENTS.contains(t.ner())).toList();
    if (nouns.isEmpty() || nouns.size() > PHRASE) {
      return List.of();
    }
    // Other content words in the edit ("met the envoys" against "she") make it a rewording, not a reference.
    boolean others = tokens.stream().anyMatch(t -> Words.isContent(t) && !t.isNoun() && !t.isAdjective());
    return others ? List.of() : nouns;
  }

  private static List<Token> trimmed(List<Token> tokens) {
    int start = 0;
    int end = tokens.size();
    while (start < end && tokens.get(start).isPunctuation()) {
      start++;
    }
    while (end > start && tokens.get(end - 1).isPunctuation()) {
      end--;
    }
    return tokens.subList(start, end);
  }

  /** Third-person pronouns that can open a reference: a reflexive ("himself") refers within its clause. */
  private static List<Pronoun> thirdPerson(List<Pronoun> pronouns) {
    return pronouns.stream()
        .filter(p -> p.person() == Pronoun.Person.THIRD)
        .filter(p -> !p.text().toLowerCase(Locale.ROOT).endsWith("self") && !p.text().toLowerCase(Locale.ROOT).endsWith("selves"))
        .toList();
  }

  /** A proper noun written as a name: capitalized, a letter after the capital ("wh" is a tagging slip). */
  private static boolean isName(Token t) {
    String w = t.text();
    return t.isProperNoun() && !NOT_REFERENTS.contains(t.ner()) && w.length() >= 2
        && Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(1));
  }

  /**
   * Whether the pronoun can stand for the phrase whose head is {@code head}: "he" and "she" for a person (a name
   * the recognizer tagged as one, an untagged name that is no English word, as a capitalized heading word is; a
   * noun WordNet files under people), "it" for a singular
   * thing, "they" for a plural, a group, an organization, a person (the singular "they"), or two things joined
   * by "and".
   */
  private static boolean agrees(Token head, List<Token> phrase, Pronoun p) {
    if (NOT_REFERENTS.contains(head.ner()) || !head.isNoun()) {
      return false;
    }
    WordNetLexicon lexicon = WordNetLexicon.get();
    boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS");
    boolean person =
        head.ner().equals("PERSON")
            || head.isProperNoun() && head.ner().equals("O") && !lexicon.knows(head.text())
            || !head.isProperNoun() && lexicon.usuallyDenotes(Words.lemma(head), WordClass.NOUN, "noun.person");
    switch (p.number()) {
      case PLURAL:
        return plural
            || head.ner().equals("ORGANIZATION")
            || head.ner().equals("PERSON")
            || phrase.stream().anyMatch(t -> t.lemma().equals("and"))
            || !head.isProperNoun() && lexicon.usuallyDenotes(Words.lemma(head), WordClass.NOUN, "noun.group");
      case SINGULAR:
        if (plural) {
          return false;
        }
        return p.gender() == Pronoun.Gender.NEUTER ? !head.ner().equals("PERSON") : person;
      default:
        return false;
    }
  }

  /** Whether the revision still gives the name or noun, in the pronoun's sentence or the one before it. */
  private static boolean stated(Article article, Pronoun p, List<Token> named) {
    List<Token> around = new ArrayList<>(sentenceOf(article, p.span()).map(Sentence::tokens).orElse(List.of()));
    around.addAll(previous(article, p.span()).map(Sentence::tokens).orElse(List.of()));
    for (Token n : named) {
      String key = Names.key(n.text());
      if (around.stream().anyMatch(t -> t.isNoun() && (Words.lemma(t).equals(Words.lemma(n)) || Names.key(t.text()).equals(key)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the original gives any word of the name before the end of the pronoun's sentence. */
  private static boolean namedBefore(Article article, Span pronoun, List<Token> name) {
    int end = sentenceOf(article, pronoun).map(s -> s.span().end()).orElse(pronoun.end());
    for (Token n : name) {
      String key = Names.key(n.text());
      for (Sentence s : article.sentences()) {
        if (s.span().start() >= end) {
          break;
        }
        if (s.tokens().stream().anyMatch(t -> Names.key(t.text()).equals(key) || Names.variants(Names.key(t.text()), key))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The nouns a pronoun can refer back to: those before it in its sentence, and those of the sentence before. */
  private static List<Token> candidates(Article article, Span pronoun) {
    List<Token> out = new ArrayList<>();
    previous(article, pronoun).ifPresent(s -> s.tokens().stream().filter(Token::isNoun).forEach(out::add));
    sentenceOf(article, pronoun)
        .ifPresent(s -> s.tokens().stream().filter(t -> t.isNoun() && t.span().end() <= pronoun.start()).forEach(out::add));
    return out;
  }

  private static Optional<Sentence> sentenceOf(Article article, Span span) {
    return article.sentences().stream().filter(s -> s.span().contains(span)).findFirst();
  }

  private static Optional<Sentence> previous(Article article, Span span) {
    List<Sentence> sentences = article.sentences();
    for (int i = 1; i < sentences.size(); i++) {
      if (sentences.get(i).span().contains(span)) {
        return Optional.of(sentences.get(i - 1));
      }
    }
    return Optional.empty();
  }
}
