package dev.factdiff.reports;

import com.google.common.base.Preconditions;
import java.util.List;

/**
 * One row of the side-by-side view: original paragraphs beside the revised paragraphs that render them (either
 * side may be empty). Indices are positions in {@link ReportSource#paragraphs()}.
 */
public record ParagraphRow(List<Integer> original, List<Integer> revised) {
  public ParagraphRow {
    original = List.copyOf(original);
    revised = List.copyOf(revised);
    Preconditions.checkArgument(!original.isEmpty() || !revised.isEmpty(), "an empty paragraph row");
  }
}
