package dev.factdiff.cli;

/** A request that cannot be carried out as given (exit code 2); the message is one line naming the problem. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
