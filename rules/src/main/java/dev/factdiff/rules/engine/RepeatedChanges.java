package dev.factdiff.rules.engine;

import dev.factdiff.rules.Category;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.SingleVersionRule;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes one finding of a change repeated through a document: one name written another way everywhere, one term
 * translated differently throughout. An editor fixes such a change once, so it is reported once, with all its
 * places; its severity is the most severe of its places.
 *
 * <p>Two findings are the same change when the same rule reported them in the same category with the same words:
 * both excerpts, the message (which states the change) and the suggestion, compared without case, accents'
 * composition, punctuation or spacing, and evidence of the same names. Where folding would erase the change itself
 * ("us" became "US", "-" became "—") they are compared as written. Evidence values may differ: they record how the
 * rule saw each place (the entity type a tagger guessed there, the quotation around the words), which varies while
 * the change does not; the finding keeps its first place's. Findings of single-version rules are defects of one
 * text, not changes between two (two unclosed quotations are two things to mend), and are never merged.
 */
final class RepeatedChanges {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private RepeatedChanges() {}

  /**
   * {@code ordered} must be in {@link FindingOrder#BY_POSITION}; the result keeps that order, each change at its
   * first place. {@code rules} are those that reported them.
   */
  static List<Finding> group(List<Finding> ordered, List<Rule> rules) {
    Set<String> singleVersion =
        rules.stream()
            .filter(SingleVersionRule.class::isInstance)
            .map(r -> r.info().id())
            .collect(Collectors.toUnmodifiableSet());
    List<List<Finding>> groups = new ArrayList<>();
    Map<ChangeKey, List<Finding>> byChange = new HashMap<>();
    for (Finding finding : ordered) {
      if (singleVersion.contains(finding.ruleId())) {
        groups.add(List.of(finding));
      } else {
        byChange.computeIfAbsent(ChangeKey.of(finding), k -> add(groups, new ArrayList<>())).add(finding);
      }
    }
    return groups.stream().map(RepeatedChanges::merged).toList();
  }

  private static List<Finding> add(List<List<Finding>> groups, List<Finding> group) {
    groups.add(group);
    return group;
  }

  private static Finding merged(List<Finding> group) {
    Finding first = group.get(0);
    if (group.size() == 1) {
      return first;
    }
    Severity severity = first.severity();
    List<Finding.Place> further = new ArrayList<>();
    for (Finding other : group.subList(1, group.size())) {
      severity = other.severity().atLeast(severity) ? other.severity() : severity;
      further.addAll(other.allPlaces());
    }
    return first.withSeverity(severity).withPlaces(further);
  }

  /** What makes two findings the same change; see the class comment. */
  private record ChangeKey(
      String rule,
      Category category,
      boolean folded,
      Optional<String> original,
      Optional<String> revised,
      Set<String> evidenceNames,
      String message,
      Optional<String> suggestion) {

    static ChangeKey of(Finding f) {
      Optional<String> original = f.original().map(Excerpt::folded);
      Optional<String> revised = f.revised().map(Excerpt::folded);
      boolean erased =
          original.map(String::isEmpty).orElse(false)
              || revised.map(String::isEmpty).orElse(false)
              || original.isPresent() && original.equals(revised);
      boolean fold = !erased;
      return new ChangeKey(
          f.ruleId(),
          f.category(),
          fold,
          f.original().map(e -> form(e.text(), fold)),
          f.revised().map(e -> form(e.text(), fold)),
          Set.copyOf(f.evidence().keySet()),
          form(f.message(), fold),
          f.suggestion().map(s -> form(s, fold)));
    }

    private static String form(String text, boolean fold) {
      return fold ? Excerpt.fold(text) : SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }
  }
}
