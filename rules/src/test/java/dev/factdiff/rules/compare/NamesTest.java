package dev.factdiff.rules.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void transliterationsAreVariants() {
    assertTrue(Names.variants("Putin", "Poutine"));
    assertTrue(Names.variants("Deraa", "Daraa"));
  }

  @Test
  void derivedFormsAndDifferentNamesAreNot() {
    assertFalse(Names.variants("Russia's", "Russian"));
    assertFalse(Names.variants("Syria", "Syrian"));
    assertFalse(Names.variants("Iran", "Iraq"));
    assertFalse(Names.variants("Moscow", "Moscow"));
    assertTrue(Names.derived("Kurds", "Kurdish"));
    assertTrue(Names.derived("China", "Chinese"));
    assertTrue(Names.derived("Tyrannosaurus", "tyrannosaurs"));
    assertFalse(Names.variants("Tyrannosaurus", "Tyrannosaurs"));
  }

  @Test
  void acronymsAbbreviateTheirNames() {
    assertTrue(ShortForm.abbreviates("U.N.", "United Nations"));
    assertFalse(ShortForm.abbreviates("EU", "United Nations"));
    assertTrue(ShortForm.abbreviates("US", "United States"));
    assertTrue(ShortForm.abbreviates("USGS", "U.S. Geological Survey"));
    assertTrue(ShortForm.abbreviates("Mideast", "Middle East"));
    assertTrue(ShortForm.abbreviates("UofT", "University of Toronto"));
    assertFalse(ShortForm.abbreviates("United", "United Nations"));
    assertFalse(ShortForm.abbreviates("Ukraine", "United Kingdom"));
    assertFalse(ShortForm.abbreviates("Nations", "Nations"));
  }
}
