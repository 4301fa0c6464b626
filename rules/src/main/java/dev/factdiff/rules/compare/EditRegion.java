package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.WordEdit;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Word edits of a pair that stand close together, read as one change: "a bank loan" against "a loan of the
 * government" comes out of the aligner as an insertion and a deletion either side of "government".
 */
record EditRegion(List<WordEdit> edits, List<Token> originalTokens, List<Token> revisedTokens) {

  /** Edits at most this many unchanged tokens apart on both sides belong to one region. */
  private static final int GAP = 1;

  EditRegion {
    edits = List.copyOf(edits);
    originalTokens = List.copyOf(originalTokens);
    revisedTokens = List.copyOf(revisedTokens);
  }

  Optional<Span> originalExtent() {
    return extent(originalTokens);
  }

  Optional<Span> revisedExtent() {
    return extent(revisedTokens);
  }

  static List<EditRegion> of(AlignedPair pair) {
    Side original = new Side(pair.original());
    Side revised = new Side(pair.revised());
    List<Token> originalTokens = original.tokens();
    List<Token> revisedTokens = revised.tokens();
    List<EditRegion> regions = new ArrayList<>();
    List<WordEdit> current = new ArrayList<>();
    int lastOriginal = -1;
    int lastRevised = -1;
    for (WordEdit edit : pair.edits()) {
      int startOriginal = position(originalTokens, edit.originalSpan().start());
      int startRevised = position(revisedTokens, edit.revisedSpan().start());
      if (!current.isEmpty()
          && (startOriginal - lastOriginal > GAP || startRevised - lastRevised > GAP)) {
        regions.add(region(current));
        current = new ArrayList<>();
      }
      current.add(edit);
      lastOriginal = position(originalTokens, edit.originalSpan().end());
      lastRevised = position(revisedTokens, edit.revisedSpan().end());
    }
    if (!current.isEmpty()) {
      regions.add(region(current));
    }
    return regions;
  }

  /** How many tokens start before an offset. */
  private static int position(List<Token> tokens, int offset) {
    int n = 0;
    for (Token t : tokens) {
      if (t.span().start() < offset) {
        n++;
      }
    }
    return n;
  }

  private static EditRegion region(List<WordEdit> edits) {
    List<Token> o = new ArrayList<>();
    List<Token> r = new ArrayList<>();
    for (WordEdit e : edits) {
      o.addAll(e.originalTokens());
      r.addAll(e.revisedTokens());
    }
    return new EditRegion(edits, o, r);
  }

  /** The items (negations, pronouns) whose span lies on one of the tokens. */
  static <T> List<T> within(List<T> items, Function<T, Span> span, List<Token> tokens) {
    return items.stream()
        .filter(i -> tokens.stream().map(Token::span).anyMatch(s -> s.overlaps(span.apply(i)) || s.equals(span.apply(i))))
        .toList();
  }

  private static Optional<Span> extent(List<Token> tokens) {
    return tokens.stream().map(Token::span).reduce(Span::union);
  }
}
