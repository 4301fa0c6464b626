package dev.factdiff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.testing.SeedFormats;
import dev.factdiff.core.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown: headings are headings, markup and URLs vanish, and offsets index the input as it is. */
class MarkdownExtractorTest {

  private static SourceText read(String name, String markdown) {
    return ArticleReader.read(name, markdown.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> paragraphs(SourceText source) {
    return source.blocks().stream().map(b -> b.span().of(source.text()).replaceAll(" {2,}", " ")).toList();
  }

  private static List<ParagraphKind> kinds(SourceText source) {
    return source.blocks().stream().map(Block::kind).toList();
  }

  @Test
  void markupVanishesAndTheWordsStayWhereTheyStand() {
    String markdown = "# Council approves *new* bridge\n\n"
        + "By **Jane Smith**\n\n"
        + "The council [approved](https://example.org/vote?id=12) the \\*bridge\\* &amp; road on Monday.\n\n"
        + "![A crane over the river at dawn](https://example.org/crane.jpg)\n\n"
        + "## What it costs\n\n"
        + "- It costs `$4.5 million`.\n"
        + "- Work starts in May.\n\n"
        + "```\nvar notAClaim = 12;\n```\n\n"
        + "> \"We waited years,\" a resident said.\n";
    SourceText source = read("story.md", markdown);

    assertEquals(Format.MARKDOWN, source.format());
    assertEquals(markdown.length(), source.text().length(), "offsets index the input");
    assertEquals(
        List.of("Council approves new bridge", "By Jane Smith", "The council approved the *bridge * & road on Monday.",
            "What it costs", "It costs $4.5 million .", "Work starts in May.", "\"We waited years,\" a resident said."),
        paragraphs(source));
    assertEquals(
        List.of(ParagraphKind.HEADLINE, ParagraphKind.SUBHEADING, ParagraphKind.BODY, ParagraphKind.SUBHEADING,
            ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY),
        kinds(source));
    assertFalse(source.text().contains("example.org"), "URLs are not claims");
    assertFalse(source.text().contains("crane"), "images are not claims");
    assertFalse(source.text().contains("notAClaim"), "code is not a claim");
    // An escape's backslash is blanked where it stood: "\\*bridge\\*" reads "*bridge *".
    for (int i = 0; i < markdown.length(); i++) {
      char c = source.text().charAt(i);
      assertTrue(c == ' ' || c == markdown.charAt(i) || markdown.startsWith("&amp;", i), "at " + i + ": " + c);
    }
  }

  @Test
  void markdownIsKnownByNameOrBySigns() {
    assertEquals(Format.MARKDOWN, read("a.md", "Plain words here.").format());
    assertEquals(Format.MARKDOWN, read("-", "# Title\n\nWords here.").format());
    assertEquals(Format.MARKDOWN, read("-", "See [the vote](https://example.org).").format());
    assertEquals(Format.TEXT, read("-", "An *emphatic* plain text.").format());
    assertEquals(Format.TEXT, read("a.txt", "# Not a heading in a .txt file").format());
  }

  @Test
  void theSeedAsMarkdownHasTheParagraphsAndKindsOfTheText() {
    for (String seed : List.of(Seeds.ORIGINAL, Seeds.REVISED)) {
      SourceText text = SourceText.ofPlainText(seed, Seeds.text(seed));
      SourceText markdown = read(seed + ".md", SeedFormats.markdown(Seeds.text(seed), "Kremlin", "https://example.org/" + seed));
      assertEquals(paragraphs(text), paragraphs(markdown));
      assertEquals(kinds(text), kinds(markdown));
    }
  }

  @Test
  void loneCarriageReturnsEndLinesInMarkdownToo() {
    SourceText source = read("a.md", "# Title\r\rFirst paragraph.\r\rSecond one.");
    assertEquals(List.of("Title", "First paragraph.", "Second one."), paragraphs(source));
  }
}
