package dev.factdiff.rules.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads the double quotation marks of one paragraph (and single opening marks) character by character and
 * reports the ones that are of the wrong direction or have no partner. Straight marks take their direction from
 * the spacing around them.
 */
final class QuotationMarks {

  enum Problem {
    /** An opening mark where the quotation closes: after a space, before final punctuation or the end. */
    OPENING_MARK_CLOSES,
    /** A closing mark where a quotation opens: after a space, before a word. */
    CLOSING_MARK_OPENS,
    /** A closing mark with no opening one before it. */
    UNOPENED,
    /** An opening mark with no closing one after it, and the next paragraph does not continue the quotation. */
    UNCLOSED
  }

  /** A bad mark at {@code offset} in the paragraph's text. */
  record BadMark(int offset, char mark, Problem problem) {}

  private QuotationMarks() {}

  /**
   * @param nextParagraph the text of the paragraph that follows, or "" (a quotation that runs on into the next
   *     paragraph leaves this one unclosed and opens the next one again)
   */
  static List<BadMark> check(String paragraph, String nextParagraph) {
    List<BadMark> bad = new ArrayList<>();
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      boolean spaceBefore = i == 0 || Character.isWhitespace(paragraph.charAt(i - 1));
      char next = i + 1 < paragraph.length() ? paragraph.charAt(i + 1) : '\n';
      boolean closesHere = spaceBefore && i > 0 && isFinalPunctuationOrEnd(paragraph, i + 1);
      if (c == '“' || c == '‘') {
        if (closesHere) {
          bad.add(new BadMark(i, c, Problem.OPENING_MARK_CLOSES));
          if (c == '“') {
            open.poll();
          }
        } else if (c == '“') {
          open.push(i);
        }
      } else if (c == '”') {
        if (spaceBefore && Character.isLetterOrDigit(next)) {
          bad.add(new BadMark(i, c, Problem.CLOSING_MARK_OPENS));
          open.push(i);
        } else if (open.poll() == null) {
          bad.add(new BadMark(i, c, Problem.UNOPENED));
        }
      } else if (c == '"') {
        boolean spaceAfter = Character.isWhitespace(next) || isFinalPunctuationOrEnd(paragraph, i + 1);
        if (spaceBefore && !spaceAfter) {
          open.push(i);
        } else if (!spaceBefore && spaceAfter && open.poll() == null) {
          bad.add(new BadMark(i, c, Problem.UNOPENED));
        }
      }
    }
    if (!open.isEmpty() && !opensQuotation(nextParagraph)) {
      open.descendingIterator().forEachRemaining(i -> bad.add(new BadMark(i, paragraph.charAt(i), Problem.UNCLOSED)));
    }
    bad.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return bad;
  }

  private static boolean isFinalPunctuationOrEnd(String text, int from) {
    if (from >= text.length() || text.substring(from).isBlank()) {
      return true;
    }
    char c = text.charAt(from);
    return (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?')
        && (from + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(from + 1)));
  }

  private static boolean opensQuotation(String paragraph) {
    String t = paragraph.stripLeading();
    return t.startsWith("“") || t.startsWith("\"") || t.startsWith("‘");
  }
}
