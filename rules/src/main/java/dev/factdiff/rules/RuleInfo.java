package dev.factdiff.rules;

import com.google.common.base.Preconditions;
import java.util.List;

/**
 * A rule's metadata, validated when the rule is built: a stable upper-snake-case id (never renamed), its
 * category, default severity, a one-sentence summary and the examples that the shared rule test runs.
 */
public record RuleInfo(
    String id, Category category, Severity defaultSeverity, String summary, List<Example> examples) {

  public RuleInfo {
    Preconditions.checkArgument(id.matches("[A-Z][A-Z0-9_]+"), "bad rule id: %s", id);
    Preconditions.checkArgument(!summary.isBlank(), "rule %s has no summary", id);
    examples = List.copyOf(examples);
    Preconditions.checkArgument(
        examples.stream().anyMatch(Example::flags), "rule %s has no example that it flags", id);
    Preconditions.checkArgument(
        examples.stream().anyMatch(e -> !e.flags()), "rule %s has no example that it passes", id);
  }
}
