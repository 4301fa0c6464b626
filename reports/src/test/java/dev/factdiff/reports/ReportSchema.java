package dev.factdiff.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates JSON against the report schema shipped beside {@link JsonReport}; the cli tests use it too. */
public final class ReportSchema {
  private ReportSchema() {}

  public static Set<String> violations(String json) throws IOException {
    JsonSchema schema;
    try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    return schema.validate(new ObjectMapper().readTree(json)).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toSet());
  }
}
