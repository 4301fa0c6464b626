package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Span;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  private static Finding finding(String rule, int at, String original, String revised) {
    return new Finding(rule, Category.NUMBER_MISMATCH, Severity.ERROR, "changed",
        Optional.of(new Excerpt(Span.of(at, at + original.length()), original)),
        Optional.of(new Excerpt(Span.of(at + 7, at + 7 + revised.length()), revised)), Map.of(), Optional.empty());
  }

  @Test
  void theFingerprintIgnoresOffsetsCaseSpacingAndQuoteStyle() {
    String print = Baseline.fingerprint(finding("CHANGED_NUMBER", 10, "“90 new posts”", "19 new posts"));
    assertEquals(print, Baseline.fingerprint(finding("CHANGED_NUMBER", 900, "\"90  new\nposts\"", "19 NEW posts")));
  }

  @Test
  void theFingerprintChangesWithTheWordsTheRuleOrTheSide() {
    String print = Baseline.fingerprint(finding("CHANGED_NUMBER", 10, "90 new posts", "19 new posts"));
    assertNotEquals(print, Baseline.fingerprint(finding("CHANGED_NUMBER", 10, "90 new posts", "18 new posts")));
    assertNotEquals(print, Baseline.fingerprint(finding("OTHER_RULE", 10, "90 new posts", "19 new posts")));
    Finding onlyOriginal = new Finding("CHANGED_NUMBER", Category.NUMBER_MISMATCH, Severity.ERROR, "changed",
        Optional.of(new Excerpt(Span.of(0, 12), "90 new posts")), Optional.empty(), Map.of(), Optional.empty());
    Finding onlyRevised = new Finding("CHANGED_NUMBER", Category.NUMBER_MISMATCH, Severity.ERROR, "changed",
        Optional.empty(), Optional.of(new Excerpt(Span.of(0, 12), "90 new posts")), Map.of(), Optional.empty());
    assertNotEquals(Baseline.fingerprint(onlyOriginal), Baseline.fingerprint(onlyRevised));
  }

  @Test
  void writesAndReadsBackTheSameFindingsSortedAndDeduplicated() throws Exception {
    Path file = dir.resolve("baseline.json");
    Finding a = finding("CHANGED_NUMBER", 10, "90", "19");
    Finding b = finding("CHANGED_DATE", 40, "Monday", "Tuesday");
    Baseline.write(file, List.of(b, a, finding("CHANGED_NUMBER", 300, "90", "19")), new Tool("factdiff", "test"));
    Baseline read = Baseline.load(file);
    assertEquals(2, read.size());
    assertTrue(read.contains(a) && read.contains(b));
    assertFalse(read.contains(finding("CHANGED_NUMBER", 10, "90", "91")));
    String json = Files.readString(file);
    assertTrue(json.contains("\"rule\" : \"CHANGED_DATE\"") && json.contains("\"original\" : \"Monday\""), json);
    Path again = dir.resolve("again.json");
    Baseline.write(again, List.of(a, b), new Tool("factdiff", "test"));
    assertEquals(json, Files.readString(again), "the same findings make the same file");
  }

  @Test
  void aChangeRepeatedThroughTheTextHasTheFingerprintOfEachOfItsPlaces() throws Exception {
    // A baseline written before findings were grouped recorded each place; the group is still dismissed by it.
    Finding once = finding("CHANGED_NUMBER", 300, "90", "19");
    Finding repeated =
        finding("CHANGED_NUMBER", 10, "90", "19")
            .withPlaces(List.of(new Finding.Place(once.original(), once.revised())));
    assertEquals(Baseline.fingerprint(once), Baseline.fingerprint(repeated));
    Path file = dir.resolve("baseline.json");
    Baseline.write(file, List.of(once), new Tool("factdiff", "test"));
    assertTrue(Baseline.load(file).contains(repeated));
    Baseline.write(file, List.of(repeated), new Tool("factdiff", "test"));
    assertEquals(1, Baseline.load(file).size(), "one entry for one change");
  }

  @Test
  void refusesWhatIsNotABaseline() throws Exception {
    Path file = dir.resolve("x.json");
    Files.writeString(file, "[1, 2]");
    assertTrue(assertThrows(UsageException.class, () -> Baseline.load(file)).getMessage().contains("not a factdiff baseline"));
    Files.writeString(file, "{\"baselineVersion\": 1, \"findings\": [{\"fingerprint\": \"abc\"}]}");
    assertThrows(UsageException.class, () -> Baseline.load(file));
    assertThrows(UsageException.class, () -> Baseline.load(dir.resolve("missing.json")));
  }
}
