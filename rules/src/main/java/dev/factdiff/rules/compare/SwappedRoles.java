package dev.factdiff.rules.compare;

import com.google.common.collect.HashMultiset;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two named entities that changed places in a sentence that otherwise kept its words: "Leeds beat Hull"
 * against "Hull beat Leeds". Entities that only swap within a coordination ("Germany and France", "France
 * and Germany") keep their roles and are left alone.
 */
final class SwappedRoles {

  /** The words that join coordinated names without giving either a role of its own. */
  private static final Set<String> COORDINATION = Set.of("and", "or", "nor", "as", "well");

  /** The entity that stands where the other stood: original and revised mention at one position. */
  record Exchange(Mention original, Mention revised) {}

  private SwappedRoles() {}

  static List<Exchange> of(AlignedPair pair) {
    Side original = new Side(pair.original());
    Side revised = new Side(pair.revised());
    // The same words in another order: the swap itself is the only change.
    if (!HashMultiset.create(WordOrder.words(original.tokens()))
        .equals(HashMultiset.create(WordOrder.words(revised.tokens())))) {
      return List.of();
    }
    List<Mention> before = original.mentions();
    List<Mention> after = revised.mentions();
    List<Exchange> exchanges = new ArrayList<>();
    if (before.size() != after.size()) {
      return exchanges;
    }
    for (int i = 0; i < before.size(); i++) {
      for (int j = i + 1; j < before.size(); j++) {
        if (same(before.get(i), after.get(j))
            && same(before.get(j), after.get(i))
            && !same(before.get(i), before.get(j))
            && roleApart(original.tokens(), before.get(i), before.get(j))) {
          exchanges.add(new Exchange(before.get(i), after.get(i)));
          exchanges.add(new Exchange(before.get(j), after.get(j)));
        }
      }
    }
    return exchanges;
  }

  private static boolean same(Mention a, Mention b) {
    return Names.key(a.text()).equals(Names.key(b.text()));
  }

  /** Whether a word other than a coordinating one stands between the two mentions. */
  private static boolean roleApart(List<Token> tokens, Mention first, Mention second) {
    return tokens.stream()
        .filter(t -> t.span().start() >= first.span().end() && t.span().end() <= second.span().start())
        .map(t -> Words.bare(t.text()))
        .anyMatch(w -> !w.isEmpty() && !COORDINATION.contains(w));
  }
}
