package dev.factdiff.core.model;

/** What a paragraph is on the page; headlines align only with headlines, boilerplate with nothing. */
public enum ParagraphKind {
  HEADLINE,
  SUBHEADING,
  BODY,
  /** A photo caption, image description or pull quote: claims of their own, aligned with body text. */
  CAPTION,
  BOILERPLATE;

  /** Headlines and subheadings: titles that need no main verb. */
  public boolean isHeading() {
    return this == HEADLINE || this == SUBHEADING;
  }
}
