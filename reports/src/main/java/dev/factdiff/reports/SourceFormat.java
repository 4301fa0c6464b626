package dev.factdiff.reports;

import java.util.Locale;

/** How an input was written: offsets always index its text, which for HTML is the extracted text. */
public enum SourceFormat {
  TEXT,
  HTML;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
