package dev.factdiff.rules.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordNetLexiconTest {

  private final WordNetLexicon lexicon = WordNetLexicon.get();

  @Test
  void rewordingsOfTranslationAreParaphrases() {
    assertTrue(lexicon.relation("lengthy", "long").isParaphrase());
    assertTrue(lexicon.relation("hold", "control").isParaphrase());
    assertTrue(lexicon.relation("release", "liberation").isParaphrase());
    assertTrue(lexicon.relation("complete", "completion").isParaphrase());
    assertTrue(lexicon.relation("nation", "country").isParaphrase());
  }

  @Test
  void antonymsAreFoundAlsoOneLinkAround() {
    assertEquals(Relation.ANTONYM, lexicon.relation("increase", "decrease"));
    assertEquals(Relation.ANTONYM, lexicon.relation("reduce", "increase"));
    assertEquals(Relation.ANTONYM, lexicon.relation("win", "lose"));
  }

  @Test
  void namesOfOneThingAreOneNameButCommonSynonymsAreNot() {
    assertTrue(lexicon.sameName("UK", "Britain"));
    assertTrue(lexicon.sameName("Holland", "Netherlands"));
    assertFalse(lexicon.sameName("China", "porcelain"), "the country is no synonym of the ware");
    assertFalse(lexicon.sameName("Britain", "France"));
    assertFalse(lexicon.sameName("Britain", "Britain"), "the same name is no second name");
  }

  @Test
  void unrelatedNounsAreUnrelated() {
    assertEquals(Relation.UNRELATED, lexicon.relation("siege", "seat"));
    assertFalse(lexicon.relation("humanitarian", "military").isLooseParaphrase());
  }

  @Test
  void definitionsCountAsLooseParaphrase() {
    assertEquals(Relation.DEFINED, lexicon.relation("describe", "qualify"));
    assertFalse(Relation.DEFINED.isParaphrase());
  }

  @Test
  void aWordNamedOnlyInWhatQualifiesADefinitionDoesNotDefineIt() {
    // "thigh": "the part of the leg between the hip and the knee".
    assertFalse(lexicon.relation("knee", "thigh").isLooseParaphrase());
    assertFalse(lexicon.relation("hip", "thigh").isLooseParaphrase());
  }

  @Test
  void twoKindsOfOneThingStayApartThoughOneDefinesTheOther() {
    assertEquals(Relation.DISTANT, lexicon.relation("alligator", "crocodile"));
    assertEquals(Relation.DISTANT, lexicon.relation("yellow", "green"));
  }

  @Test
  void unknownWordsAndSameLemma() {
    assertEquals(Relation.UNKNOWN, lexicon.relation("qwzxv", "house"));
    assertEquals(Relation.SAME, lexicon.relation("House", "house"));
    assertTrue(lexicon.knows("house"));
    assertFalse(lexicon.knows("qwzxv"));
  }

  @Test
  void derivedNames() {
    assertTrue(lexicon.derived("Russia", "Russian"));
    assertFalse(lexicon.derived("Russia", "Iran"));
    assertTrue(lexicon.derived("British", "Britain"), "through 'Great Britain'");
  }
}
