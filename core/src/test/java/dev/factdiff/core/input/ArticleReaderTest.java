package dev.factdiff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.ParagraphKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  @TempDir Path dir;

  private static SourceText read(String name, String content) {
    return ArticleReader.read(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> paragraphs(SourceText source) {
    return source.blocks().stream().map(b -> b.span().of(source.text())).toList();
  }

  private static List<ParagraphKind> kinds(SourceText source) {
    return source.blocks().stream().map(Block::kind).toList();
  }

  @Test
  void plainTextParagraphsAndTheirKinds() {
    SourceText source =
        read("a.txt", "Storm hits coast\n\nThe storm hit the coast on Monday.\nIt was strong.\n\n  Aftermath  \n\nMany left.\n\nLeave a comment\n");
    assertEquals(
        List.of("Storm hits coast", "The storm hit the coast on Monday.\nIt was strong.", "Aftermath", "Many left.", "Leave a comment"),
        paragraphs(source));
    assertEquals(
        List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY, ParagraphKind.SUBHEADING, ParagraphKind.BODY, ParagraphKind.BOILERPLATE),
        kinds(source));
    assertEquals(Format.TEXT, source.format());
  }

  @Test
  void aTextOfOneParagraphIsBodyEvenWithoutAFinalStop() {
    // Nothing for it to head: a sentence whose final stop was lost is not a headline.
    assertEquals(List.of(ParagraphKind.BODY), kinds(read("a.txt", "The bus goes to the old town and not to the port\n")));
    assertEquals(
        List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY),
        kinds(read("a.txt", "The bus goes to the old town\n\nIt leaves at noon.")));
  }

  @Test
  void windowsLineEndsKeepOffsetsIntoTheTextAsRead() {
    String text = "Title here\r\n\r\nFirst paragraph.\r\n\r\nSecond one.";
    SourceText source = read("a.txt", text);
    assertEquals(text, source.text());
    assertEquals(List.of("Title here", "First paragraph.", "Second one."), paragraphs(source));
  }

  @Test
  void loneCarriageReturnsSplitParagraphsAsLineFeedsDo() {
    String lf = "Title here\n\nFirst paragraph.\nStill the first.\n\nSecond one.\n";
    String cr = lf.replace('\n', '\r');
    SourceText source = read("mac.txt", cr);
    assertEquals(cr, source.text());
    assertEquals(List.of("Title here", "First paragraph.\rStill the first.", "Second one."), paragraphs(source));
    assertEquals(kinds(read("unix.txt", lf)), kinds(source));
    // One CRLF is one line end, not two: no blank line, one paragraph.
    assertEquals(List.of("One line.\r\nNext line."), paragraphs(read("w.txt", "One line.\r\nNext line.")));
    assertEquals(List.of("One line.", "Next line."), paragraphs(read("w.txt", "One line.\r\n\r\nNext line.")));
  }

  @Test
  void formatsNotReadAreRefusedSayingWhatIsReadAndHowToExport() throws IOException {
    assertMessage("a.pdf: a PDF file; factdiff reads .txt, .md, .html and .docx (export the document it was made from"
        + " as .docx or .html, or copy its text into a .txt file)",
        () -> ArticleReader.read("a.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
    assertMessage("a.rtf: an RTF file; factdiff reads .txt, .md, .html and .docx (save it as .docx or plain text)",
        () -> ArticleReader.read("a.rtf", "{\\rtf1\\ansi The council met.}".getBytes(StandardCharsets.US_ASCII)));
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertMessage("a.doc: a legacy Office file (.doc); factdiff reads .txt, .md, .html and .docx (open it in Word or"
        + " LibreOffice and save it as .docx)", () -> ArticleReader.read("a.doc", ole2));
    assertMessage("a.odt: an OpenDocument text (.odt); factdiff reads .txt, .md, .html and .docx (save it as .docx"
        + " (File > Save As > Word 2007-365) or export it as HTML)",
        () -> ArticleReader.read("a.odt", zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")));
    assertMessage("a.zip: a zip archive, not a document; factdiff reads .txt, .md, .html and .docx (give the .docx,"
        + " .html, .md or .txt file itself)", () -> ArticleReader.read("a.zip", zip("story.txt", "The council met.")));
  }

  private static byte[] zip(String... namesAndContents) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new java.util.zip.ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void htmlIsRecognizedByContentAndExtracted() {
    String html =
        "<!DOCTYPE html><html><head><title>Site</title><style>p{}</style><script>var x = 1;</script></head><body>"
            + "<nav><a href='/'>Home</a></nav><article><h1>Storm hits coast</h1>"
            + "<p>The storm hit the <b>coast</b> on Monday.</p><div class='share-buttons'><p>Share on Facebook</p></div>"
            + "<h2>Aftermath</h2><p>Many left &amp; few returned.</p><p>Leave a Comment</p></article>"
            + "<section id='comments'><p>Great article!</p></section><footer><p>© 2024 News Ltd</p></footer></body></html>";
    SourceText source = read("article.txt", html);
    assertEquals(Format.HTML, source.format());
    assertEquals(
        List.of("Storm hits coast", "The storm hit the coast on Monday.", "Aftermath", "Many left & few returned.", "Leave a Comment"),
        paragraphs(source));
    assertEquals(
        List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY, ParagraphKind.SUBHEADING, ParagraphKind.BODY, ParagraphKind.BOILERPLATE),
        kinds(source));
    assertFalse(source.text().contains("var x"));
  }

  @Test
  void malformedHtmlStillYieldsItsText() {
    SourceText source = read("a.html", "<html><body><p>Unclosed paragraph <b>bold<p>Second</div></span>");
    assertEquals(List.of("Unclosed paragraph bold", "Second"), paragraphs(source));
  }

  @Test
  void htmlWithoutTextIsRefused() {
    InputException e = assertThrows(InputException.class, () -> read("a.html", "<html><body><script>x()</script></body></html>"));
    assertEquals("a.html: the HTML page has no readable text", e.getMessage());
  }

  @Test
  void badInputGetsOneLineErrors() throws IOException {
    assertMessage("e.txt: empty, there is no text to check", () -> read("e.txt", "  \n\n "));
    assertMessage(
        "b.bin: binary data, not text",
        () -> ArticleReader.read("b.bin", new byte[] {'a', 0, 1, 2, 'b'}));
    assertMessage(
        "l.txt: not UTF-8 text, and its encoding cannot be told for sure (name it with --encoding, e.g. --encoding windows-1252)",
        () -> ArticleReader.read("l.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
    Path missing = dir.resolve("missing.txt");
    assertMessage(missing + ": no such file", () -> ArticleReader.read(missing));
    Path huge = dir.resolve("huge.txt");
    Files.write(huge, new byte[ArticleReader.MAX_BYTES + 1]);
    InputException e = assertThrows(InputException.class, () -> ArticleReader.read(huge));
    assertTrue(e.getMessage().startsWith(huge + ": too large"), e.getMessage());
    assertMessage(dir + ": is a directory, not an article file", () -> ArticleReader.read(dir));
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable read) {
    InputException e = assertThrows(InputException.class, read);
    assertEquals(expected, e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }
}
