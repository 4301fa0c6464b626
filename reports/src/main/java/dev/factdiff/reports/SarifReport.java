package dev.factdiff.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report CI systems and code-scanning dashboards read: one SARIF 2.1.0 log with one run. The rules come from
 * the catalogue (id, summary, category, default level, an example); both versions are artifacts (the revision first,
 * it is what is being checked), with their SHA-256 and, for HTML input, the extracted text the regions index. Each
 * finding is a result at its place in the revision (else in the original), with its place in the other version and
 * its further places as related locations, and its {@link FindingId} as partial fingerprint, so that a dashboard
 * tracks it across runs as the baseline does. Rules that failed are notifications of the invocation.
 */
public final class SarifReport {
  public static final String VERSION = "2.1.0";
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The key of the partial fingerprint that carries {@link FindingId}. */
  public static final String FINGERPRINT_KEY = "factdiffFindingId/v1";

  private static final int REVISED = 0;
  private static final int ORIGINAL = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<RuleInfo> rules;

  /** @param rules the catalogue the results refer to (the built-in rules, or those configured) */
  public SarifReport(List<RuleInfo> rules) {
    this.rules = rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
  }

  public String render(Report report) {
    try {
      return MAPPER.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ObjectNode tree(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SCHEMA_URI);
    root.put("version", VERSION);
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", report.tool().name());
    driver.put("version", report.tool().version());
    driver.put("semanticVersion", semanticVersion(report.tool().version()));
    ArrayNode ruleNodes = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleInfo rule : rules) {
      ruleIndex.put(rule.id(), ruleIndex.size());
      ruleNodes.add(rule(rule));
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (ProcessingError error : report.processingErrors()) {
      ObjectNode n = notifications.addObject();
      n.put("level", "error");
      n.putObject("message").put("text", "The rule could not run on this input: " + error.message());
      ObjectNode rule = n.putObject("associatedRule").put("id", error.rule());
      Optional.ofNullable(ruleIndex.get(error.rule())).ifPresent(i -> rule.put("index", i));
    }
    invocation.putObject("properties")
        .put("blocked", report.blocked())
        .put("failOn", report.gate().id())
        .put("baselined", report.baselined());
    ArrayNode artifacts = run.putArray("artifacts");
    artifacts.add(artifact(report.revised(), "the revision"));
    artifacts.add(artifact(report.original(), "the original"));
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (Finding finding : report.findings()) {
      results.add(result(finding, report, ruleIndex));
    }
    run.putObject("properties").put("order", report.order().id());
    return root;
  }

  private static ObjectNode rule(RuleInfo rule) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", rule.id());
    node.put("name", pascalCase(rule.id()));
    node.putObject("shortDescription").put("text", rule.summary());
    node.putObject("fullDescription").put("text", rule.summary());
    node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
    rule.examples().stream().filter(Example::flags).findFirst().ifPresent(e -> node.putObject("help").put("text",
        "Flags, for example: " + e.original() + e.revised().map(r -> " -> " + r).orElse("")));
    ObjectNode properties = node.putObject("properties");
    properties.put("category", rule.category().name());
    properties.putArray("tags").add(rule.category().name());
    return node;
  }

  private static ObjectNode artifact(ReportSource source, String description) {
    ObjectNode node = MAPPER.createObjectNode();
    node.putObject("location").put("uri", uri(source.name()));
    node.putObject("description").put("text", description);
    node.putArray("roles").add("analysisTarget");
    node.put("mimeType", source.format() == SourceFormat.HTML ? "text/html" : "text/plain");
    node.put("encoding", "utf-8");
    node.putObject("hashes").put("sha-256", source.sha256());
    if (source.format() == SourceFormat.HTML) {
      // Regions index the text extracted from the page, not the page's markup: carry that text.
      node.putObject("contents").put("text", source.text());
    }
    return node;
  }

  private static ObjectNode result(Finding finding, Report report, Map<String, Integer> ruleIndex) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("ruleId", finding.ruleId());
    Optional.ofNullable(ruleIndex.get(finding.ruleId())).ifPresent(i -> node.put("ruleIndex", i));
    node.put("level", level(finding.severity()));
    node.put("kind", "fail");
    node.putObject("message").put(
        "text", finding.message() + finding.suggestion().map(s -> " Suggestion: " + s).orElse(""));
    ArrayNode locations = node.putArray("locations");
    ArrayNode related = MAPPER.createArrayNode();
    int id = 1;
    for (Finding.Place place : finding.allPlaces()) {
      boolean first = related.isEmpty() && locations.isEmpty();
      Optional<ObjectNode> revised = place.revised().map(e -> location(e, report.revised(), REVISED, "revised"));
      Optional<ObjectNode> original = place.original().map(e -> location(e, report.original(), ORIGINAL, "original"));
      if (first) {
        locations.add(revised.or(() -> original).orElseThrow());
        if (revised.isPresent() && original.isPresent()) {
          related.add(original.get().put("id", id++));
        }
      } else {
        for (Optional<ObjectNode> location : List.of(revised, original)) {
          if (location.isPresent()) {
            related.add(location.get().put("id", id++));
          }
        }
      }
    }
    if (!related.isEmpty()) {
      node.set("relatedLocations", related);
    }
    node.putObject("partialFingerprints").put(FINGERPRINT_KEY, FindingId.of(finding));
    ObjectNode properties = node.putObject("properties");
    properties.put("category", finding.category().name());
    properties.put("occurrences", finding.occurrences());
    finding.suggestion().ifPresent(s -> properties.put("suggestion", s));
    ObjectNode evidence = properties.putObject("evidence");
    finding.evidence().forEach(evidence::put);
    return node;
  }

  private static ObjectNode location(Excerpt excerpt, ReportSource source, int artifact, String version) {
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode physical = node.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(source.name())).put("index", artifact);
    physical.set("region", region(excerpt, source.text()));
    node.putObject("message").put("text", "In the " + version + ": " + excerpt.text());
    return node;
  }

  /** Lines and columns counted from 1, columns in UTF-16 code units (the run's columnKind), as Java counts. */
  private static ObjectNode region(Excerpt excerpt, String text) {
    Span span = excerpt.span();
    ObjectNode region = MAPPER.createObjectNode();
    int[] start = lineAndColumn(text, span.start());
    int[] end = lineAndColumn(text, span.end());
    region.put("startLine", start[0]).put("startColumn", start[1]);
    region.put("endLine", end[0]).put("endColumn", end[1]);
    region.put("charOffset", span.start()).put("charLength", span.end() - span.start());
    region.putObject("snippet").put("text", excerpt.text());
    return region;
  }

  private static int[] lineAndColumn(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  private static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /** A file name as a relative URI reference: forward slashes, anything a URI cannot hold percent-encoded. */
  static String uri(String name) {
    try {
      return new URI(null, null, name.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot name " + name + " as a URI", e);
    }
  }

  /** "0.1.0-SNAPSHOT" as it is; anything else without digits gets none. */
  private static String semanticVersion(String version) {
    return version.matches("\\d+\\.\\d+\\.\\d+.*") ? version : "0.0.0-" + version.replaceAll("[^0-9A-Za-z-]", "-");
  }

  private static String pascalCase(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.toLowerCase(Locale.ROOT).split("_")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
