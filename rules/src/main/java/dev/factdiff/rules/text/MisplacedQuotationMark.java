package dev.factdiff.rules.text;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Paragraph;
import dev.factdiff.core.model.Quotation;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.SingleVersionRule;
import dev.factdiff.rules.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quotation marks that are reversed, misplaced or unbalanced: “terrorist organizations “.” closes a quotation
 * with an opening mark; a closing mark with no opening one; a quotation never closed.
 */
public final class MisplacedQuotationMark implements SingleVersionRule {

  public static final String ID = "MISPLACED_QUOTATION_MARK";

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.MALFORMED_TEXT,
          Severity.WARNING,
          "A quotation mark is reversed, misplaced or has no partner.",
          List.of(
              Example.flags("The agency called for “the liberation of land held by armed [[groups “.]]"),
              Example.flags("He said the plan was [[”]]unworkable” and left."),
              Example.flags("The minister called the plan unworkable[[”]] and left."),
              Example.flags("The minister called the plan [[“]]unworkable and left."),
              Example.passes("“We will stay,” she said, “until the end.”"),
              Example.passes("The agency called for “the liberation of land held by armed groups”."),
              Example.passes("He called the sanctions “illegitimate.” Officials agreed."),
              Example.passes("“We will stay until the end.\n\n“And we will not leave,” she said."),
              Example.flags("Officials called the plan [[‘]]unworkable and left."),
              Example.passes("The hit of the '90s was about rock 'n' roll.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Article article, Version version, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Paragraph> paragraphs = TextFindings.readableParagraphs(article);
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph paragraph = paragraphs.get(p);
      String text = article.text(paragraph.span());
      String next = p + 1 < paragraphs.size() ? article.text(paragraphs.get(p + 1).span()) : "";
      List<QuotationMarks.BadMark> marks = new ArrayList<>(QuotationMarks.check(text, next));
      for (Quotation quotation : article.quotations()) {
        if (paragraph.span().contains(quotation.span())) {
          parserMark(article, paragraph, quotation)
              .filter(m -> marks.stream().noneMatch(seen -> near(seen, m)))
              .ifPresent(marks::add);
        }
      }
      for (QuotationMarks.BadMark mark : marks) {
        findings.add(finding(article, version, paragraph.span().start(), text, mark));
      }
    }
    return findings;
  }

  /**
   * The bad mark of a quotation the parser found ill formed (it also reads single marks, nesting and marks that
   * run across sentences), in paragraph offsets; empty for a well-formed one.
   */
  private static Optional<QuotationMarks.BadMark> parserMark(Article article, Paragraph paragraph, Quotation q) {
    String text = article.text();
    int base = paragraph.span().start();
    int first = q.span().start();
    int last = q.span().end() - 1;
    if (text.charAt(first) == '\'') {
      return Optional.empty(); // a straight single mark after a space is as often an apostrophe: 's, 'til, '90s
    }
    switch (q.status()) {
      case UNCLOSED:
        return Optional.of(new QuotationMarks.BadMark(first - base, text.charAt(first), QuotationMarks.Problem.UNCLOSED));
      case UNOPENED:
        return Optional.of(new QuotationMarks.BadMark(first - base, text.charAt(first), QuotationMarks.Problem.UNOPENED));
      case MISPLACED:
        if (text.charAt(first) == '”') {
          return Optional.of(
              new QuotationMarks.BadMark(first - base, '”', QuotationMarks.Problem.CLOSING_MARK_OPENS));
        }
        return Optional.of(
            new QuotationMarks.BadMark(last - base, text.charAt(last), QuotationMarks.Problem.OPENING_MARK_CLOSES));
      default:
        return Optional.empty();
    }
  }

  private static boolean near(QuotationMarks.BadMark a, QuotationMarks.BadMark b) {
    return Math.abs(a.offset() - b.offset()) <= 1;
  }

  private Finding finding(Article article, Version version, int base, String text, QuotationMarks.BadMark mark) {
    int at = base + mark.offset();
    String shown = String.valueOf(mark.mark());
    switch (mark.problem()) {
      case OPENING_MARK_CLOSES:
        {
          int wordStart = wordStartBefore(text, mark.offset());
          int end = Math.min(text.length(), mark.offset() + 2);
          String word = text.substring(wordStart, mark.offset()).strip();
          String after = text.substring(mark.offset() + 1, end).strip();
          char closing = mark.mark() == '“' ? '”' : '’';
          return TextFindings.finding(
              INFO,
              article,
              version,
              Span.of(base + wordStart, base + end),
              "The quotation ends with an opening mark " + shown + " after a space; it should end with a closing mark "
                  + closing + " right after the last word.",
              ImmutableMap.of("mark", shown),
              Optional.of(word + closing + after));
        }
      case CLOSING_MARK_OPENS:
        return TextFindings.finding(
            INFO, article, version, Span.of(at, at + 1),
            "A closing quotation mark ” opens a quotation; it should be an opening mark “.",
            ImmutableMap.of("mark", shown), Optional.of("“"));
      case UNOPENED:
        return TextFindings.finding(
            INFO, article, version, Span.of(at, at + 1),
            "This closing quotation mark has no opening mark before it in the paragraph.",
            ImmutableMap.of("mark", shown), Optional.empty());
      default:
        return TextFindings.finding(
            INFO, article, version, Span.of(at, at + 1),
            "This quotation is never closed: the paragraph ends without a closing mark.",
            ImmutableMap.of("mark", shown), Optional.empty());
    }
  }

  private static int wordStartBefore(String text, int offset) {
    int i = offset;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
