package dev.factdiff.core.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The word edits between linked sentences: a minimal diff (Myers) over the tokens' comparable forms, so that
 * case and quote-mark style are not edits, with each edit's tokens and extent in both versions.
 */
final class WordAligner {

  private WordAligner() {}

  static List<WordEdit> edits(List<Sentence> original, List<Sentence> revised) {
    if (original.isEmpty() || revised.isEmpty()) {
      return List.of();
    }
    List<Token> from = tokens(original);
    List<Token> to = tokens(revised);
    List<WordEdit> edits = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(forms(from), forms(to)).getDeltas()) {
      if (delta.getType() == DeltaType.EQUAL) {
        continue;
      }
      Chunk<String> source = delta.getSource();
      Chunk<String> target = delta.getTarget();
      List<Token> removed = from.subList(source.getPosition(), source.getPosition() + source.size());
      List<Token> inserted = to.subList(target.getPosition(), target.getPosition() + target.size());
      edits.add(
          new WordEdit(
              type(removed, inserted),
              removed,
              inserted,
              extent(removed, from, source.getPosition(), original),
              extent(inserted, to, target.getPosition(), revised)));
    }
    return edits;
  }

  /** The form two tokens must share to count as the same word. */
  static String form(Token token) {
    String form = TokenForms.normalize(token);
    return TokenForms.isQuoteMark(form) ? "\"" : form;
  }

  private static WordEdit.Type type(List<Token> removed, List<Token> inserted) {
    if (removed.isEmpty()) {
      return WordEdit.Type.INSERTION;
    }
    return inserted.isEmpty() ? WordEdit.Type.DELETION : WordEdit.Type.SUBSTITUTION;
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
