package dev.factdiff.reports;

import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A finding's two excerpts as the reports show them, with only the words that changed marked. The words are
 * compared within the paragraphs that hold the excerpts, not excerpt against excerpt: a finding on one inserted word
 * ("'have' added") has a one-word excerpt in the revision and a whole quotation in the original, and comparing those
 * two would mark the whole quotation removed. Each side is widened to where the other side's words stand in it, so
 * that both show the same stretch of text.
 */
final class Excerpts {
  private Excerpts() {}

  /** One side as shown: its text and the spans (into that text) of the words that changed. */
  record Shown(String text, List<Span> changes) {
    Shown {
      changes = List.copyOf(changes);
    }
  }

  /** Both sides of the finding's first place, when it has both; empty otherwise. */
  static Optional<Shown[]> of(Finding finding, Report report) {
    if (finding.original().isEmpty() || finding.revised().isEmpty()) {
      return Optional.empty();
    }
    Excerpt original = finding.original().get();
    Excerpt revised = finding.revised().get();
    ReportSource from = report.original();
    ReportSource to = report.revised();
    Optional<Span> originalParagraphs = covering(from, original.span());
    Optional<Span> revisedParagraphs = covering(to, revised.span());
    if (originalParagraphs.isEmpty() || revisedParagraphs.isEmpty()
        || !from.text().substring(original.span().start(), original.span().end()).equals(original.text())
        || !to.text().substring(revised.span().start(), revised.span().end()).equals(revised.text())) {
      return Optional.empty();
    }
    List<Span> originalRange = List.of(originalParagraphs.get());
    List<Span> revisedRange = List.of(revisedParagraphs.get());
    WordDiff diff = WordDiff.between(from.text(), originalRange, to.text(), revisedRange);
    Span originalWindow =
        WordDiff.counterpart(from.text(), originalRange, to.text(), revisedRange, revised.span(), false)
            .map(s -> s.union(original.span()))
            .orElse(original.span());
    Span revisedWindow =
        WordDiff.counterpart(from.text(), originalRange, to.text(), revisedRange, original.span(), true)
            .map(s -> s.union(revised.span()))
            .orElse(revised.span());
    return Optional.of(new Shown[] {
      shown(from.text(), originalWindow, diff.originalChanges()), shown(to.text(), revisedWindow, diff.revisedChanges())
    });
  }

  private static Shown shown(String text, Span window, List<Span> changes) {
    List<Span> inside = new ArrayList<>();
    for (Span change : changes) {
      if (change.overlaps(window)) {
        int start = Math.max(change.start(), window.start()) - window.start();
        int end = Math.min(change.end(), window.end()) - window.start();
        if (end > start) {
          inside.add(Span.of(start, end));
        }
      }
    }
    return new Shown(text.substring(window.start(), window.end()), inside);
  }

  /** The stretch from the first to the last paragraph that the span touches. */
  private static Optional<Span> covering(ReportSource source, Span span) {
    Span covering = null;
    for (Span paragraph : source.paragraphs()) {
      if (paragraph.overlaps(span) || paragraph.contains(span)) {
        covering = covering == null ? paragraph : covering.union(paragraph);
      }
    }
    return Optional.ofNullable(covering).filter(c -> c.contains(span));
  }
}
