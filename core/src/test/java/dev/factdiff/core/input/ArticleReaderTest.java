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
        "l.txt: not valid UTF-8 text (convert it to UTF-8 first)",
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
