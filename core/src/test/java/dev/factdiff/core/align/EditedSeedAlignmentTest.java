package dev.factdiff.core.align;

import static dev.factdiff.core.align.LinkNotation.inOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each test edits the seed original one way, parses the result and checks every link. The seed original has 30
 * sentences: 0 is the headline, 9 and 17 subheadings, 29 the "Leave a Comment" boilerplate; paragraph 21 holds
 * sentences 21-22 ("In recent weeks..." and "The region is home..."), paragraph 22 sentences 23-25 (the
 * ceasefire, split by a stray period after "last week", and "The agreement put...").
 */
class EditedSeedAlignmentTest {

  private static final String SEED = Seeds.text(Seeds.ORIGINAL);
  private static final String REGION = "The region is home to some four million people, many of them internally displaced by the conflict.";
  private static final String CONGRATULATED = "Putin also congratulated him on winning a fourth term in the May presidential elections.";

  private final Aligner aligner = new Aligner();

  @Test
  void identicalVersionsAlignOneToOneWithFullSimilarity() {
    Alignment alignment = aligner.align(Seeds.original(), Seeds.original());

    assertEquals(inOrder(0, 29, 0), LinkNotation.of(alignment));
    assertTrue(alignment.pairs().stream().allMatch(p -> p.similarity() > 0.99 && p.edits().isEmpty()));
  }

  @Test
  void removedSentenceIsDroppedWhereItStood() {
    Alignment alignment = alignEdited(SEED.replace(" " + REGION, ""));

    assertEquals(concat(inOrder(0, 21, 0), List.of("22>-"), inOrder(23, 29, 22)), LinkNotation.of(alignment));
    assertEquals(LinkKind.DROPPED, alignment.pairs().get(22).kind());
  }

  @Test
  void addedSentenceIsAddedWhereItStands() {
    String added = "The two leaders did not take questions from reporters after the talks.";
    Alignment alignment = alignEdited(SEED.replace(CONGRATULATED, CONGRATULATED + " " + added));

    assertEquals(concat(inOrder(0, 13, 0), List.of("->14"), inOrder(14, 29, 15)), LinkNotation.of(alignment));
    assertEquals(LinkKind.ADDED, alignment.pairs().get(14).kind());
  }

  @Test
  void removedAndUnrelatedAddedSentencesAreNotTakenForAMove() {
    String added = "The two leaders did not take questions from reporters after the talks.";
    String edited = SEED.replace(" " + REGION, "").replace(CONGRATULATED, CONGRATULATED + " " + added);
    Alignment alignment = alignEdited(edited);

    assertEquals(
        concat(inOrder(0, 13, 0), List.of("->14"), inOrder(14, 21, 15), List.of("22>-"), inOrder(23, 29, 23)),
        LinkNotation.of(alignment));
  }

  @Test
  void swappedParagraphsAreLinkedAndTheShorterIsMarkedMoved() {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(SEED.split("\n\n")));
    String recentWeeks = paragraphs.get(21);
    paragraphs.set(21, paragraphs.get(22));
    paragraphs.set(22, recentWeeks);
    Alignment alignment = alignEdited(String.join("\n\n", paragraphs));

