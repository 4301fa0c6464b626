package dev.factdiff.reports;

import com.google.common.base.Preconditions;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Paragraph;
import dev.factdiff.core.model.Span;
import java.util.List;

/**
 * One input of a check.
 *
 * @param sha256 the SHA-256 of the input's bytes as read, lower-case hex
 * @param text the text every offset indexes (for HTML input, the extracted text)
 * @param paragraphs the paragraphs' spans in {@code text}, in order; the side-by-side view shows them
 * @param encoding the encoding the input's bytes were read in ({@code UTF-8}, {@code windows-1252}...)
 */
public record ReportSource(
    String name, String sha256, SourceFormat format, String text, List<Span> paragraphs, String encoding) {
  public ReportSource {
    Preconditions.checkArgument(sha256.matches("[0-9a-f]{64}"), "not a SHA-256: %s", sha256);
    paragraphs = List.copyOf(paragraphs);
    for (Span p : paragraphs) {
      Preconditions.checkArgument(p.end() <= text.length(), "paragraph %s outside the text of %s", p, name);
    }
  }

  /** An input read as UTF-8. */
  public ReportSource(String name, String sha256, SourceFormat format, String text, List<Span> paragraphs) {
    this(name, sha256, format, text, paragraphs, "UTF-8");
  }

  /** The 1-based line of {@code text} that holds {@code offset}. */
  public long lineOf(int offset) {
    return text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  public static ReportSource of(Article article, String sha256, SourceFormat format) {
    return of(article, sha256, format, "UTF-8");
  }

  public static ReportSource of(Article article, String sha256, SourceFormat format, String encoding) {
    return new ReportSource(
        article.name(), sha256, format, article.text(), article.paragraphs().stream().map(Paragraph::span).toList(),
        encoding);
  }
}
