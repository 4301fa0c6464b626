package dev.factdiff.core.model;

/** A named entity as written in the text. */
public record Mention(Span span, String text, Type type) {

  public enum Type {
    PERSON,
    LOCATION,
    ORGANIZATION,
    MISC
  }
}
