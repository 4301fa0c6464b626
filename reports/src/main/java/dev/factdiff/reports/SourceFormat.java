package dev.factdiff.reports;

import java.util.Locale;

/**
 * How an input was written: offsets always index its text, which for HTML and Word documents is the extracted
 * text, and for Markdown the input with its markup blanked out.
 */
public enum SourceFormat {
  TEXT,
  HTML,
  MARKDOWN,
  DOCX;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
