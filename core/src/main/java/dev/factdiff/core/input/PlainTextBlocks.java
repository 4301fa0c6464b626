package dev.factdiff.core.input;

import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits plain text into paragraphs at blank lines, trimming each to its visible text, and tells what each is. */
final class PlainTextBlocks {

  /**
   * A blank line, whatever ends the lines: LF, CRLF or a lone CR (old Mac files). The atomic group keeps one CRLF
   * from counting as two line ends.
   */
  private static final Pattern BLANK_LINES = Pattern.compile("(?>\\r\\n|[\\n\\r])[ \\t\\x0B\\f]*(?>\\r\\n|[\\n\\r])\\s*");

  private PlainTextBlocks() {}

  static List<Block> split(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    Matcher m = BLANK_LINES.matcher(text);
    while (m.find()) {
      add(text, start, m.start(), blocks);
      start = m.end();
    }
    add(text, start, text.length(), blocks);
    if (blocks.size() == 1 && blocks.get(0).kind().isHeading()) {
      // A text of one paragraph has nothing for it to head: a sentence whose final stop was lost is still body.
      blocks.set(0, new Block(blocks.get(0).span(), ParagraphKind.BODY));
    }
    return blocks;
  }

  private static void add(String text, int start, int end, List<Block> blocks) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      String paragraph = text.substring(start, end);
      blocks.add(new Block(new Span(start, end), BlockClassifier.classify(paragraph, blocks.isEmpty())));
    }
  }
}
