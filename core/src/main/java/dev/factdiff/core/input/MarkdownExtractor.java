package dev.factdiff.core.input;

import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with commonmark-java. The text is the input itself with every character of markup (heading and
 * list marks, emphasis, link brackets and destinations, images, code fences, HTML) turned into a space, so that
 * offsets index the input as it is and the parser sees only the words: link text stays, URLs and images are not
 * claims. Headings are the headline (the first, or a level-1 heading) and subheadings; paragraphs are body text,
 * classified as plain text is. The only class that names commonmark.
 */
final class MarkdownExtractor {

  private static final Pattern MARKDOWN_SIGNS =
      Pattern.compile("(?m)^#{1,6}[ \\t]+\\S|!?\\[[^\\]\\n]+\\]\\([^)\\s]+\\)");

  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

  private MarkdownExtractor() {}

  /** By name (.md, .markdown), or by content: a heading line ({@code # Title}) or a link ({@code [text](url)}). */
  static boolean isMarkdown(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown") || lower.endsWith(".mkd")) {
      return true;
    }
    if (lower.endsWith(".txt") || lower.endsWith(".text")) {
      return false;
    }
    return MARKDOWN_SIGNS.matcher(text).find();
  }

  static SourceText extract(String name, String input) {
    Node document = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build().parse(input);
    char[] out = new char[input.length()];
    Arrays.fill(out, ' ');
    for (int i = 0; i < out.length; i++) {
      char c = input.charAt(i);
      if (c == '\n' || c == '\r') {
        out[i] = c; // lines stay lines: paragraphs stay apart, and a report's line numbers stay right
      }
    }
    List<Node> leaves = new ArrayList<>();
    collect(document, input, out, leaves);
    String text = new String(out);
    List<Block> blocks = new ArrayList<>();
    boolean headlineSeen = false;
    for (Node leaf : leaves) {
      List<SourceSpan> spans = leaf.getSourceSpans();
      if (spans.isEmpty()) {
        continue;
      }
      int start = spans.get(0).getInputIndex();
      SourceSpan last = spans.get(spans.size() - 1);
      int end = last.getInputIndex() + last.getLength();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (start == end) {
        continue;
      }
      String paragraph = text.substring(start, end);
      ParagraphKind kind;
      if (BlockClassifier.isBoilerplate(paragraph)) {
        kind = ParagraphKind.BOILERPLATE;
      } else if (leaf instanceof Heading heading) {
        kind = !headlineSeen && (blocks.isEmpty() || heading.getLevel() == 1)
            ? ParagraphKind.HEADLINE : ParagraphKind.SUBHEADING;
      } else {
        kind = BlockClassifier.classify(paragraph, blocks.isEmpty());
      }
      headlineSeen |= kind == ParagraphKind.HEADLINE;
      blocks.add(new Block(new Span(start, end), kind));
    }
    if (blocks.isEmpty()) {
      throw new InputException(name + ": the Markdown file has no readable text");
    }
    if (blocks.size() == 1 && blocks.get(0).kind().isHeading()) {
      blocks.set(0, new Block(blocks.get(0).span(), ParagraphKind.BODY));
    }
    return new SourceText(name, text, blocks, Format.MARKDOWN);
  }

  /** Copies the words of {@code node} into {@code out} and lists its paragraphs and headings in order. */
  private static void collect(Node node, String input, char[] out, List<Node> leaves) {
    if (node instanceof Image) {
      return;
    }
    if (node instanceof Heading || node instanceof Paragraph) {
      leaves.add(node);
    }
    if (node instanceof Text text) {
      copy(text.getLiteral(), text.getSourceSpans(), input, out);
    } else if (node instanceof Code code) {
      for (SourceSpan span : code.getSourceSpans()) {
        int at = input.indexOf(code.getLiteral(), span.getInputIndex());
        if (at >= 0 && at + code.getLiteral().length() <= span.getInputIndex() + span.getLength()) {
          input.getChars(at, at + code.getLiteral().length(), out, at);
        }
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, input, out, leaves);
    }
  }

  /**
   * Copies a text node's characters where they stand in the input. Where the literal differs from its source (a
   * backslash escape, an entity), the escape's backslash stays blank and an entity's first character takes the
   * character it stands for.
   */
  private static void copy(String literal, List<SourceSpan> spans, String input, char[] out) {
    int j = 0;
    for (SourceSpan span : spans) {
      int end = span.getInputIndex() + span.getLength();
      for (int i = span.getInputIndex(); i < end && j < literal.length(); i++) {
        char c = input.charAt(i);
        Matcher entity = ENTITY.matcher(input).region(i, end);
        boolean isEntity = c == '&' && entity.lookingAt() && !literal.startsWith(entity.group(), j);
        if (!isEntity && c == literal.charAt(j)) {
          out[i] = c;
          j++;
        } else if (c == '\\' && i + 1 < end && input.charAt(i + 1) == literal.charAt(j)) {
          continue;
        } else {
          if (!isEntity) {
            return; // a difference we cannot place: leave the rest blank rather than misplace it
          }
          int codePoint = literal.codePointAt(j);
          int width = Character.charCount(codePoint);
          if (width > entity.end() - i) {
            return;
          }
          literal.getChars(j, j + width, out, i);
          j += width;
          i = entity.end() - 1;
        }
      }
    }
  }
}
