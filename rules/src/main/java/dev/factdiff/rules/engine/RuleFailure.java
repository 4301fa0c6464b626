package dev.factdiff.rules.engine;

/** A rule that threw instead of answering; the run went on without its findings. */
public record RuleFailure(String ruleId, String message) {

  static RuleFailure of(String ruleId, String where, Throwable error) {
    String detail = error.getMessage() == null ? "" : ": " + error.getMessage().lines().findFirst().orElse("");
    return new RuleFailure(ruleId, where + ": " + error.getClass().getSimpleName() + detail);
  }
}
