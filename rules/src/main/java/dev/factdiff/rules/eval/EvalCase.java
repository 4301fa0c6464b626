package dev.factdiff.rules.eval;

import java.util.List;

/** An annotated pair of versions: what must, may and must not be flagged. */
public record EvalCase(
    String id,
    String source,
    String original,
    String revised,
    List<ExpectedItem> must,
    List<ExpectedItem> optional,
    List<ExpectedItem> mustNot) {

  public EvalCase {
    must = List.copyOf(must);
    optional = List.copyOf(optional);
    mustNot = List.copyOf(mustNot);
  }
}
