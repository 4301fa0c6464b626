package dev.factdiff.core.input;

import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts an article from an HTML page: the headline, subheadings, body paragraphs and captions (figure
 * captions, pull quotes, image descriptions), in page order, joined by blank lines. Scripts, styles, navigation,
 * forms, share and comment widgets are dropped.
 */
final class HtmlExtractor {

  /** A pull quote: an aside or quotation the page itself marks as one (class {@code pullquote}, {@code pull-quote}). */
  private static final String PULL_QUOTE = "[class~=(?i)pull-?quote|quote-?pull]";

  private static final String DROPPED =
      "script, style, noscript, template, nav, header nav, footer, aside:not(" + PULL_QUOTE + "), form, button, iframe, svg"
          + ", [aria-hidden=true], [hidden]"
          + ", [class~=(?i)(share|social|comment|related|newsletter|advert|promo|cookie|breadcrumb|byline-share)]"
          + ", [id~=(?i)(share|social|comment|related|newsletter|advert|promo|cookie)]";

  private static final String CAPTIONS = "figcaption, " + PULL_QUOTE + ", img[alt]";

  /** What holds text of its own; an image inside a paragraph does not make the paragraph a container. */
  private static final String TEXT_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, " + PULL_QUOTE;

  private static final String BLOCKS = TEXT_BLOCKS + ", img[alt]";

  /** Fewer words than this in an image's alt text describe nothing ("photo", "logo", "Reuters"). */
  private static final int MIN_ALT_WORDS = 4;

  private HtmlExtractor() {}

  static SourceText extract(String name, String html) {
    Document doc = Jsoup.parse(html);
    doc.select(DROPPED).remove();
    Element root = pickRoot(doc);
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    if (root.select("h1").isEmpty() && !doc.title().isBlank()) {
      append(text, blocks, doc.title(), ParagraphKind.HEADLINE);
    }
    Set<String> captions = new HashSet<>();
    for (Element element : root.select(BLOCKS)) {
      if (element.select(TEXT_BLOCKS).size() > 1) {
        continue; // a block holding other blocks: they are read one by one
      }
      boolean image = element.is("img");
      String paragraph = (image ? element.attr("alt") : element.text()).strip();
      if (paragraph.isEmpty() || image && paragraph.split("\\s+").length < MIN_ALT_WORDS) {
        continue;
      }
      ParagraphKind kind = image ? ParagraphKind.CAPTION : kindOf(element, paragraph, blocks.isEmpty());
      if (kind == ParagraphKind.CAPTION && !captions.add(paragraph)) {
        continue; // an image's alt text often repeats its caption: one claim, read once
      }
      append(text, blocks, paragraph, kind);
    }
    if (blocks.isEmpty()) {
      throw new InputException(name + ": the HTML page has no readable text");
    }
    return new SourceText(name, text.toString(), blocks, Format.HTML);
  }

  private static Element pickRoot(Document doc) {
    Elements article = doc.select("article, main, [role=main]");
    return article.isEmpty() ? doc.body() : article.first();
  }

  private static ParagraphKind kindOf(Element element, String paragraph, boolean first) {
    if (BlockClassifier.isBoilerplate(paragraph)) {
      return ParagraphKind.BOILERPLATE;
    }
    if (element.is(CAPTIONS) || element.parents().is("figure, figcaption, " + PULL_QUOTE)) {
      return ParagraphKind.CAPTION;
    }
    if (element.is("h1")) {
      return ParagraphKind.HEADLINE;
    }
    if (element.is("h2, h3, h4, h5, h6")) {
      return first ? ParagraphKind.HEADLINE : ParagraphKind.SUBHEADING;
    }
    return ParagraphKind.BODY;
  }

  private static void append(StringBuilder text, List<Block> blocks, String paragraph, ParagraphKind kind) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(paragraph);
    blocks.add(new Block(new Span(start, text.length()), kind));
  }
}
