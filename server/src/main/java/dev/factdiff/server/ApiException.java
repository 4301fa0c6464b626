package dev.factdiff.server;

import java.util.Map;

/**
 * A request the service answers with an error status and {@code {"error": "one line"}}: thrown by the handlers,
 * turned into the answer in one place.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Map<String, String> headers;

  ApiException(int status, String message) {
    this(status, message, Map.of());
  }

  ApiException(int status, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  int status() {
    return status;
  }

  Map<String, String> headers() {
    return headers;
  }
}
