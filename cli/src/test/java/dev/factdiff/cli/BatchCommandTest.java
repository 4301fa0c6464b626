package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.reports.ReportSchema;
import dev.factdiff.rules.testing.SharedFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factdiff batch} on 200 pairs: the seed pair, short pairs of the shared evaluation sets, and one pair whose
 * original is missing.
 */
class BatchCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int PAIRS = 200;

  @TempDir Path dir;

  private record Run(int code, String out, String err, int parsersAsked) {}

  private static Run batch(String... args) {
    AtomicInteger asked = new AtomicInteger();
    Supplier<ArticleParser> parsers = () -> {
      asked.incrementAndGet();
      return TestParser.get();
    };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), parsers);
    return new Run(code, out.toString(), err.toString(), asked.get());
  }

  @Test
  void twoHundredPairsOneModelLoadABrokenPairRecordedAndASecondRunSkipsThemAll() throws Exception {
    Path manifest = manifest();
    Path output = dir.resolve("reports");
    Run first = batch("batch", manifest.toString(), "--output", output.toString(), "--format", "json,sarif",
        "--threads", "2");
    assertEquals(1, first.parsersAsked(), "one parser, so the models load once");
    assertEquals(2, first.code(), "a pair failed: " + first.err());
    assertTrue(first.out().startsWith(PAIRS + " pairs: 199 checked, 0 unchanged (skipped), 1 failed"), first.out());
    assertTrue(first.err().contains("factdiff batch: 200/200 pairs (100%"), "plain progress lines: " + first.err());
    assertTrue(first.err().contains("factdiff batch: broken: "), first.err());

    JsonNode summary = MAPPER.readTree(output.resolve("summary.json").toFile());
    assertEquals(PAIRS, summary.at("/pairs/total").asInt());
    assertEquals(199, summary.at("/pairs/checked").asInt());
    JsonNode broken = summary.at("/results/100");
    assertEquals("broken", broken.get("pair").asText());
    assertEquals("failed", broken.get("status").asText());
    assertTrue(broken.get("error").asText().contains("no such file"), broken.toString());
    JsonNode seed = summary.at("/results/0");
    assertEquals("seed", seed.get("pair").asText());
    assertTrue(seed.get("blocked").asBoolean());
    JsonNode seedReport = MAPPER.readTree(output.resolve("seed.json").toFile());
    assertEquals(seedReport.at("/summary/bySeverity/error").asInt(), seed.at("/bySeverity/error").asInt());
    assertEquals(Set.of(), ReportSchema.violations(Files.readString(output.resolve("seed.json"))));
    assertTrue(Files.isRegularFile(output.resolve("seed.sarif")));
    List<String> csv = Files.readAllLines(output.resolve("summary.csv"), StandardCharsets.UTF_8);
    assertEquals(PAIRS + 1, csv.size(), "a header and a line a pair");
    assertTrue(csv.get(0).startsWith("pair,original,revised,status,blocked,errors,warnings,info,total,"));
    assertTrue(csv.get(101).startsWith("broken,") && csv.get(101).contains(",failed,"), csv.get(101));

    Run second = batch("batch", manifest.toString(), "--output", output.toString(), "--format", "json,sarif",
        "--threads", "2");
    assertTrue(second.out().startsWith(PAIRS + " pairs: 0 checked, 199 unchanged (skipped), 1 failed"),
        second.out());
    assertEquals(0, second.parsersAsked(), "nothing to check, no models loaded");
    JsonNode again = MAPPER.readTree(output.resolve("summary.json").toFile());
    assertEquals(seed.get("bySeverity"), again.at("/results/0/bySeverity"), "an unchanged pair keeps its counts");
    assertEquals("unchanged", again.at("/results/0/status").asText());
  }

  /** The first words of a case's text: the batch, not the checker, is under test, and short pairs keep it quick. */
  private static String opening(String text) {
    if (text.length() <= 160) {
      return text;
    }
    int cut = text.lastIndexOf(' ', 160);
    return text.substring(0, cut > 0 ? cut : 160) + ".";
  }

  /** The seed pair, 198 short pairs of the shared sets, and a pair whose original does not exist (the 101st). */
  private Path manifest() throws Exception {
    Path pairs = Files.createDirectories(dir.resolve("pairs"));
    List<String> lines = new ArrayList<>(List.of("original,revised,name"));
    lines.add(Seeds.dir().resolve(Seeds.ORIGINAL) + "," + Seeds.dir().resolve(Seeds.REVISED) + ",seed");
    List<JsonNode> cases = new ArrayList<>();
    for (String set : List.of("bump-task2.jsonl", "summedits-evaluation.jsonl")) {
      for (String line : Files.readAllLines(SharedFiles.eval(set), StandardCharsets.UTF_8)) {
        if (!line.isBlank() && cases.size() < PAIRS - 2) {
          cases.add(MAPPER.readTree(line));
        }
      }
    }
    assertEquals(PAIRS - 2, cases.size(), "enough shared cases");
    for (int i = 0; i < cases.size(); i++) {
      if (lines.size() == 101) {
        lines.add("pairs/missing.txt,pairs/" + i + "-revised.txt,broken");
      }
      Files.writeString(pairs.resolve(i + "-original.txt"), opening(cases.get(i).get("original").asText()));
      Files.writeString(pairs.resolve(i + "-revised.txt"), opening(cases.get(i).get("revised").asText()));
      lines.add("pairs/" + i + "-original.txt,pairs/" + i + "-revised.txt");
    }
    Path manifest = dir.resolve("pairs.csv");
    Files.write(manifest, lines, StandardCharsets.UTF_8);
    return manifest;
  }
}
