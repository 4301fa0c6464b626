package dev.factdiff.core.parse;

import dev.factdiff.core.model.Quotation.Status;
import dev.factdiff.core.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Finds quotations in a paragraph from its marks: curly and straight, double and single, nested, across
 * sentences. Apostrophes ("Europe’s", "leaders’") are told apart from single quotation marks, and marks that
 * are unbalanced or point the wrong way are kept with their status rather than dropped.
 */
final class QuotationScanner {

  /** A quotation found by its marks, before it is attributed. */
  record Found(Span span, Span inner, Status status) {}

  private enum Family {
    DOUBLE,
    SINGLE
  }

  private record Open(int position, Family family, boolean straight, boolean misplaced) {}

  private final String text;
  private final Deque<Open> open = new ArrayDeque<>();
  private final List<Found> found = new ArrayList<>();

  private QuotationScanner(String text) {
    this.text = text;
  }

  /**
   * @param paragraph the paragraph's span in {@code text}
   * @param continuesInNext the next paragraph opens with a quotation mark: a quotation left open at the end of
   *     this one continues there, as news style writes it, and is not unclosed
   */
  static List<Found> scan(String text, Span paragraph, boolean continuesInNext) {
    QuotationScanner scanner = new QuotationScanner(text);
    for (int i = paragraph.start(); i < paragraph.end(); i++) {
      scanner.visit(i, paragraph);
    }
    scanner.closeRemaining(paragraph.end(), continuesInNext);
    scanner.found.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(scanner.found);
  }

  static boolean opensWithQuote(String paragraph) {
    return !paragraph.isEmpty() && "“„«‘\"'".indexOf(paragraph.charAt(0)) >= 0;
  }

  private void visit(int i, Span paragraph) {
    char c = text.charAt(i);
    char before = i > paragraph.start() ? text.charAt(i - 1) : ' ';
    char after = i + 1 < paragraph.end() ? text.charAt(i + 1) : ' ';
    switch (c) {
      case '“':
      case '„':
      case '«':
        if (hasOpen(Family.DOUBLE) && !startsWords(after)) {
          close(i, Family.DOUBLE, true); // an opening mark that ends a quotation: “words “.
        } else {
          open.push(new Open(i, Family.DOUBLE, false, false));
        }
        break;
      case '”':
      case '»':
        if (hasOpen(Family.DOUBLE)) {
          close(i, Family.DOUBLE, false);
        } else if (Character.isWhitespace(before) && startsWords(after)) {
          open.push(new Open(i, Family.DOUBLE, false, true)); // a closing mark used to open
        } else {
          unopened(i);
        }
        break;
      case '"':
        if (open.stream().anyMatch(o -> o.family() == Family.DOUBLE && o.straight())) {
          close(i, Family.DOUBLE, false);
        } else if (opensHere(before) || startsWords(after) && !Character.isLetterOrDigit(before)) {
          open.push(new Open(i, Family.DOUBLE, true, false));
        } else if (hasOpen(Family.DOUBLE)) {
          close(i, Family.DOUBLE, false);
        } else {
          unopened(i);
        }
        break;
      case '‘':
        if (Character.isLetter(before) && Character.isLetter(after)) {
          break; // a mistyped apostrophe
        }
        open.push(new Open(i, Family.SINGLE, false, false));
        break;
      case '’':
      case '\'':
        single(i, c == '\'', before, after);
        break;
      default:
        break;
    }
  }

  private void single(int i, boolean straight, char before, char after) {
    boolean betweenLetters = Character.isLetterOrDigit(before) && Character.isLetter(after);
    if (betweenLetters) {
      return; // an apostrophe: Europe’s, don't
    }
    if (hasOpen(Family.SINGLE) && !Character.isWhitespace(before)) {
      close(i, Family.SINGLE, false);
    } else if (straight && opensHere(before) && startsWords(after)) {
      open.push(new Open(i, Family.SINGLE, true, false));
    }
    // Otherwise an apostrophe: leaders’, ’90s.
  }

  private static boolean opensHere(char before) {
    return Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0 || "“‘\"'".indexOf(before) >= 0;
  }

  private static boolean startsWords(char after) {
    return Character.isLetterOrDigit(after) || "‘“'\"$€£(¿¡…".indexOf(after) >= 0;
  }

  private boolean hasOpen(Family family) {
    return open.stream().anyMatch(o -> o.family() == family);
  }

  private void close(int i, Family family, boolean misplacedClose) {
    Iterator<Open> it = open.iterator();
    while (it.hasNext()) {
      Open o = it.next();
      it.remove();
      if (o.family() == family) {
        boolean misplaced = misplacedClose || o.misplaced();
        found.add(quote(o.position(), i + 1, misplaced ? Status.MISPLACED : Status.BALANCED));
        return;
      }
      found.add(quote(o.position(), i, Status.UNCLOSED)); // opened inside, never closed
    }
  }

  private void unopened(int i) {
    found.add(new Found(new Span(i, i + 1), new Span(i, i), Status.UNOPENED));
  }

  private void closeRemaining(int end, boolean continuesInNext) {
    while (!open.isEmpty()) {
      Open o = open.pop();
      boolean continued = continuesInNext && open.isEmpty() && o.family() == Family.DOUBLE;
      found.add(quote(o.position(), end, continued ? Status.BALANCED : Status.UNCLOSED));
    }
  }

  /** From the opening mark at {@code openAt} to {@code end} (just past the closing mark, if any). */
  private Found quote(int openAt, int end, Status status) {
    boolean closed = status == Status.BALANCED || status == Status.MISPLACED;
    int innerStart = openAt + 1;
    int innerEnd = closed && end > innerStart ? end - 1 : end;
    while (innerStart < innerEnd && Character.isWhitespace(text.charAt(innerStart))) {
      innerStart++;
    }
    while (innerEnd > innerStart && Character.isWhitespace(text.charAt(innerEnd - 1))) {
      innerEnd--;
    }
    return new Found(new Span(openAt, end), new Span(innerStart, innerEnd), status);
  }
}
