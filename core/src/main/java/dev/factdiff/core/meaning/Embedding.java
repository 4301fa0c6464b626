package dev.factdiff.core.meaning;

import com.google.common.base.Preconditions;
import java.util.Arrays;

/** A sentence's place in the meaning model's space: a vector of unit length. Immutable. */
public final class Embedding {

  private final float[] vector;

  private Embedding(float[] vector) {
    this.vector = vector;
  }

  /** The embedding along {@code vector}, scaled to unit length (the array is copied). */
  public static Embedding of(float[] vector) {
    Preconditions.checkArgument(vector.length > 0, "an embedding needs at least one dimension");
    double norm = 0;
    for (float x : vector) {
      norm += (double) x * x;
    }
    Preconditions.checkArgument(norm > 0 && Double.isFinite(norm), "an embedding needs a finite, non-zero length");
    float[] unit = new float[vector.length];
    double scale = 1 / Math.sqrt(norm);
    for (int i = 0; i < vector.length; i++) {
      unit[i] = (float) (vector[i] * scale);
    }
    return new Embedding(unit);
  }

  public int dimensions() {
    return vector.length;
  }

  /** The cosine of the two embeddings, clamped to [0, 1]: sentences of opposite direction are simply unalike. */
  public double similarity(Embedding other) {
    Preconditions.checkArgument(
        other.vector.length == vector.length,
        "embeddings of %s and %s dimensions cannot be compared", vector.length, other.vector.length);
    double dot = 0;
    for (int i = 0; i < vector.length; i++) {
      dot += (double) vector[i] * other.vector[i];
    }
    return Math.max(0, Math.min(1, dot));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Embedding e && Arrays.equals(vector, e.vector);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(vector);
  }

  @Override
  public String toString() {
    return "Embedding[" + vector.length + " dimensions]";
  }
}
