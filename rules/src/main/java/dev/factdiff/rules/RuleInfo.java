package dev.factdiff.rules;

import com.google.common.base.Preconditions;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule's metadata, validated when the rule is built: a stable upper-snake-case id (never renamed), its
 * category, default severity, a one-sentence summary, the examples that the shared rule test runs, and the
 * options a configuration may set (with their defaults: they are declared nowhere else).
 */
public record RuleInfo(
    String id,
    Category category,
    Severity defaultSeverity,
    String summary,
    List<Example> examples,
    List<RuleOption<?>> options) {

  public RuleInfo {
    Preconditions.checkArgument(id.matches("[A-Z][A-Z0-9_]+"), "bad rule id: %s", id);
    Preconditions.checkArgument(!summary.isBlank(), "rule %s has no summary", id);
    examples = List.copyOf(examples);
    Preconditions.checkArgument(
        examples.stream().anyMatch(Example::flags), "rule %s has no example that it flags", id);
    Preconditions.checkArgument(
        examples.stream().anyMatch(e -> !e.flags()), "rule %s has no example that it passes", id);
    options = List.copyOf(options);
    Set<String> names = new HashSet<>();
    for (RuleOption<?> option : options) {
      Preconditions.checkArgument(names.add(option.name()), "rule %s declares option %s twice", id, option.name());
    }
  }

  /** A rule without options. */
  public RuleInfo(String id, Category category, Severity defaultSeverity, String summary, List<Example> examples) {
    this(id, category, defaultSeverity, summary, examples, List.of());
  }

  /** The option of this name, if the rule declares one. */
  public Optional<RuleOption<?>> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }
}
