package dev.factdiff.cli;

/** What {@code factdiff} exits with; pipelines gate publication on it. */
final class ExitCode {
  /** No finding at or above {@code --fail-on}. */
  static final int PASSED = 0;

  /** A finding at or above {@code --fail-on}. */
  static final int BLOCKED = 1;

  /** The command line, an input, a configuration or a baseline cannot be used; nothing was written. */
  static final int BAD_INPUT = 2;

  /** A bug in factdiff: a one-line message on standard error, nothing written. */
  static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
