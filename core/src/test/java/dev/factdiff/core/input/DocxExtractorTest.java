package dev.factdiff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.testing.SeedFormats;
import dev.factdiff.core.testing.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.junit.jupiter.api.Test;

/** Word documents: what is read (headings, body, captions, tables, accepted changes) and what is not. */
class DocxExtractorTest {

  private static List<String> paragraphs(SourceText source) {
    return source.blocks().stream().map(b -> b.span().of(source.text())).toList();
  }

  private static List<ParagraphKind> kinds(SourceText source) {
    return source.blocks().stream().map(Block::kind).toList();
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
    return p;
  }

  @Test
  void headingsBodyCaptionsAndTablesAreReadInOrder() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraph(doc, "Title", "Council approves bridge");
    paragraph(doc, null, "The council approved the bridge on Monday.");
    paragraph(doc, "Caption", "The old bridge, closed since 2019.");
    paragraph(doc, "Heading1", "What it costs");
    XWPFTable table = doc.createTable(2, 2);
    table.getRow(0).getCell(0).setText("Year");
    table.getRow(0).getCell(1).setText("Cost");
    table.getRow(1).getCell(0).setText("2025");
    table.getRow(1).getCell(1).setText("$4.5 million");
    paragraph(doc, null, "");
    paragraph(doc, null, "Work starts in May.");
    doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Draft: not for publication");
    doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Page 1 of 1");

    SourceText source = ArticleReader.read("story.docx", bytes(doc));

    assertEquals(Format.DOCX, source.format());
    assertEquals(
        List.of("Council approves bridge", "The council approved the bridge on Monday.", "The old bridge, closed since 2019.",
            "What it costs", "Year | Cost", "2025 | $4.5 million", "Work starts in May."),
        paragraphs(source));
    assertEquals(
        List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY, ParagraphKind.CAPTION, ParagraphKind.SUBHEADING,
            ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY),
        kinds(source));
    assertFalse(source.text().contains("Draft"), "headers are not read");
    assertFalse(source.text().contains("Page 1"), "footers are not read");
  }

  @Test
  void trackedChangesAreReadAsAccepted() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraph(doc, "Title", "Council approves bridge");
    XWPFParagraph p = paragraph(doc, null, "The council approved ");
    CTP ctp = p.getCTP();
    CTRunTrackChange deleted = ctp.addNewDel();
    deleted.setId(java.math.BigInteger.ONE);
    deleted.setAuthor("editor");
    deleted.addNewR().addNewDelText().setStringValue("12");
    CTRunTrackChange inserted = ctp.addNewIns();
    inserted.setId(java.math.BigInteger.TWO);
    inserted.setAuthor("editor");
    inserted.addNewR().addNewT().setStringValue("14");
    ctp.addNewR().addNewT().setStringValue(" homes on Monday.");

    SourceText source = ArticleReader.read("story.docx", bytes(doc));

    assertEquals(List.of("Council approves bridge", "The council approved 14 homes on Monday."), paragraphs(source));
  }

  @Test
  void aWordDocumentIsKnownByItsContentNotItsName() {
    byte[] docx = SeedFormats.docx(Seeds.text(Seeds.ORIGINAL));
    assertEquals(Format.DOCX, ArticleReader.read("story.txt", docx).format());
    assertEquals(Format.DOCX, ArticleReader.read("-", docx).format());
  }

  @Test
  void theSeedAsAWordDocumentHasTheParagraphsAndKindsOfTheText() {
    for (String seed : List.of(Seeds.ORIGINAL, Seeds.REVISED)) {
      SourceText text = SourceText.ofPlainText(seed, Seeds.text(seed));
      SourceText docx = ArticleReader.read(seed + ".docx", SeedFormats.docx(Seeds.text(seed)));
      assertEquals(paragraphs(text), paragraphs(docx));
      assertEquals(kinds(text), kinds(docx));
    }
  }

  @Test
  void aWordDocumentThatUnpacksToTooMuchIsRefusedBeforePoiReadsIt() throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    assertTrue(bytes.size() < ArticleReader.MAX_BYTES, "small enough to pass the input limit: " + bytes.size());
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> ArticleReader.read("bomb.docx", bytes.toByteArray()));
    assertEquals("bomb.docx: a zip archive that unpacks to more than 32 MB; no article is that long", e.getMessage());
  }

  @Test
  void aDamagedWordDocumentIsAOneLineError() throws IOException {
    byte[] docx = SeedFormats.docx(Seeds.text(Seeds.ORIGINAL));
    byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> ArticleReader.read("cut.docx", cut));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertEquals(true, e.getMessage().startsWith("cut.docx: "), e.getMessage());
  }
}
