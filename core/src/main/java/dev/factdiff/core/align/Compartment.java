package dev.factdiff.core.align;

import dev.factdiff.core.model.ParagraphKind;

/** Which sentences may render which: headings render headings, body renders body, boilerplate only boilerplate. */
enum Compartment {
  HEADING,
  BODY,
  BOILERPLATE;

  static Compartment of(ParagraphKind kind) {
    if (kind.isHeading()) {
      return HEADING;
    }
    return kind == ParagraphKind.BOILERPLATE ? BOILERPLATE : BODY;
  }
}
