package dev.factdiff.core.bench;

import dev.factdiff.core.input.ArticleReader;
import dev.factdiff.core.input.LanguageDetection;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.core.testing.SeedFormats;
import dev.factdiff.core.testing.Seeds;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints, for the original seed article as UTF-8 text, Windows-1252 text, Markdown and a Word document, the median
 * time to read it (bytes to paragraphs) and to read and parse it, once warm, the formats taken in turn within each
 * round so that they share the machine's moods; and the language check's time on it. See docs/BENCHMARKS.md.
 */
public final class InputBenchmark {

  private InputBenchmark() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    String text = Seeds.text(Seeds.ORIGINAL);
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("seed.txt", text.getBytes(StandardCharsets.UTF_8));
    inputs.put("seed-1252.txt", text.getBytes(Charset.forName("windows-1252")));
    inputs.put("seed.md", SeedFormats.markdown(text, "Kremlin", "https://example.org/k").getBytes(StandardCharsets.UTF_8));
    inputs.put("seed.docx", SeedFormats.docx(text));

    ArticleParser parser = ArticleParser.create();
    parser.warmUp();
    for (int i = 0; i < 10; i++) {
      for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
        parser.parse(ArticleReader.read(input.getKey(), input.getValue()));
      }
    }
    Map<String, double[]> read = new LinkedHashMap<>();
    Map<String, double[]> parsed = new LinkedHashMap<>();
    inputs.keySet().forEach(k -> {
      read.put(k, new double[runs]);
      parsed.put(k, new double[runs]);
    });
    for (int i = 0; i < runs; i++) {
      for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
        long t0 = System.nanoTime();
        SourceText source = ArticleReader.read(input.getKey(), input.getValue());
        long t1 = System.nanoTime();
        parser.parse(source); // the parser keeps no cache: every parse is a whole parse
        long t2 = System.nanoTime();
        read.get(input.getKey())[i] = (t1 - t0) / 1e6;
        parsed.get(input.getKey())[i] = (t2 - t0) / 1e6;
      }
    }
    double textParse = median(parsed.get("seed.txt"));
    for (String name : inputs.keySet()) {
      System.out.printf(Locale.ROOT, "%-14s %7d bytes  read: median %6.2f ms   read+parse: median %6.1f ms (%.2fx the text)%n",
          name, inputs.get(name).length, median(read.get(name)), median(parsed.get(name)),
          median(parsed.get(name)) / textParse);
    }
    LanguageDetection languages = LanguageDetection.create();
    double[] detect = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      languages.otherThanEnglish(text);
      detect[i] = (System.nanoTime() - t) / 1e6;
    }
    System.out.printf(Locale.ROOT, "language check of the seed (English): median %.3f ms over %d runs%n", median(detect), runs);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
