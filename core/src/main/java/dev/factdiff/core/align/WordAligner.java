package dev.factdiff.core.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The word edits between linked sentences: a minimal diff (Myers) over the tokens' comparable forms, so that
 * case and quote-mark style are not edits, with each edit's tokens and extent in both versions. Punctuation at
 * either end of a changed run is split off into an edit of its own, so that "relations" replaced by
 * "relationship ." reads as a changed word and an added period.
 */
final class WordAligner {

  private final List<Token> from;
  private final List<Token> to;
  private final List<Sentence> original;
  private final List<Sentence> revised;
  private final List<WordEdit> edits = new ArrayList<>();

  private WordAligner(List<Sentence> original, List<Sentence> revised) {
    this.original = original;
    this.revised = revised;
    this.from = tokens(original);
    this.to = tokens(revised);
  }

  static List<WordEdit> edits(List<Sentence> original, List<Sentence> revised) {
    if (original.isEmpty() || revised.isEmpty()) {
      return List.of();
    }
    return new WordAligner(original, revised).diff();
  }

  /** The form two tokens must share to count as the same word. */
  static String form(Token token) {
    String form = TokenForms.normalize(token);
    return TokenForms.isQuoteMark(form) ? "\"" : form;
  }

  private List<WordEdit> diff() {
    for (AbstractDelta<String> delta : DiffUtils.diff(forms(from), forms(to)).getDeltas()) {
      if (delta.getType() != DeltaType.EQUAL) {
        int fromStart = delta.getSource().getPosition();
        int toStart = delta.getTarget().getPosition();
        split(fromStart, fromStart + delta.getSource().size(), toStart, toStart + delta.getTarget().size());
      }
    }
    return List.copyOf(edits);
  }

  /** Adds the edit of tokens [fromStart, fromEnd) into [toStart, toEnd), its end punctuation split off. */
  private void split(int fromStart, int fromEnd, int toStart, int toEnd) {
    int fromCoreStart = skipPunctuation(from, fromStart, fromEnd, 1);
    int fromCoreEnd = skipPunctuation(from, fromEnd - 1, fromCoreStart - 1, -1) + 1;
    int toCoreStart = skipPunctuation(to, toStart, toEnd, 1);
    int toCoreEnd = skipPunctuation(to, toEnd - 1, toCoreStart - 1, -1) + 1;
    if (fromCoreStart >= fromCoreEnd && toCoreStart >= toCoreEnd) {
      add(fromStart, fromEnd, toStart, toEnd);
      return;
    }
    add(fromStart, fromCoreStart, toStart, toCoreStart);
    if (fromCoreStart < fromCoreEnd && toCoreStart < toCoreEnd) {
      add(fromCoreStart, fromCoreEnd, toCoreStart, toCoreEnd);
    } else {
      add(fromCoreStart, fromCoreEnd, toCoreStart, toCoreStart);
      add(fromCoreEnd, fromCoreEnd, toCoreStart, toCoreEnd);
    }
    add(fromCoreEnd, fromEnd, toCoreEnd, toEnd);
  }

  /** The first position from {@code start} towards {@code stop} (exclusive) that is not punctuation. */
  private static int skipPunctuation(List<Token> tokens, int start, int stop, int step) {
    int i = start;
    while (i != stop && TokenForms.isPunctuationMark(tokens.get(i))) {
      i += step;
    }
    return i;
  }

  private void add(int fromStart, int fromEnd, int toStart, int toEnd) {
    if (fromStart >= fromEnd && toStart >= toEnd) {
      return;
    }
    List<Token> removed = from.subList(fromStart, Math.max(fromStart, fromEnd));
    List<Token> inserted = to.subList(toStart, Math.max(toStart, toEnd));
    WordEdit.Type type =
        removed.isEmpty()
            ? WordEdit.Type.INSERTION
            : inserted.isEmpty() ? WordEdit.Type.DELETION : WordEdit.Type.SUBSTITUTION;
    Span originalSpan = extent(removed, from, fromStart, original);
    Span revisedSpan = extent(inserted, to, toStart, revised);
    edits.add(new WordEdit(type, removed, inserted, originalSpan, revisedSpan));
  }

  /** The covered extent, or for no tokens the empty span where they would stand: after the token before. */
  private static Span extent(List<Token> chunk, List<Token> all, int position, List<Sentence> sentences) {
    if (!chunk.isEmpty()) {
      return chunk.get(0).span().union(chunk.get(chunk.size() - 1).span());
    }
    int offset;
    if (position > 0) {
      offset = all.get(position - 1).span().end();
    } else if (!all.isEmpty()) {
      offset = all.get(0).span().start();
    } else {
      offset = sentences.get(0).span().start();
    }
    return Span.of(offset, offset);
  }

  private static List<Token> tokens(List<Sentence> sentences) {
    return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
  }

  private static List<String> forms(List<Token> tokens) {
    return tokens.stream().map(WordAligner::form).toList();
  }
}
