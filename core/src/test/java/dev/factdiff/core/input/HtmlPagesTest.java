package dev.factdiff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.factdiff.core.model.ParagraphKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three saved pages of common layouts: what is read, of which kind, and what is dropped. Each expected paragraph
 * is written {@code KIND text}.
 */
class HtmlPagesTest {

  private static SourceText page(String name) throws IOException {
    try (InputStream in = HtmlPagesTest.class.getResourceAsStream("pages/" + name)) {
      return ArticleReader.read(name, in.readAllBytes());
    }
  }

  private static List<String> read(SourceText source) {
    List<String> out = new ArrayList<>();
    for (Block block : source.blocks()) {
      out.add(block.kind() + " " + block.span().of(source.text()));
    }
    return out;
  }

  @Test
  void anArticleWithFiguresKeepsCaptionsPullQuotesAndImageDescriptions() throws IOException {
    SourceText source = page("article-with-figures.html");
    assertEquals(
        List.of(
            "HEADLINE River town opens its new bridge",
            "BODY The crossing replaces a span closed for safety reasons three years ago.",
            "CAPTION Cyclists crossing the new steel bridge over the Arden river",
            "CAPTION The bridge opened to traffic on Sunday morning. Photo: Anna Berg",
            "BODY The mayor, Ruth Okafor, cut the ribbon at 9 a.m. in front of about 300 residents.",
            "BODY The bridge cost $4.5 million, of which the state paid two thirds.",
            "CAPTION Chart of the bridge's cost by source of funding",
            "CAPTION “We waited three years for this morning.”",
            "BODY “We waited three years for this morning,” said Okafor, who drove the first car across.",
            "CAPTION The old bridge, built in 1958, was closed in 2021 after an inspection found cracks.",
            "SUBHEADING What comes next",
            "BODY Work on the approach roads will finish in May, the council said."),
        read(source));
    assertFalse(source.text().contains("Share on"), "share widgets are dropped");
    assertFalse(source.text().contains("Related"), "related stories are dropped");
  }

  @Test
  void aLiveBlogKeepsItsPostsAndDropsTheFurniture() throws IOException {
    SourceText source = page("live-blog.html");
    assertEquals(
        List.of(
            "HEADLINE Storm Elin live: power cut to 40,000 homes",
            "SUBHEADING Key points",
            "BODY About 40,000 homes are without power in the north-west.",
            "BODY Two ferry crossings were cancelled on Tuesday.",
            "SUBHEADING Ferries cancelled until Wednesday",
            "BODY The operator said crossings to the islands would resume on Wednesday at the earliest.",
            "BODY Winds of 90 mph were recorded at the coast, the weather service said.",
            "CAPTION Waves breaking over the harbour wall at Port Ellen",
            "CAPTION Waves over the harbour wall at Port Ellen on Tuesday.",
            "BODY Crews will work through the night to restore power.",
            "BODY The grid operator said most homes should be reconnected by Wednesday evening."),
        read(source));
    assertFalse(source.text().contains("cookies"));
    assertFalse(source.text().contains("First!"));
    assertFalse(source.text().contains("live-updates"));
  }

  @Test
  void aWireStoryKeepsItsDatelineAndCreditLine() throws IOException {
    SourceText source = page("wire-story.html");
    assertEquals(
        List.of(
            "HEADLINE Central bank holds rates at 4.25%",
            "BODY FRANKFURT, March 6 (Wire) - The central bank kept its main rate at 4.25% on Thursday, as expected by 41 of 45 economists polled.",
            "BODY Inflation slowed to 2.4% in February from 2.8% in January, official data showed last week.",
            "BODY \"We are not there yet,\" the bank's president told reporters.",
            "BODY (Reporting by Tom Reyes; Editing by Ana Diaz)",
            "BOILERPLATE Copyright 2026 Wire News. All rights reserved."),
        read(source));
    assertEquals(List.of(), source.blocks().stream().filter(b -> b.kind() == ParagraphKind.CAPTION).toList());
  }
}
