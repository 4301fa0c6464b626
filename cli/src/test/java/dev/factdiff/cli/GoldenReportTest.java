package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.reports.JsonReport;
import dev.factdiff.reports.Report;
import dev.factdiff.reports.ReportSchema;
import dev.factdiff.reports.TextReport;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.engine.SpareCore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the text and JSON reports of the seed pair byte for byte. When a rule change alters them on purpose,
 * regenerate with {@code ./mvnw -pl cli -am test -Dtest=GoldenReportTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfactdiff.updateGolden=true} and review the diff.
 */
class GoldenReportTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/factdiff/cli/golden");
  private static final Tool TOOL = new Tool("factdiff", "golden");
  private static Report report;

  @BeforeAll
  static void check() throws IOException {
    try (SpareCore spare = SpareCore.start()) {
      Inspection inspection = new Inspection(Checkers.create(Optional.empty(), TestParser.get(), spare), TOOL);
      Input original = Input.of("seeds/" + Seeds.ORIGINAL, Files.readAllBytes(Seeds.dir().resolve(Seeds.ORIGINAL)));
      Input revised = Input.of("seeds/" + Seeds.REVISED, Files.readAllBytes(Seeds.dir().resolve(Seeds.REVISED)));
      report = inspection.run(original, revised, CheckOptions.defaults()).report();
    }
  }

  @Test
  void textReport() throws IOException {
    assertGolden("seed-report.txt", new TextReport(TextReport.Style.PLAIN).render(report));
  }

  @Test
  void jsonReport() throws IOException {
    String json = new JsonReport().render(report);
    assertEquals(Set.of(), ReportSchema.violations(json));
    assertGolden("seed-report.json", json);
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("factdiff.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(file, StandardCharsets.UTF_8),
        actual,
        name + " changed; if that is intended, regenerate it with -Dfactdiff.updateGolden=true and review the diff");
  }
}
