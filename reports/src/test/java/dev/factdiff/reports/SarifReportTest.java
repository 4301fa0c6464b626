package dev.factdiff.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.builtin.BuiltInRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<RuleInfo> CATALOGUE = BuiltInRules.all().stream().map(Rule::info).toList();

  private final SarifReport renderer = new SarifReport(CATALOGUE);

  @Test
  void validatesAgainstTheSarifSchema() throws Exception {
    for (Report report : List.of(SampleReports.budget(Gate.failOn(Severity.ERROR)), SampleReports.repeatedName(),
        SampleReports.hostile())) {
      String sarif = renderer.render(report);
      assertEquals(Set.of(), SarifSchema.violations(sarif), sarif);
    }
  }

  @Test
  void theSchemaCatchesWhatIsNotSarif() throws Exception {
    ObjectNode tree = renderer.tree(SampleReports.budget(Gate.failOn(Severity.ERROR)));
    ObjectNode badLevel = tree.deepCopy();
    ((ObjectNode) badLevel.at("/runs/0/results/0")).put("level", "fatal");
    assertFalse(SarifSchema.violations(badLevel.toString()).isEmpty());
    ObjectNode noVersion = tree.deepCopy();
    noVersion.remove("version");
    assertFalse(SarifSchema.violations(noVersion.toString()).isEmpty());
  }

  @Test
  void rulesComeFromTheCatalogueAndResultsPointAtBothVersions() throws Exception {
    Report report = SampleReports.budget(Gate.failOn(Severity.ERROR));
    JsonNode run = MAPPER.readTree(renderer.render(report)).at("/runs/0");
    assertEquals(CATALOGUE.size(), run.at("/tool/driver/rules").size());
    JsonNode first = run.at("/results/0");
    assertEquals("CHANGED_NUMBER", first.get("ruleId").asText());
    assertEquals("error", first.get("level").asText());
    JsonNode rule = run.at("/tool/driver/rules/" + first.get("ruleIndex").asInt());
    assertEquals("CHANGED_NUMBER", rule.get("id").asText());
    assertEquals("NUMBER_MISMATCH", rule.at("/properties/category").asText());
    assertFalse(rule.at("/shortDescription/text").asText().isBlank());
    assertEquals("revised.txt", run.at("/artifacts/0/location/uri").asText());
    assertEquals("original.txt", run.at("/artifacts/1/location/uri").asText());
    assertEquals(report.original().sha256(), run.at("/artifacts/1/hashes/sha-256").asText());
    // "19" in the revision: line 3, column 22; its counterpart "90" in the original is a related location.
    JsonNode region = first.at("/locations/0/physicalLocation/region");
    assertEquals(3, region.get("startLine").asInt());
    assertEquals(SampleReports.REVISED.split("\n")[2].indexOf("19") + 1, region.get("startColumn").asInt());
    assertEquals("19", region.at("/snippet/text").asText());
    assertEquals(0, first.at("/locations/0/physicalLocation/artifactLocation/index").asInt());
    assertEquals(1, first.at("/relatedLocations/0/physicalLocation/artifactLocation/index").asInt());
    assertEquals("90", first.at("/relatedLocations/0/physicalLocation/region/snippet/text").asText());
    assertEquals(FindingId.of(report.findings().get(0)),
        first.at("/partialFingerprints/" + SarifReport.FINGERPRINT_KEY.replace("/", "~1")).asText());
    assertEquals("note", run.at("/results/3/level").asText(), "info is a note");
    assertEquals("SOME_RULE", run.at("/invocations/0/toolExecutionNotifications/0/associatedRule/id").asText());
    assertTrue(run.at("/invocations/0/properties/blocked").asBoolean());
  }

  @Test
  void everyPlaceOfARepeatedChangeIsALocation() throws Exception {
    JsonNode results = MAPPER.readTree(renderer.render(SampleReports.repeatedName())).at("/runs/0/results");
    for (JsonNode result : results) {
      if (result.get("ruleId").asText().equals("NAME_VARIANT")) {
        assertEquals(3, result.at("/properties/occurrences").asInt());
        // The first place's original, then both versions of the two further places.
        assertEquals(5, result.get("relatedLocations").size());
        return;
      }
    }
    throw new AssertionError("no NAME_VARIANT result");
  }

  @Test
  void fileNamesBecomeUriReferences() {
    assertEquals("drafts/my%20story.txt", SarifReport.uri("drafts\\my story.txt"));
  }
}
