package dev.factdiff.core.input;

import java.util.List;

/**
 * An article's text as read, split into paragraph blocks.
 *
 * @param text the text every span indexes into: the file's text for plain input, the extracted text for HTML
 */
public record SourceText(String name, String text, List<Block> blocks, Format format) {

  public SourceText {
    blocks = List.copyOf(blocks);
  }

  /** Plain text, paragraphs separated by blank lines. */
  public static SourceText ofPlainText(String name, String text) {
    return new SourceText(name, text, PlainTextBlocks.split(text), Format.TEXT);
  }
}
