package dev.factdiff.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.factdiff.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void findsReplacedRemovedAndAddedWords() {
    String a = "The council approved 90 new posts on Monday.";
    String b = "The council approved 19 new jobs on Monday, it said.";
    WordDiff d = WordDiff.between(a, Span.of(0, a.length()), b, Span.of(0, b.length()));
    assertEquals(List.of("90", "posts"), d.originalChanges().stream().map(s -> s.of(a)).toList());
    assertEquals(List.of("19", "jobs", ", it said"), d.revisedChanges().stream().map(s -> s.of(b)).toList());
  }

  @Test
  void comparesOnlyWithinTheRangesAndKeepsAbsoluteOffsets() {
    String a = "xx one two three";
    String b = "yyyy one 2 three";
    WordDiff d = WordDiff.between(a, List.of(Span.of(3, a.length())), b, List.of(Span.of(5, b.length())));
    assertEquals(List.of(Span.of(7, 10)), d.originalChanges());
    assertEquals(List.of(Span.of(9, 10)), d.revisedChanges());
  }

  @Test
  void whiteSpaceAloneIsNoChange() {
    String a = "one  two\nthree";
    String b = "one two three";
    WordDiff d = WordDiff.between(a, Span.of(0, a.length()), b, Span.of(0, b.length()));
    assertEquals(List.of(), d.originalChanges());
    assertEquals(List.of(), d.revisedChanges());
  }
}
