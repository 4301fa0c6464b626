package dev.factdiff.core.input;

/** Input that cannot be read as an article; the message is one line naming the input and the problem. */
public final class InputException extends RuntimeException {

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
