package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Quotation;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.TimeExpression;
import dev.factdiff.core.testing.Seeds;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed pair, parsed for real: structure, normalized numbers and dates, and the original's quotations. */
class SeedParseTest {

  private final Article original = Seeds.original();
  private final Article revised = Seeds.revised();

  @Test
  void paragraphAndSentenceCounts() {
    assertEquals(26, original.paragraphs().size());
    assertEquals(30, original.sentences().size());
    assertEquals(24, revised.paragraphs().size());
    assertEquals(30, revised.sentences().size());
  }

  @Test
  void paragraphKinds() {
    assertEquals(ParagraphKind.HEADLINE, original.paragraphs().get(0).kind());
    assertEquals(ParagraphKind.BOILERPLATE, original.paragraphs().get(25).kind());
    assertEquals("Leave a Comment", original.text(original.paragraphs().get(25).span()));
    assertEquals(ParagraphKind.BODY, revised.paragraphs().get(0).kind(), "the revision has no headline");
  }

  @Test
  void subheadingsAreSentencesOfTheirOwn() {
    assertEquals(
        List.of("‘Control 90 percent of the territory’", "‘Completing the release’"), subheadings(original));
    assertEquals(List.of("“Control 90% of the territory”", "“Complete liberation”"), subheadings(revised));
  }

  private static List<String> subheadings(Article article) {
    return article.sentences().stream()
        .filter(s -> s.kind() == ParagraphKind.SUBHEADING)
        .map(Sentence::text)
        .toList();
  }

  @Test
  void ninetyPercentAndNinetyPercentSignAreTheSameQuantity() {
    Quantity words = quantity(original, "90 percent");
    Quantity sign = quantity(revised, "90%");
    assertEquals(Quantity.Unit.PERCENT, words.unit());
    assertEquals(0, new BigDecimal(90).compareTo(words.value()));
    assertTrue(words.sameAmount(sign));
    assertEquals(words.qualifier(), sign.qualifier());
  }

  @Test
  void someAndAroundFourMillionAreTheSameApproximateQuantity() {
    Quantity some = quantity(original, "four million");
    Quantity around = quantity(revised, "four million");
    assertEquals(0, new BigDecimal(4_000_000).compareTo(some.value()));
    assertTrue(some.approximate(), "some four million");
    assertTrue(around.approximate(), "around four million");
    assertTrue(some.sameAmount(around));
    assertEquals(Quantity.Unit.COUNT, some.unit());
  }

  @Test
  void twentyThreeMillionIsNormalized() {
    Quantity q = quantity(original, "23 million");
    assertEquals(0, new BigDecimal(23_000_000).compareTo(q.value()));
    assertEquals(Quantity.Qualifier.EXACT, q.qualifier());
  }

  @Test
  void datesAreNormalized() {
    assertEquals("2018", time(original, "2018").value());
    assertEquals("2015", time(original, "2015").value());
    assertEquals("2011-03", time(original, "March 2011").value());
    assertEquals("2013", time(original, "2013").value());
    assertTrue(!time(original, "2013").relative());
  }

  @Test
  void lastWeekStaysRelative() {
    TimeExpression lastWeek = time(original, "last week");
    assertTrue(lastWeek.relative());
    assertEquals(TimeExpression.Type.DATE, lastWeek.type());
  }

  @Test
  void theOriginalsTwelveQuotations() {
    List<String> words = original.quotations().stream().map(Quotation::words).toList();
    assertEquals(
        List.of(
            "foreign forces",
            "The main problem, in my opinion, is that foreign armed forces remain in certain regions of the country"
                + " without the approval of the United Nations and without its permission,",
            "fight against terrorism",
            "Control 90 percent of the territory",
            "I am happy to meet you in Moscow, six years after our joint operations to combat terrorism,",
            "The terrorists suffered very serious damage and the Syrian government, led by you, controls 90 percent"
                + " of the territories,",
            "spread of terrorism.",
            "liberation of the occupied territories",
            "Completing the release",
            "anti-human",
            "illegitimate.",
            "combat terrorism and complete the liberation of land that is still under the control of terrorist"
                + " organizations."),
        words);
    for (Quotation q : original.quotations()) {
      String marked = original.text(q.span());
      assertEquals(q.words(), original.text(q.inner()));
      assertEquals(marked.substring(1, marked.length() - 1).strip(), q.words(), "marks around " + q.words());
      assertEquals(Quotation.Status.BALANCED, q.status(), q.words());
    }
  }

