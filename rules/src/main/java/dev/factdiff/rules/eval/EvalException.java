package dev.factdiff.rules.eval;

/** A case file that cannot be read or understood; the message names the file and, where known, the line. */
public final class EvalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EvalException(String message) {
    super(message);
  }

  public EvalException(String message, Throwable cause) {
    super(message, cause);
  }
}
