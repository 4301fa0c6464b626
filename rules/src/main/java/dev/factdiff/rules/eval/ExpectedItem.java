package dev.factdiff.rules.eval;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One annotated place of a case: a "must" item, an "optional" one or a "must_not" one.
 *
 * @param category the item's category; "ANY" for a must_not item that forbids every category
 * @param accept the finding categories that satisfy a must item (its category when the case gives no list)
 * @param severity the lowest severity that satisfies a must item, as written ("warning" when not given)
 * @param original where the item is in the original, located as the scorer does; empty when absent or not found
 *     (for an item with {@code any_of} places, the first of them)
 * @param revised likewise in the revision
 * @param anyOf an item's alternative places ({@code any_of}): it is matched at any one of them; empty when the
 *     item has one place, {@code original} and {@code revised}
 * @param categories for an optional or must_not item: the categories it concerns, when it names them
 */
public record ExpectedItem(
    String id,
    String category,
    Set<String> accept,
    String severity,
    Optional<Place> original,
    Optional<Place> revised,
    List<ItemPlace> anyOf,
    Optional<Set<String>> categories,
    String why) {

  public ExpectedItem {
    accept = Set.copyOf(accept);
    anyOf = List.copyOf(anyOf);
    categories = categories.map(Set::copyOf);
  }

  /** The places at which a finding matches this item: its {@code any_of} places, or its one place. */
  public List<ItemPlace> places() {
    return anyOf.isEmpty() ? List.of(new ItemPlace(original, revised)) : anyOf;
  }
}
