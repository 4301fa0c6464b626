package dev.factdiff.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates JSON against the SARIF 2.1.0 schema kept with the tests (see sarif/README.md); the cli tests use it too. */
public final class SarifSchema {
  private static final String SCHEMA = "/dev/factdiff/reports/sarif/sarif-schema-2.1.0.json";

  private SarifSchema() {}

  public static Set<String> violations(String json) throws IOException {
    JsonSchema schema;
    try (InputStream in = SarifSchema.class.getResourceAsStream(SCHEMA)) {
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
    }
    return schema.validate(new ObjectMapper().readTree(json)).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toSet());
  }
}
