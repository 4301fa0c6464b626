package dev.factdiff.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.factdiff.reports.JsonReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates JSON against the report schema that the reports module ships. */
final class ReportSchema {
  private ReportSchema() {}

  static Set<String> violations(String json) throws IOException {
    JsonSchema schema;
    try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    return schema.validate(new ObjectMapper().readTree(json)).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toSet());
  }
}
