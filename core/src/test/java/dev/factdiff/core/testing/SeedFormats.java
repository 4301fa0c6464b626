package dev.factdiff.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A plain-text article (paragraphs apart by blank lines) written as a newsroom would hand it over in other
 * formats: a Word document made by POI, Markdown. A short paragraph without a final stop is the headline when it
 * comes first, else a subheading.
 */
public final class SeedFormats {

  private static final Pattern HEADING = Pattern.compile("[^\\n]{1,120}[^.!?:;,\\s\"”’]['’”]?");

  private SeedFormats() {}

  /** The article's paragraphs, stripped. */
  public static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.strip().split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    return paragraphs;
  }

  static boolean isHeading(String paragraph) {
    return HEADING.matcher(paragraph).matches() && paragraph.split("\\s+").length <= 12;
  }

  /** A Word document: the headline in the Title style, subheadings in Heading 2, the rest in the normal style. */
  public static byte[] docx(String text) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      boolean first = true;
      for (String paragraph : paragraphs(text)) {
        XWPFParagraph p = doc.createParagraph();
        if (first && isHeading(paragraph)) {
          p.setStyle("Title");
        } else if (isHeading(paragraph) && !paragraph.equals("Leave a Comment")) {
          p.setStyle("Heading2");
        }
        p.createRun().setText(paragraph);
        first = false;
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Markdown: the headline as a level-1 heading, subheadings as level-2 headings, and {@code link} (when the text
   * has it) made a link to {@code url}.
   */
  public static String markdown(String text, String link, String url) {
    StringBuilder out = new StringBuilder();
    boolean first = true;
    boolean linked = false;
    for (String paragraph : paragraphs(text)) {
      if (first && isHeading(paragraph)) {
        out.append("# ").append(paragraph);
      } else if (isHeading(paragraph) && !paragraph.equals("Leave a Comment")) {
        out.append("## ").append(paragraph);
      } else if (!linked && paragraph.contains(link)) {
        out.append(paragraph.replaceFirst(Pattern.quote(link), "[" + link + "](" + url + ")"));
        linked = true;
      } else {
        out.append(paragraph);
      }
      out.append("\n\n");
      first = false;
    }
    return out.toString();
  }
}
