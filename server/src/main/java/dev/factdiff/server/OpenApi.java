package dev.factdiff.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.reports.JsonReport;
import dev.factdiff.reports.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.1 description served at {@code /openapi.json}: this module's {@code openapi.json} with the report
 * schema of the reports module put in as {@code components.schemas.Report}, so that the report is described in
 * one file only, and the running version as {@code info.version}.
 */
final class OpenApi {
  static final String RESOURCE = "/dev/factdiff/server/openapi.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OpenApi() {}

  static String document(Tool tool) {
    ObjectNode root = (ObjectNode) read(RESOURCE);
    ((ObjectNode) root.path("info")).put("version", tool.version());
    ObjectNode report = (ObjectNode) read(JsonReport.SCHEMA_RESOURCE);
    // A schema inside an OpenAPI document takes the document's dialect; its own $id would make it a separate
    // resource that some tools cannot resolve references into, so its references are made the document's.
    report.remove("$schema");
    report.remove("$id");
    rebase(report, "#/$defs/", "#/components/schemas/Report/$defs/");
    ((ObjectNode) root.path("components").path("schemas")).set("Report", report);
    return root.toPrettyString() + "\n";
  }

  private static void rebase(JsonNode node, String from, String to) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(from)) {
        object.put("$ref", to + ref.asText().substring(from.length()));
      }
    }
    node.forEach(child -> rebase(child, from, to));
  }

  private static JsonNode read(String resource) {
    try (InputStream in = OpenApi.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