    assertEquals(
        concat(inOrder(0, 20, 0), inOrder(23, 25, 21), List.of("21>24 moved", "22>25 moved"), inOrder(26, 29, 26)),
        LinkNotation.of(alignment));
  }

  @Test
  void paragraphMovedFarIsLinkedAndMarkedMoved() {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(SEED.split("\n\n")));
    String moved = paragraphs.remove(2);
    paragraphs.add(paragraphs.size() - 1, moved);
    Alignment alignment = alignEdited(String.join("\n\n", paragraphs));

    assertEquals(concat(inOrder(0, 1, 0), inOrder(3, 28, 2), List.of("2>28 moved", "29>29")), LinkNotation.of(alignment));
  }

  @Test
  void longPassageAddedAtTheTopLeavesTheRestLinked() {
    StringBuilder passage = new StringBuilder();
    for (int k = 1; k <= 20; k++) {
      passage.append("Inspectors logged ").append(k * 13).append(" trucks at checkpoint ").append(k).append(" on the road.");
      passage.append(k % 4 == 0 ? "\n\n" : " ");
    }
    Alignment alignment = alignEdited(passage + SEED);

    List<String> added = java.util.stream.IntStream.range(0, 20).mapToObj(j -> "->" + j).toList();
    assertEquals(concat(added, inOrder(0, 29, 20)), LinkNotation.of(alignment));
  }

  @Test
  void sentenceSplitByStrayPeriodLinksToBothFragments() {
    String split = CONGRATULATED.replace("term in", "term. in");
    Alignment alignment = alignEdited(SEED.replace(CONGRATULATED, split));

    assertEquals(concat(inOrder(0, 12, 0), List.of("13>13+14"), inOrder(14, 29, 15)), LinkNotation.of(alignment));
    assertEquals(LinkKind.ONE_TO_MANY, alignment.pairs().get(13).kind());
  }

  @Test
  void lonePeriodJoinsTheSentenceBeforeIt() {
    Alignment alignment = alignEdited(SEED.replace(CONGRATULATED, CONGRATULATED + " ."));

    assertEquals(".", alignment.revised().sentences().get(14).text());
    assertEquals(concat(inOrder(0, 12, 0), List.of("13>13+14"), inOrder(14, 29, 15)), LinkNotation.of(alignment));
    assertTrue(alignment.pairs().get(13).edits().stream().allMatch(WordEdit::isPunctuationOnly));
  }

  @Test
  void mergedSentencesLinkToTheOneThatJoinsThem() {
    String merged =
        SEED.replace(
            "the last major rebel stronghold in the country. " + REGION,
            "the last major rebel stronghold in the country, a region that is home to some four million people, many"
                + " of them internally displaced by the conflict.");
    Alignment alignment = alignEdited(merged);

    assertEquals(concat(inOrder(0, 20, 0), List.of("21+22>21"), inOrder(23, 29, 22)), LinkNotation.of(alignment));
    assertEquals(LinkKind.MANY_TO_ONE, alignment.pairs().get(21).kind());
  }

  @Test
  void paragraphRewrittenInOtherWordsStaysLinkedSentenceBySentence() {
    String original = SEED.split("\n\n")[21];
    String reworded =
        "Over the past few weeks, Russian jets bombed targets in Idlib, the north-western province that is the"
            + " rebels' last big bastion, according to activists from the Syrian opposition. About four million"
            + " people live in the region, and the fighting has driven many of them from their homes.";
    Alignment alignment = alignEdited(SEED.replace(original, reworded));

    assertEquals(inOrder(0, 29, 0), LinkNotation.of(alignment));
    assertTrue(alignment.pairs().get(21).similarity() < 0.9, "the reworded sentence is not a copy");
  }

  @Test
  void paragraphRewrittenInFewerSentencesLinksTheMergedPieces() {
    String original = SEED.split("\n\n")[22];
    String reworded =
        "Last week a truce negotiated by Moscow took hold, ending the government's siege of Deraa and the heavy"
            + " battles in that southern city. Under the deal, the government regained control of the rebel-held"
            + " parts of the city for the first time since 2013.";
    Alignment alignment = alignEdited(SEED.replace(original, reworded));

    assertEquals(concat(inOrder(0, 22, 0), List.of("23+24>23", "25>24"), inOrder(26, 29, 25)), LinkNotation.of(alignment));
  }

  @Test
  void headlineIsNeverLinkedToBodyTextThatRepeatsIt() {
    String headline = SEED.substring(0, SEED.indexOf("\n\n"));
    String asBody = "Putin and Syria’s al-Assad held talks in Moscow on rebel areas, Syria’s War News reported.";
    Alignment alignment = alignEdited(SEED.replace(headline, asBody));

    assertEquals(concat(List.of("0>-", "->0"), inOrder(1, 29, 1)), LinkNotation.of(alignment));
  }

  @Test
  void rewordedHeadlineLinksToTheHeadline() {
    String headline = SEED.substring(0, SEED.indexOf("\n\n"));
    Alignment alignment =
        alignEdited(SEED.replace(headline, "Assad and Putin meet in Moscow about the last rebel areas | Syria’s War News"));

    assertEquals(inOrder(0, 29, 0), LinkNotation.of(alignment));
  }

  @Test
  void boilerplateIsNeverLinkedToContent() {
    String body = SEED.substring(0, SEED.indexOf("Leave a Comment")).strip();
    String withComment = body + "\n\nLeave a comment about the Syrian refugees, the Kremlin said.";
    Alignment alignment = alignEdited(withComment);

    assertEquals(concat(inOrder(0, 28, 0), List.of("29>-", "->29")), LinkNotation.of(alignment));
  }

  @Test
  void emptyRevisionDropsEverySentenceAndEmptyOriginalAddsEvery() {
    Article empty = TestParser.get().parse("empty.txt", "");

    Alignment dropped = new Aligner().align(Seeds.original(), empty);
    Alignment added = new Aligner().align(empty, Seeds.original());

    assertEquals(
        java.util.stream.IntStream.range(0, 30).mapToObj(i -> i + ">-").toList(), LinkNotation.of(dropped));
    assertEquals(
        java.util.stream.IntStream.range(0, 30).mapToObj(j -> "->" + j).toList(), LinkNotation.of(added));
  }

  private static Alignment alignEdited(String editedText) {
    Article edited = TestParser.get().parse("edited.txt", editedText);
    return new Aligner().align(Seeds.original(), edited);
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return Arrays.stream(parts).flatMap(List::stream).toList();
  }
}
