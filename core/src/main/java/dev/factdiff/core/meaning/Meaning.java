package dev.factdiff.core.meaning;

import com.google.common.base.Preconditions;
import java.util.OptionalDouble;

/**
 * How alike in meaning the two sides of an aligned pair are, and on what that rests. Only {@link Basis#MODEL}
 * and {@link Basis#SAME_TEXT} carry a similarity; every other basis means "not known", and a reader of it must
 * behave as if there were no meaning model.
 *
 * @param similarity the cosine of the two sides' embeddings (1 for the same text); 0 when not measured
 */
public record Meaning(Basis basis, double similarity) {

  /** On what a pair's meaning similarity rests. */
  public enum Basis {
    /** The model embedded both sides: they are worded differently enough for it to tell something. */
    MODEL,
    /** The same text on both sides: identical, never embedded. */
    SAME_TEXT,
    /** Worded so closely that the model would tell nothing the word rules do not (not embedded). */
    CLOSE_WORDING,
    /** No meaning model was given to the aligner, or the pair has one side only. */
    NOT_MEASURED,
    /** The meaning model failed to load or to run: the pair is judged by the word rules alone. */
    UNAVAILABLE
  }

  private static final Meaning SAME = new Meaning(Basis.SAME_TEXT, 1);
  private static final Meaning CLOSE = new Meaning(Basis.CLOSE_WORDING, 0);
  private static final Meaning NONE = new Meaning(Basis.NOT_MEASURED, 0);
  private static final Meaning FAILED = new Meaning(Basis.UNAVAILABLE, 0);

  public Meaning {
    Preconditions.checkArgument(similarity >= 0 && similarity <= 1, "similarity out of [0, 1]: %s", similarity);
    Preconditions.checkArgument(
        basis == Basis.MODEL || similarity == (basis == Basis.SAME_TEXT ? 1 : 0),
        "a %s meaning carries no measured similarity", basis);
  }

  public static Meaning measured(double similarity) {
    return new Meaning(Basis.MODEL, similarity);
  }

  public static Meaning sameText() {
    return SAME;
  }

  public static Meaning closeWording() {
    return CLOSE;
  }

  public static Meaning notMeasured() {
    return NONE;
  }

  public static Meaning unavailable() {
    return FAILED;
  }

  /** The model's similarity of two differently worded sides; empty for every other basis. */
  public OptionalDouble modelSimilarity() {
    return basis == Basis.MODEL ? OptionalDouble.of(similarity) : OptionalDouble.empty();
  }
}
