import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints, for each line {@code id<TAB>label<TAB>original<TAB>revised} of a TSV, the cosine of the two texts under
 * three sentence-embedding models that ship in Maven Central jars (all-MiniLM-L6-v2, BGE-small-en-v1.5 and
 * E5-small-v2, each quantized, in-process on ONNX Runtime), then on stderr the time each took per pair. A tool for
 * docs/QUALITY.md, not part of factdiff.
 */
public final class ModelComparison {
  public static void main(String[] args) throws Exception {
    EmbeddingModel[] models = {
      new AllMiniLmL6V2QuantizedEmbeddingModel(),
      new BgeSmallEnV15QuantizedEmbeddingModel(),
      new E5SmallV2QuantizedEmbeddingModel()
    };
    // E5 was trained with a "query: " prefix on both texts of a symmetric comparison.
    String[] prefixes = {"", "", "query: "};
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    long[] nanos = new long[models.length];
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      String[] fields = line.split("\t", -1);
      out.append(fields[0]).append('\t').append(fields[1]);
      for (int m = 0; m < models.length; m++) {
        long start = System.nanoTime();
        float[] x = models[m].embed(prefixes[m] + fields[2]).content().vector();
        float[] y = models[m].embed(prefixes[m] + fields[3]).content().vector();
        nanos[m] += System.nanoTime() - start;
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
          dot += x[i] * y[i];
          nx += x[i] * x[i];
          ny += y[i] * y[i];
        }
        out.append('\t').append(String.format(Locale.ROOT, "%.4f", dot / Math.sqrt(nx * ny)));
      }
      out.append('\n');
    }
    Files.writeString(Path.of(args[1]), out);
    System.err.printf(
        Locale.ROOT,
        "ms per pair: MiniLM %.1f, BGE %.1f, E5 %.1f%n",
        nanos[0] / 1e6 / lines.size(),
        nanos[1] / 1e6 / lines.size(),
        nanos[2] / 1e6 / lines.size());
  }
}