  @Test
  void quotationSpansAreExact() {
    List<Span> spans = original.quotations().stream().map(Quotation::span).toList();
    String text = original.text();
    assertEquals(text.indexOf("‘foreign forces’"), spans.get(0).start());
    assertEquals(text.indexOf("‘foreign forces’") + "‘foreign forces’".length(), spans.get(0).end());
    String sana = "“combat terrorism and complete the liberation of land that is still under the control of terrorist"
        + " organizations.”";
    assertEquals(new Span(text.indexOf(sana), text.indexOf(sana) + sana.length()), spans.get(11));
  }

  @Test
  void quotationsAreAttributedToTheirSpeakers() {
    assertEquals("Putin", speaker(original, "The main problem"));
    assertEquals("al-Assad", speaker(original, "I am happy"));
    assertEquals("Putin", speaker(original, "The terrorists suffered"));
    assertEquals("SANA", speaker(original, "combat terrorism and complete"));
    assertEquals("", speaker(original, "Control 90 percent"), "a subheading has no speaker");
  }

  private static String speaker(Article article, String quoteStart) {
    return article.quotations().stream()
        .filter(q -> q.words().startsWith(quoteStart))
        .findFirst()
        .orElseThrow()
        .speaker()
        .map(Quotation.Speaker::name)
        .orElse("");
  }

  @Test
  void theMisplacedMarkInTheRevisionIsRecorded() {
    Quotation sana =
        revised.quotations().stream().filter(q -> q.words().startsWith("the fight against terrorism and")).findFirst().orElseThrow();
    assertEquals(Quotation.Status.MISPLACED, sana.status());
    assertTrue(revised.text(sana.span()).endsWith("terrorist organizations “"));
  }

  @Test
  void pronounsCarryTheirFeatures() {
    var its = original.sentences().get(4).claim().pronouns().stream().filter(p -> p.text().equals("its")).findFirst().orElseThrow();
    var your = revised.sentences().get(3).claim().pronouns().stream().filter(p -> p.text().equals("your")).findFirst().orElseThrow();
    assertTrue(its.possessive() && your.possessive());
    assertTrue(its.differsFrom(your));
    assertTrue(original.sentences().stream().flatMap(s -> s.claim().mentions().stream()).noneMatch(m -> m.text().equalsIgnoreCase("his")),
        "pronouns are not named entities");
  }

  @Test
  void everySpanCoversItsText() {
    for (Article article : List.of(original, revised)) {
      String text = article.text();
      article.paragraphs().forEach(p -> assertTrue(p.span().end() <= text.length()));
      for (Sentence s : article.sentences()) {
        assertEquals(s.text(), s.span().of(text));
        s.tokens().forEach(t -> assertEquals(t.text(), t.span().of(text)));
        s.claim().quantities().forEach(q -> assertEquals(q.text(), q.span().of(text)));
        s.claim().times().forEach(t -> assertEquals(t.text(), t.span().of(text)));
        s.claim().mentions().forEach(m -> assertEquals(m.text(), m.span().of(text)));
        s.claim().pronouns().forEach(p -> assertEquals(p.text(), p.span().of(text)));
        s.claim().negations().forEach(n -> assertEquals(n.cue(), n.span().of(text).toLowerCase().replace('’', '\'')));
        for (Quotation q : s.claim().quotations()) {
          assertEquals(q.words(), q.inner().of(text));
          assertTrue(q.span().contains(q.inner()));
          q.speaker().ifPresent(sp -> assertEquals(sp.name(), sp.span().of(text)));
        }
        assertTrue(article.paragraphs().get(s.paragraphIndex()).span().contains(s.span()), s.text());
      }
    }
  }

  private static Quantity quantity(Article article, String text) {
    return article.sentences().stream()
        .flatMap(s -> s.claim().quantities().stream())
        .filter(q -> q.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quantity '" + text + "' in " + all(article)));
  }

  private static TimeExpression time(Article article, String text) {
    return article.sentences().stream()
        .flatMap(s -> s.claim().times().stream())
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time '" + text + "'"));
  }

  private static String all(Article article) {
    return article.sentences().stream()
        .flatMap(s -> s.claim().quantities().stream())
        .map(Quantity::text)
        .collect(Collectors.joining(", "));
  }
}
