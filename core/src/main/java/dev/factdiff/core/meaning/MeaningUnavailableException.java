package dev.factdiff.core.meaning;

/** The meaning model could not be loaded or run; callers fall back to the word rules alone and say so. */
public final class MeaningUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MeaningUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
