package dev.factdiff.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.json.FindingView;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The report a pipeline reads, in the versioned form that {@code report.schema.json} (beside this class)
 * describes. Findings are {@link FindingView}s (a change repeated through the text is one finding, with its
 * further places); offsets are Java String indices into each source's {@code text}, which the report includes.
 * Version 2 added {@code places}; version 3 added each finding's stable {@code id} ({@link FindingId}) and the
 * report's {@code order}, and lists findings most severe first unless reading order was asked.
 */
public final class JsonReport {
  /** Raised when the report's shape changes incompatibly. */
  public static final int SCHEMA_VERSION = 3;

  /** The schema's location on the class path. */
  public static final String SCHEMA_RESOURCE = "/dev/factdiff/reports/report.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  public String render(Report report) {
    try {
      return WRITER.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report as a JSON tree, for callers that add to it or embed it. */
  public ObjectNode tree(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.putObject("tool").put("name", report.tool().name()).put("version", report.tool().version());
    root.set("original", source(report.original()));
    root.set("revised", source(report.revised()));
    root.put("failOn", report.gate().id());
    root.put("blocked", report.blocked());
    root.put("order", report.order().id());
    root.set("summary", summary(report.summary()));
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode node = findings.addObject().put("id", FindingId.of(finding));
      node.setAll((ObjectNode) MAPPER.valueToTree(FindingView.of(finding)));
    }
    ArrayNode errors = root.putArray("processingErrors");
    for (ProcessingError error : report.processingErrors()) {
      errors.addObject().put("rule", error.rule()).put("message", error.message());
    }
    return root;
  }

  private static ObjectNode source(ReportSource source) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", source.name());
    node.put("sha256", source.sha256());
    node.put("format", source.format().id());
    node.put("encoding", source.encoding());
    node.put("text", source.text());
    return node;
  }

  private static ObjectNode summary(Summary summary) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("total", summary.total());
    ObjectNode severities = node.putObject("bySeverity");
    for (Map.Entry<Severity, Integer> e : summary.bySeverity().entrySet()) {
      severities.put(e.getKey().id(), e.getValue());
    }
    ObjectNode categories = node.putObject("byCategory");
    for (Map.Entry<Category, Integer> e : summary.byCategory().entrySet()) {
      categories.put(e.getKey().name(), e.getValue());
    }
    node.put("baselined", summary.baselined());
    node.put("ruleFailures", summary.ruleFailures());
    return node;
  }
}
