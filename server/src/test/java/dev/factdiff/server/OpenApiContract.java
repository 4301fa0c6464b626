package dev.factdiff.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a real answer against the OpenAPI document the service serves: the operation must list the status, the
 * media type, and the body must validate against the schema given for them.
 */
final class OpenApiContract {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonNode document;

  OpenApiContract(String document) throws Exception {
    this.document = MAPPER.readTree(document);
  }

  /** What is wrong with {@code response} to {@code method path}; empty when it keeps the contract. */
  Set<String> violations(String method, String path, HttpResponse<String> response) throws Exception {
    return violations(method, path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        header -> response.headers().firstValue(header).isPresent(), response.body());
  }

  /** Likewise for an answer given by its parts. */
  Set<String> violations(String method, String path, int status, String contentType,
      java.util.function.Predicate<String> hasHeader, String body) throws Exception {
    JsonNode operation = document.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
    if (operation.isMissingNode()) {
      return Set.of("no operation " + method + " " + path);
    }
    JsonNode answer = operation.path("responses").path(Integer.toString(status));
    if (answer.isMissingNode()) {
      return Set.of(method + " " + path + " does not list status " + status);
    }
    String type = contentType.split(";")[0].strip();
    JsonNode content = answer.path("content").path(type);
    if (content.isMissingNode()) {
      return Set.of(method + " " + path + " " + status + " does not list " + type);
    }
    Set<String> problems = new TreeSet<>();
    for (var headers = answer.path("headers").fieldNames(); headers.hasNext(); ) {
      String header = headers.next();
      if (!header.equals("WWW-Authenticate") || status == 401) {
        if (!hasHeader.test(header)) {
          problems.add("missing header " + header);
        }
      }
    }
    if (!type.equals("application/json")) {
      return problems;
    }
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.setAll((ObjectNode) content.path("schema").deepCopy());
    root.set("components", document.path("components"));
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    problems.addAll(schema.validate(MAPPER.readTree(body)).stream()
        .map(ValidationMessage::getMessage).collect(Collectors.toSet()));
    return problems;
  }
}
