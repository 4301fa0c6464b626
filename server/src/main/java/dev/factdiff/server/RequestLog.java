package dev.factdiff.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The service's log: one JSON object a line, each with a time stamp and an event, so that a log shipper reads it
 * without a grammar. Requests log one line each ({@code "event": "request"}); the service's life (listening,
 * models loaded, stopping) logs its own.
 */
final class RequestLog {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Consumer<String> sink;

  RequestLog(Consumer<String> sink) {
    this.sink = sink;
  }

  /** A new line of {@code event}, to fill and {@link #write}. */
  ObjectNode line(String event) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("ts", Instant.now().toString());
    line.put("event", event);
    return line;
  }

  void write(ObjectNode line) {
    sink.accept(line.toString());
  }
}
