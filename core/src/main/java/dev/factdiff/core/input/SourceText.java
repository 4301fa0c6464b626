package dev.factdiff.core.input;

import java.util.List;

/**
 * An article's text as read, split into paragraph blocks.
 *
 * @param text the text every span indexes into: the file's text for plain input, the extracted text for HTML
 *     and Word documents, the file's text with its markup blanked out for Markdown
 * @param encoding the name of the encoding the bytes were read in ({@code UTF-8}, {@code windows-1252}...)
 */
public record SourceText(String name, String text, List<Block> blocks, Format format, String encoding) {

  public SourceText {
    blocks = List.copyOf(blocks);
  }

  /** Text read as UTF-8. */
  public SourceText(String name, String text, List<Block> blocks, Format format) {
    this(name, text, blocks, format, "UTF-8");
  }

  /** Plain text, paragraphs separated by blank lines. */
  public static SourceText ofPlainText(String name, String text) {
    return new SourceText(name, text, PlainTextBlocks.split(text), Format.TEXT);
  }

  /** The same text, read in {@code encoding}. */
  public SourceText withEncoding(String encoding) {
    return new SourceText(name, text, blocks, format, encoding);
  }

  /** The same text under another name (standard input given a name by {@code --original-name}). */
  public SourceText withName(String name) {
    return new SourceText(name, text, blocks, format, encoding);
  }
}
