package dev.factdiff.core.input;

/** How the input was written. */
public enum Format {
  TEXT,
  HTML,
  /** Markdown: its text is the input with the markup blanked out, so offsets index the input as it is. */
  MARKDOWN,
  /** A Word document (.docx): its text is the paragraphs extracted, joined by blank lines. */
  DOCX
}
