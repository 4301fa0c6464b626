package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.align.WordEdit;
import dev.factdiff.core.meaning.Meaning;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.RuleOption;
import dev.factdiff.rules.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * A sentence reworded freely whose rendering the meaning model finds far from the original: two renderings of one
 * sentence lie close in its space whatever their words, so a distant one says something else (a mistranslation,
 * a rewrite that changed the claim). Only pairs worded differently enough for the model to be asked are read
 * (see the aligner's meaning pass): a one-word edit is the word rules' to judge, and the model cannot tell it.
 */
public final class MeaningDrift implements MatchedPairRule {

  public static final String ID = "MEANING_DRIFT";

  public static final RuleOption<Double> DRIFT_BELOW =
      RuleOption.number(
          "driftBelow",
          0.75,
          0.0,
          1.01,
          "A reworded pair whose meaning similarity (cosine of the two embeddings) is below this is reported.");

  /**
   * Read by the engine's benign-rewording step, declared here because this rule owns the model's thresholds.
   */
  public static final RuleOption<Double> EQUIVALENT_ABOVE =
      RuleOption.number(
          "equivalentAbove",
          0.8,
          0.0,
          1.01,
          "Word-pairing findings (CHANGED_MEANING, NEGATION_FLIP, ADDED_CLAIM) in a pair reworded freely and at least"
              + " this alike in meaning are a translator's choices: they drop to info.");

  /**
   * Both sides need this many words: the embedding of a two-word heading is little more than the embedding of
   * those two words, so two renderings of one heading ("Completing the release" / "Complete liberation") can lie
   * far apart.
   */
  private static final int MIN_WORDS = 5;

  /** At most this many differing words of each side go into the evidence. */
  private static final int SHOWN_WORDS = 8;

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.MEANING_CHANGED,
          Severity.WARNING,
          "A sentence reworded so freely that its meaning drifted: the meaning model finds it far from the original.",
          List.of(
              Example.flags(
                  "[[The minister said the factory would close next year because sales had fallen.]]",
                  "[[According to the minister, the plant will open a new line next year as demand grows.]]"),
              Example.flags(
                  "[[The company's chief executive resigned after the annual accounts showed a large loss.]]",
                  "[[The company's chief executive was praised after the annual accounts showed a record profit.]]"),
              Example.passes(
                  "The council approved the new school budget after a long debate on Tuesday.",
                  "After a lengthy discussion on Tuesday, councillors passed the budget for the new school."),
              Example.passes(
                  "The company's chief executive resigned after the annual accounts showed a large loss.",
                  "The firm's chief executive stepped down after the yearly accounts revealed a heavy loss.")),
          List.of(DRIFT_BELOW, EQUIVALENT_ABOVE));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    Meaning meaning = pair.meaning();
    if (meaning.basis() == Meaning.Basis.UNAVAILABLE) {
      throw new IllegalStateException(
          "the meaning model is unavailable: reworded sentences were judged by their words alone");
    }
    OptionalDouble similarity = meaning.modelSimilarity();
    if (similarity.isEmpty()
        || similarity.getAsDouble() >= context.option(ID, DRIFT_BELOW)
        || words(pair.original()) < MIN_WORDS
        || words(pair.revised()) < MIN_WORDS) {
      return List.of();
    }
    String removed = differing(pair, WordEdit::originalTokens);
    String added = differing(pair, WordEdit::revisedTokens);
    String alike = String.format(Locale.ROOT, "%.2f", similarity.getAsDouble());
    return List.of(
        Findings.of(
            INFO,
            Severity.WARNING,
            "The revision of this sentence is reworded so freely that it no longer reads as the same statement "
                + "(meaning similarity " + alike + "); compare what each says.",
            alignment,
            pair.originalSpan(),
            pair.revisedSpan(),
            ImmutableMap.of(
                "meaning similarity", alike,
                "word similarity", String.format(Locale.ROOT, "%.2f", pair.similarity()),
                "original words", removed,
                "revised words", added)));
  }

  private static long words(List<Sentence> sentences) {
    return sentences.stream().flatMap(s -> s.tokens().stream()).filter(t -> !t.isPunctuation()).count();
  }

  /** The content words of one side that the other side does not have, as the word diff found them. */
  private static String differing(AlignedPair pair, Function<WordEdit, List<Token>> side) {
    Set<String> words = new LinkedHashSet<>();
    for (WordEdit edit : pair.wordEdits()) {
      for (Token token : side.apply(edit)) {
        if (Words.isContent(token) || Character.isUpperCase(token.text().codePointAt(0))) {
          words.add(Words.bare(token.text()));
        }
      }
    }
    words.remove("");
    return String.join(" ", words.stream().limit(SHOWN_WORDS).toList());
  }
}
