package dev.factdiff.core.align;

import dev.factdiff.core.model.Article;
import java.util.List;

/** Every link between two versions of an article, in the order of the revised text (dropped ones in place). */
public record Alignment(Article original, Article revised, List<AlignedPair> pairs) {

  public Alignment {
    pairs = List.copyOf(pairs);
  }
}
