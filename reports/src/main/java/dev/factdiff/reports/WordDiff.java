package dev.factdiff.reports;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import dev.factdiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that differ between two stretches of text, for highlighting: spans (offsets into each text) of the
 * words the revision removed or replaced, and of the words it put in. Words and punctuation marks are compared
 * as they are written; white space is not compared.
 */
public record WordDiff(List<Span> originalChanges, List<Span> revisedChanges) {
  private static final Pattern WORD = Pattern.compile("\\w+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

  public WordDiff {
    originalChanges = List.copyOf(originalChanges);
    revisedChanges = List.copyOf(revisedChanges);
  }

  /** The difference between {@code originalText} within {@code originalRanges} and likewise for the revision. */
  public static WordDiff between(
      String originalText, List<Span> originalRanges, String revisedText, List<Span> revisedRanges) {
    List<Word> before = words(originalText, originalRanges);
    List<Word> after = words(revisedText, revisedRanges);
    List<Span> removed = new ArrayList<>();
    List<Span> added = new ArrayList<>();
    for (AbstractDelta<Word> delta : DiffUtils.diff(before, after, Word::sameText).getDeltas()) {
      extent(delta.getSource(), before).ifPresent(removed::add);
      extent(delta.getTarget(), after).ifPresent(added::add);
    }
    return new WordDiff(removed, added);
  }

  public static WordDiff between(String originalText, Span original, String revisedText, Span revised) {
    return between(originalText, List.of(original), revisedText, List.of(revised));
  }

  private static Optional<Span> extent(Chunk<Word> chunk, List<Word> words) {
    if (chunk.size() == 0) {
      return Optional.empty();
    }
    Span first = words.get(chunk.getPosition()).span();
    Span last = words.get(chunk.getPosition() + chunk.size() - 1).span();
    return Optional.of(first.union(last));
  }

  private static List<Word> words(String text, List<Span> ranges) {
    List<Word> words = new ArrayList<>();
    for (Span range : ranges) {
      Matcher m = WORD.matcher(text).region(range.start(), range.end());
      while (m.find()) {
        words.add(new Word(m.group(), Span.of(m.start(), m.end())));
      }
    }
    return words;
  }

  private record Word(String text, Span span) {
    static boolean sameText(Word a, Word b) {
      return a.text.equals(b.text);
    }
  }
}
