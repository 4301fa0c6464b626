package dev.factdiff.rules.config;

import java.util.Locale;

/** A configuration that cannot be used; the message names the file and the bad key on one line. */
public final class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(oneLine(message));
  }

  public ConfigurationException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  /**
   * The message with the line breaks and other control characters that a quoted value of the file may hold
   * written as escapes (a backslash and an n for a line break), so that the message stays one line whatever the
   * file holds: a file of blank lines around a word gave a message of many lines (found by fuzzing).
   */
  static String oneLine(String message) {
    StringBuilder out = new StringBuilder(message.length());
    message.codePoints().forEach(c -> {
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
        out.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
