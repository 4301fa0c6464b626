package dev.factdiff.core.testing;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.meaning.MeaningModel;
import dev.factdiff.core.meaning.MiniLmMeaningModel;

/** The one meaning model of a test JVM, loaded once (beside CoreNLP's models) and shared by every test. */
public final class TestMeaning {

  private static final MeaningModel MODEL = MiniLmMeaningModel.startLoading();

  private TestMeaning() {}

  public static MeaningModel get() {
    return MODEL;
  }

  /** The standard aligner on the shared model: what {@code Aligner.create()} builds. */
  public static Aligner aligner() {
    return new Aligner(MODEL);
  }
}
