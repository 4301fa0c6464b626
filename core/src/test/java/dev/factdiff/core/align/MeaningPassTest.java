package dev.factdiff.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.meaning.Embedding;
import dev.factdiff.core.meaning.Meaning;
import dev.factdiff.core.meaning.MeaningModel;
import dev.factdiff.core.meaning.MeaningUnavailableException;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestMeaning;
import dev.factdiff.core.testing.TestParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the meaning model adds to the alignment, on real parses and the real model. */
class MeaningPassTest {

  /** The shared model, recording every text it is asked to embed. */
  private static final class Recording implements MeaningModel {
    final List<String> asked = Collections.synchronizedList(new ArrayList<>());

    @Override
    public List<Embedding> embed(List<String> texts) {
      asked.addAll(texts);
      return TestMeaning.get().embed(texts);
    }
  }

  private static Article parse(String name, String text) {
    return TestParser.get().parse(name, text);
  }

  @Test
  void freeRenderingsThatShareFewWordsAreLinked() {
    Article original = parse("original", "Rain fell all week. The mayor opened the bridge on Monday.");
    Article revised =
        parse("revised", "Rain fell all week. The bridge was inaugurated by the city's leader at the start of the week.");

    assertEquals(List.of("0>0", "1>-", "->1"), LinkNotation.of(new Aligner().align(original, revised)));
    Alignment alignment = TestMeaning.aligner().align(original, revised);
    assertEquals(List.of("0>0", "1>1"), LinkNotation.of(alignment));
    AlignedPair rendered = alignment.pairs().get(1);
    assertEquals(Meaning.Basis.MODEL, rendered.meaning().basis());
    assertTrue(rendered.meaning().similarity() >= MeaningPass.LINK_THRESHOLD, rendered.meaning().toString());
  }

  @Test
  void aLineThatIsASubheadingInOneVersionAndABodySentenceInTheOtherIsLinkedByMeaning() {
    String before = "The city council met on Tuesday evening to vote on the budget.\n\n";
    String after = "\n\nThe mayor said the work had cost less than planned.";
    Article original = parse("original", before + "The new bridge opens to traffic on Monday" + after);
    Article revised = parse("revised", before + "The newly built bridge will be open to traffic from Monday." + after);
    assertEquals(ParagraphKind.SUBHEADING, original.sentences().get(1).kind());
    assertEquals(ParagraphKind.BODY, revised.sentences().get(1).kind());

    assertEquals(List.of("0>0", "1>-", "->1", "2>2"), LinkNotation.of(new Aligner().align(original, revised)));
    assertEquals(List.of("0>0", "1>1", "2>2"), LinkNotation.of(TestMeaning.aligner().align(original, revised)));
  }

  @Test
  void unrelatedSentencesStayUnlinked() {
    Article original =
        parse(
            "original",
            "Rain fell all week. Thousands of people marched through the capital to demand the release of the journalists.");
    Article revised =
        parse(
            "revised",
            "Rain fell all week. The march drew a few dozen supporters of the government to the capital's main square.");

    assertEquals(List.of("0>0", "1>-", "->1"), LinkNotation.of(TestMeaning.aligner().align(original, revised)));
  }

  @Test
  void onlyRewordedPairsAreEmbeddedAndUnchangedTextNever() {
    Article original =
        parse(
            "original",
            "The mayor opened the bridge on Monday. "
                + "Exports of cars and machine tools rose sharply in the first half of last year. "
                + "Police arrested two men who had set fire to a warehouse near the harbour.");
    Article revised =
        parse(
            "revised",
            "The mayor opened the bridge on Monday. "
                + "Exports of cars and machine tools fell sharply in the first half of last year. "
                + "Two men who had torched a warehouse close to the port were arrested by the police.");
    Recording model = new Recording();

    List<AlignedPair> pairs = new Aligner(model).align(original, revised).pairs();

    assertEquals(
        List.of(Meaning.Basis.SAME_TEXT, Meaning.Basis.CLOSE_WORDING, Meaning.Basis.MODEL),
        pairs.stream().map(p -> p.meaning().basis()).toList());
    assertEquals(1.0, pairs.get(0).meaning().similarity());
    assertEquals(
        List.of(original.sentences().get(2).text(), revised.sentences().get(2).text()), model.asked);
  }

  @Test
  void aFailingModelLeavesTheAlignmentByWordsAndSaysSo() {
    MeaningModel broken =
        texts -> {
          throw new MeaningUnavailableException("no model here", new IllegalStateException());
        };
    Article original = parse("original", "Rain fell all week. The mayor opened the bridge on Monday.");
    Article revised =
        parse("revised", "Rain fell all week. The bridge was inaugurated by the city's leader at the start of the week.");

    Alignment alignment = new Aligner(broken).align(original, revised);

    assertEquals(List.of("0>0", "1>-", "->1"), LinkNotation.of(alignment));
    assertEquals(Meaning.Basis.SAME_TEXT, alignment.pairs().get(0).meaning().basis());
    Article reworded =
        parse("revised", "Two men who had torched a warehouse close to the port were arrested by the police.");
    Alignment failed =
        new Aligner(broken)
            .align(parse("original", "Police arrested two men who had set fire to a warehouse near the harbour."), reworded);
    assertEquals(List.of(Meaning.Basis.UNAVAILABLE), failed.pairs().stream().map(p -> p.meaning().basis()).toList());
  }

  @Test
  void theSeedPairsRewordedSentencesAreMeasured() {
    Alignment alignment = TestMeaning.aligner().align(Seeds.original(), Seeds.revised());

    assertTrue(alignment.matched().stream().anyMatch(p -> p.meaning().basis() == Meaning.Basis.MODEL));
    assertTrue(alignment.matched().stream().noneMatch(p -> p.meaning().basis() == Meaning.Basis.NOT_MEASURED));
  }

  @Test
  void pastItsBoundTheModelIsNotAskedAndTheMeaningIsUnavailable() {
    Article original =
        parse("original", "Police arrested two men who had set fire to a warehouse near the harbour.");
    Article revised = parse("revised", "Two men who had torched a warehouse close to the port were arrested by the police.");
    Recording model = new Recording();

    Alignment alignment = new Aligner(model, new MeaningPass.Bounds(1, MeaningPass.MAX_RUN_CELLS)).align(original, revised);

    assertEquals(List.of(), model.asked, "two texts to embed, one allowed: none is embedded");
    assertEquals(Meaning.Basis.UNAVAILABLE, alignment.pairs().get(0).meaning().basis());
  }

  @Test
  void aStretchOfUnlinkedSentencesPastItsBoundIsNotRelinked() {
    Article original = parse("original", "Rain fell all week. The mayor opened the bridge on Monday.");
    Article revised =
        parse("revised", "Rain fell all week. The bridge was inaugurated by the city's leader at the start of the week.");

    Alignment bounded = new Aligner(TestMeaning.get(), new MeaningPass.Bounds(MeaningPass.MAX_TEXTS, 0)).align(original, revised);

    assertEquals(List.of("0>0", "1>-", "->1"), LinkNotation.of(bounded));
  }
}
