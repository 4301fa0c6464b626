package dev.factdiff.rules.testing;

import com.google.common.base.Preconditions;
import dev.factdiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Example text with the places a rule must flag marked {@code [[like this]]}: the text without the markers, and
 * the marked spans in it.
 */
public record MarkedText(String text, List<Span> marks) {

  public MarkedText {
    marks = List.copyOf(marks);
  }

  public static MarkedText parse(String marked) {
    StringBuilder text = new StringBuilder();
    List<Span> marks = new ArrayList<>();
    int i = 0;
    int open = -1;
    while (i < marked.length()) {
      if (marked.startsWith("[[", i)) {
        Preconditions.checkArgument(open < 0, "nested [[ in: %s", marked);
        open = text.length();
        i += 2;
      } else if (marked.startsWith("]]", i)) {
        Preconditions.checkArgument(open >= 0, "]] without [[ in: %s", marked);
        marks.add(Span.of(open, text.length()));
        open = -1;
        i += 2;
      } else {
        text.append(marked.charAt(i++));
      }
    }
    Preconditions.checkArgument(open < 0, "unclosed [[ in: %s", marked);
    return new MarkedText(text.toString(), marks);
  }
}
