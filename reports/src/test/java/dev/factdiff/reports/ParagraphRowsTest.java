package dev.factdiff.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The side-by-side rows of real parses: both columns read in text order, every paragraph once. */
class ParagraphRowsTest {
  private static void assertEveryParagraphOnceInOrder(
      List<ParagraphRow> rows, Function<ParagraphRow, List<Integer>> side, int count) {
    List<Integer> seen = new ArrayList<>();
    rows.forEach(r -> seen.addAll(side.apply(r)));
    assertEquals(IntStream.range(0, count).boxed().toList(), seen);
  }

  @Test
  void theSeedPairLinesUpParagraphByParagraph() {
    Alignment alignment = Aligner.create().align(Seeds.original(), Seeds.revised());
    List<ParagraphRow> rows = ParagraphRows.of(alignment);
    assertEveryParagraphOnceInOrder(rows, ParagraphRow::original, Seeds.original().paragraphs().size());
    assertEveryParagraphOnceInOrder(rows, ParagraphRow::revised, Seeds.revised().paragraphs().size());
    long paired = rows.stream().filter(r -> !r.original().isEmpty() && !r.revised().isEmpty()).count();
    assertTrue(paired * 2 > rows.size(), "most rows pair the two versions: " + rows);
    // The revision translated the lede and kept the paragraphs; most rows hold one paragraph a side.
    long oneToOne = rows.stream().filter(r -> r.original().size() == 1 && r.revised().size() == 1).count();
    assertTrue(oneToOne * 2 > rows.size(), rows.toString());
  }

  @Test
  void aMovedParagraphKeepsBothColumnsInTextOrder() {
    String text = Seeds.text(Seeds.ORIGINAL).strip();
    String[] paragraphs = text.split("\n\n");
    List<String> moved = new ArrayList<>(List.of(paragraphs));
    moved.add(1, moved.remove(moved.size() - 2));
    Article original = Seeds.original();
    Article revised = TestParser.get().parse("moved.txt", String.join("\n\n", moved) + "\n");
    List<ParagraphRow> rows = ParagraphRows.of(Aligner.create().align(original, revised));
    assertEveryParagraphOnceInOrder(rows, ParagraphRow::original, original.paragraphs().size());
    assertEveryParagraphOnceInOrder(rows, ParagraphRow::revised, revised.paragraphs().size());
    // Everything but the moved paragraph still pairs up row by row, so the view stays aligned.
    long paired = rows.stream().filter(r -> r.original().size() == 1 && r.revised().size() == 1).count();
    assertTrue(paired >= paragraphs.length - 3, rows.toString());
  }
}
