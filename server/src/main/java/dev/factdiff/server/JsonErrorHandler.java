package dev.factdiff.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to a request it refuses before any handler sees it (a {@code Content-Length} that is not a
 * number, a header too large, a malformed request line): the same {@code {"error": "one line"}} as every other
 * error of the service, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() < 400 ? 500 : response.getStatus();
    Object message = request.getAttribute(ERROR_MESSAGE);
    String text = "bad request";
    if (message != null && !message.toString().isBlank()) {
      text = message.toString().lines().findFirst().orElse(text).strip();
    } else if (status >= 500) {
      text = "internal error";
    }
    String body = MAPPER.createObjectNode().put("error", text + " (HTTP " + status + ")").toString() + "\n";
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
