package dev.factdiff.rules.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.factdiff.rules.json.FindingView;
import java.util.List;

/** One line of a findings file: a case's id and its findings in the JSON report's form. */
@JsonPropertyOrder({"id", "findings"})
public record CaseFindings(String id, List<FindingView> findings) {

  public CaseFindings {
    findings = List.copyOf(findings);
  }
}
