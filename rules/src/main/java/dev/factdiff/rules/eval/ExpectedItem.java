package dev.factdiff.rules.eval;

import java.util.Optional;
import java.util.Set;

/**
 * One annotated place of a case: a "must" item, an "optional" one or a "must_not" one.
 *
 * @param category the item's category; "ANY" for a must_not item that forbids every category
 * @param accept the finding categories that satisfy a must item (its category when the case gives no list)
 * @param severity the lowest severity that satisfies a must item, as written ("warning" when not given)
 * @param original where the item is in the original, located as the scorer does; empty when absent or not found
 * @param revised likewise in the revision
 * @param categories for an optional item: the only categories it excuses, when it names them
 */
public record ExpectedItem(
    String id,
    String category,
    Set<String> accept,
    String severity,
    Optional<Place> original,
    Optional<Place> revised,
    Optional<Set<String>> categories,
    String why) {

  public ExpectedItem {
    accept = Set.copyOf(accept);
    categories = categories.map(Set::copyOf);
  }

  Optional<Place> place(boolean originalSide) {
    return originalSide ? original : revised;
  }
}
