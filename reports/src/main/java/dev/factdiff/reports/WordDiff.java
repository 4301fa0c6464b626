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
    if (before.size() + after.size() > MAX_WORDS) {
      return coarse(before, after);
    }
    for (AbstractDelta<Word> delta : DiffUtils.diff(before, after, Word::sameText).getDeltas()) {
      extent(delta.getSource(), before).ifPresent(removed::add);
      extent(delta.getTarget(), after).ifPresent(added::add);
    }
    return new WordDiff(removed, added);
  }

  /**
   * Beyond this many words on both sides (paragraphs of an attack, not of an article), Myers' diff, whose time and
   * memory grow with the words times the edits, is not run: what lies between the common beginning and the common
   * end is marked changed as a whole.
   */
  static final int MAX_WORDS = 20_000;

  private static WordDiff coarse(List<Word> before, List<Word> after) {
    int start = 0;
    while (start < before.size() && start < after.size() && Word.sameText(before.get(start), after.get(start))) {
      start++;
    }
    int endBefore = before.size();
    int endAfter = after.size();
    while (endBefore > start && endAfter > start
        && Word.sameText(before.get(endBefore - 1), after.get(endAfter - 1))) {
      endBefore--;
      endAfter--;
    }
    List<Span> removed = endBefore > start
        ? List.of(before.get(start).span().union(before.get(endBefore - 1).span())) : List.of();
    List<Span> added = endAfter > start
        ? List.of(after.get(start).span().union(after.get(endAfter - 1).span())) : List.of();
    return new WordDiff(removed, added);
  }

  public static WordDiff between(String originalText, Span original, String revisedText, Span revised) {
    return between(originalText, List.of(original), revisedText, List.of(revised));
  }

  /**
   * Where the words of {@code span} (in the original when {@code fromOriginal}, else in the revision) stand in the
   * other text: the extent of the words the diff pairs with its unchanged words; empty when none of them is
   * unchanged (a replaced or inserted word has no counterpart of its own).
   */
  public static Optional<Span> counterpart(
      String originalText, List<Span> originalRanges, String revisedText, List<Span> revisedRanges, Span span,
      boolean fromOriginal) {
    List<Word> before = words(originalText, originalRanges);
    List<Word> after = words(revisedText, revisedRanges);
    if (before.size() + after.size() > MAX_WORDS) {
      return Optional.empty();
    }
    // Pairs of equal words: the stretches between the diff's changes.
    int[] pair = new int[before.size()];
    java.util.Arrays.fill(pair, -1);
    int i = 0;
    int j = 0;
    for (AbstractDelta<Word> delta : DiffUtils.diff(before, after, Word::sameText).getDeltas()) {
      while (i < delta.getSource().getPosition()) {
        pair[i++] = j++;
      }
      i += delta.getSource().size();
      j += delta.getTarget().size();
    }
    while (i < before.size() && j < after.size()) {
      pair[i++] = j++;
    }
    Span found = null;
    for (int k = 0; k < before.size(); k++) {
      if (pair[k] < 0) {
        continue;
      }
      Span from = fromOriginal ? before.get(k).span() : after.get(pair[k]).span();
      Span to = fromOriginal ? after.get(pair[k]).span() : before.get(k).span();
      if (span.contains(from)) {
        found = found == null ? to : found.union(to);
      }
    }
    return Optional.ofNullable(found);
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
