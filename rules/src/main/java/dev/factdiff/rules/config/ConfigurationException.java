package dev.factdiff.rules.config;

/** A configuration that cannot be used; the message names the file and the bad key on one line. */
public final class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
