package dev.factdiff.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void matchesTheSchema() throws Exception {
    String json = new JsonReport().render(SampleReports.budget(Gate.failOn(Severity.ERROR)));
    assertEquals(Set.of(), ReportSchema.violations(json));
  }

  @Test
  void theSchemaRejectsAReportWithoutFindingsOrWithABadSeverity() throws Exception {
    ObjectNode tree = new JsonReport().tree(SampleReports.budget(Gate.failOn(Severity.ERROR)));
    ObjectNode broken = tree.deepCopy();
    broken.remove("findings");
    assertFalse(ReportSchema.violations(broken.toString()).isEmpty());
    ObjectNode badSeverity = tree.deepCopy();
    ((ObjectNode) badSeverity.get("findings").get(0)).put("severity", "fatal");
    assertFalse(ReportSchema.violations(badSeverity.toString()).isEmpty());
  }

  @Test
  void offsetsIndexTheSourceTextsThatTheReportCarries() throws Exception {
    JsonNode root = MAPPER.readTree(new JsonReport().render(SampleReports.budget(Gate.failOn(Severity.ERROR))));
    String original = root.at("/original/text").asText();
    String revised = root.at("/revised/text").asText();
    int checked = 0;
    for (JsonNode f : root.get("findings")) {
      for (String side : new String[] {"original", "revised"}) {
        JsonNode place = f.get(side);
        if (!place.isNull()) {
          String text = side.equals("original") ? original : revised;
          assertEquals(place.get("text").asText(), text.substring(place.get("start").asInt(), place.get("end").asInt()));
          checked++;
        }
      }
    }
    assertEquals(7, checked);
  }

  @Test
  void aRepeatedChangeIsOneFindingWithItsFurtherPlacesThatTheSchemaAccepts() throws Exception {
    String json = new JsonReport().render(SampleReports.repeatedName().inOrder(FindingOrder.READING));
    assertEquals(Set.of(), ReportSchema.violations(json));
    JsonNode root = MAPPER.readTree(json);
    assertEquals(2, root.at("/summary/total").asInt(), "the summary counts changes");
    JsonNode name = root.at("/findings/0");
    assertEquals("NAME_VARIANT", name.get("rule").asText());
    assertEquals(SampleReports.NAMES_ORIGINAL.indexOf("Lighthizer"), name.at("/original/start").asInt());
    assertEquals(2, name.get("places").size());
    int at = name.at("/revised/start").asInt();
    for (JsonNode place : name.get("places")) {
      at = SampleReports.NAMES_REVISED.indexOf("Laithizer", at + 1);
      assertEquals(at, place.at("/revised/start").asInt());
      assertEquals("Laithizer", place.at("/revised/text").asText());
      assertEquals("Lighthizer", place.at("/original/text").asText());
    }
    assertFalse(root.at("/findings/1").has("places"), "a change made once has no places");
  }

  @Test
  void theSchemaRejectsAPlaceInNeitherVersionAndAnEmptyListOfPlaces() throws Exception {
    ObjectNode tree = new JsonReport().tree(SampleReports.repeatedName().inOrder(FindingOrder.READING));
    ObjectNode nowhere = tree.deepCopy();
    ObjectNode place = (ObjectNode) nowhere.at("/findings/0/places/0");
    place.putNull("original");
    place.putNull("revised");
    assertFalse(ReportSchema.violations(nowhere.toString()).isEmpty());
    ObjectNode empty = tree.deepCopy();
    ((ObjectNode) empty.at("/findings/0")).putArray("places");
    assertFalse(ReportSchema.violations(empty.toString()).isEmpty());
    ObjectNode version1 = tree.deepCopy();
    version1.put("schemaVersion", 1);
    assertFalse(ReportSchema.violations(version1.toString()).isEmpty());
  }

  @Test
  void findingsComeMostSevereFirstWithTheirStableIdsUnlessReadingOrderIsAsked() throws Exception {
    Report report = SampleReports.budget(Gate.failOn(Severity.ERROR));
    JsonNode root = MAPPER.readTree(new JsonReport().render(report));
    assertEquals("triage", root.get("order").asText());
    List<String> severities = new ArrayList<>();
    root.get("findings").forEach(f -> severities.add(f.get("severity").asText()));
    assertEquals(List.of("error", "error", "warning", "info"), severities);
    assertEquals(List.of("CHANGED_NUMBER", "ALTERED_QUOTE"),
        List.of(root.at("/findings/0/rule").asText(), root.at("/findings/1/rule").asText()),
        "within a severity, reading order");
    for (int i = 0; i < report.findings().size(); i++) {
      assertEquals(FindingId.of(report.findings().get(i)), root.at("/findings/" + i + "/id").asText());
    }
    JsonNode reading = MAPPER.readTree(new JsonReport().render(report.inOrder(FindingOrder.READING)));
    assertEquals("reading", reading.get("order").asText());
    List<String> rules = new ArrayList<>();
    reading.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    assertEquals(List.of("CHANGED_NUMBER", "CHANGED_DATE", "ALTERED_QUOTE", "DROPPED_CLAIM"), rules);
    assertEquals(root.at("/findings/1/id"), reading.at("/findings/2/id"), "the id does not depend on the order");
  }

  @Test
  void summarizesAndGates() throws Exception {
    JsonNode root = MAPPER.readTree(new JsonReport().render(SampleReports.budget(Gate.failOn(Severity.ERROR))));
    assertEquals(3, root.get("schemaVersion").asInt());
    assertEquals(2, root.at("/summary/bySeverity/error").asInt());
    assertEquals(1, root.at("/summary/byCategory/QUOTE_ALTERED").asInt());
    assertTrue(root.at("/summary/byCategory/NEGATION_FLIP").isMissingNode());
    assertTrue(root.get("blocked").asBoolean());
    JsonNode never = MAPPER.readTree(new JsonReport().render(SampleReports.budget(Gate.never())));
    assertFalse(never.get("blocked").asBoolean());
    assertEquals("never", never.get("failOn").asText());
    assertEquals("SOME_RULE", root.at("/processingErrors/0/rule").asText());
    assertEquals(
        SampleReports.source("x", SampleReports.ORIGINAL).sha256(), root.at("/original/sha256").asText());
  }
}
