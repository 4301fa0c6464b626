package dev.factdiff.core.input;

import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Extracts an article from a Word document (.docx) with Apache POI: the title or first heading is the headline,
 * further headings are subheadings, paragraphs in the Caption style are captions, a table row is a paragraph of
 * its cells' text; the rest is body text, classified as plain text is. Tracked changes are read as if accepted
 * (inserted text kept, deleted text left out). Comments, headers, footers, footnotes and text boxes are not read.
 * The only class that names POI.
 */
final class DocxExtractor {

  private static final String WORDML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private DocxExtractor() {}

  static SourceText extract(String name, byte[] bytes) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      Builder builder = new Builder(doc);
      for (IBodyElement element : doc.getBodyElements()) {
        builder.add(element);
      }
      if (builder.blocks.isEmpty()) {
        throw new InputException(name + ": the Word document has no readable text");
      }
      return new SourceText(name, builder.text.toString(), builder.finished(), Format.DOCX);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException input) {
        throw input;
      }
      throw new InputException(name + ": not a readable Word document (" + oneLine(e) + ")", e);
    }
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }

  /** Accumulates the text and its blocks in reading order. */
  private static final class Builder {
    private final XWPFDocument doc;
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private boolean headlineSeen;

    Builder(XWPFDocument doc) {
      this.doc = doc;
    }

    void add(IBodyElement element) {
      if (element instanceof XWPFParagraph paragraph) {
        String content = acceptedText(paragraph.getCTP().getDomNode()).strip();
        if (!content.isEmpty()) {
          append(content, kindOf(paragraph, content));
        }
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell cell : row.getTableCells()) {
            String content = cellText(cell);
            if (!content.isEmpty()) {
              cells.add(content);
            }
          }
          if (!cells.isEmpty()) {
            String content = String.join(" | ", cells);
            append(content, BlockClassifier.isBoilerplate(content) ? ParagraphKind.BOILERPLATE : ParagraphKind.BODY);
          }
        }
      } else if (element instanceof XWPFSDT control) {
        String content = control.getContent().getText().strip();
        if (!content.isEmpty()) {
          append(content, BlockClassifier.classify(content, blocks.isEmpty()));
        }
      }
    }

    private String cellText(XWPFTableCell cell) {
      List<String> parts = new ArrayList<>();
      for (IBodyElement element : cell.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          parts.add(acceptedText(paragraph.getCTP().getDomNode()).strip());
        } else if (element instanceof XWPFTable nested) {
          nested.getRows().forEach(r -> r.getTableCells().forEach(c -> parts.add(cellText(c))));
        }
      }
      return String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList()).strip();
    }

    private ParagraphKind kindOf(XWPFParagraph paragraph, String content) {
      String style = styleName(paragraph).orElse("");
      boolean heading = style.equals("title") || style.startsWith("heading") || style.equals("subtitle")
          || hasOutlineLevel(paragraph);
      if (BlockClassifier.isBoilerplate(content)) {
        return ParagraphKind.BOILERPLATE;
      }
      if (style.equals("caption")) {
        return ParagraphKind.CAPTION;
      }
      if (heading) {
        if (!headlineSeen && (style.equals("title") || blocks.isEmpty())) {
          headlineSeen = true;
          return ParagraphKind.HEADLINE;
        }
        return ParagraphKind.SUBHEADING;
      }
      ParagraphKind kind = BlockClassifier.classify(content, blocks.isEmpty());
      headlineSeen |= kind == ParagraphKind.HEADLINE;
      return kind;
    }

    /** The style's name, lower case ("heading 1", "title", "caption"): ids differ between editors and locales. */
    private Optional<String> styleName(XWPFParagraph paragraph) {
      String id = paragraph.getStyleID();
      if (id == null) {
        return Optional.empty();
      }
      XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
      String name = style == null || style.getName() == null ? id : style.getName();
      return Optional.of(name.toLowerCase(Locale.ROOT).replaceAll("(heading)(\\d)", "$1 $2"));
    }

    private static boolean hasOutlineLevel(XWPFParagraph paragraph) {
      var properties = paragraph.getCTP().getPPr();
      return properties != null && properties.isSetOutlineLvl()
          && properties.getOutlineLvl().getVal().intValue() < 9;
    }

    private void append(String paragraph, ParagraphKind kind) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(paragraph);
      blocks.add(new Block(new Span(start, text.length()), kind));
    }

    List<Block> finished() {
      if (blocks.size() == 1 && blocks.get(0).kind().isHeading()) {
        return List.of(new Block(blocks.get(0).span(), ParagraphKind.BODY));
      }
      return blocks;
    }
  }

  /**
   * A paragraph's text as if its tracked changes were accepted: text runs inside insertions are kept, deletions
   * and moved-away text left out; field codes, the fallback copies of compatibility markup and text boxes are
   * skipped (a text box's paragraphs are not the paragraph's own).
   */
  static String acceptedText(Node node) {
    StringBuilder out = new StringBuilder();
    appendAccepted(node, out);
    return out.toString();
  }

  /** The text nodes' characters (XMLBeans' DOM has no {@code getTextContent}). */
  private static void appendCharacters(Element element, StringBuilder out) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(child.getNodeValue());
      }
    }
  }

  private static void appendAccepted(Node node, StringBuilder out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (!(child instanceof Element element)) {
        continue;
      }
      String ns = element.getNamespaceURI();
      String local = element.getLocalName();
      if (MARKUP_COMPATIBILITY.equals(ns) && "Fallback".equals(local)) {
        continue;
      }
      if (!WORDML.equals(ns)) {
        appendAccepted(element, out);
        continue;
      }
      switch (local) {
        case "del", "moveFrom", "txbxContent", "pPr", "rPr", "instrText", "delText", "footnoteReference",
            "endnoteReference", "commentReference" -> { }
        case "t" -> appendCharacters(element, out);
        case "tab" -> out.append('\t');
        case "br", "cr" -> out.append('\n');
        case "noBreakHyphen" -> out.append('-');
        default -> appendAccepted(element, out);
      }
    }
  }
}
