package dev.factdiff.core.bench;

import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.core.testing.Seeds;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints the time to load the parsing pipeline and the median time to parse each seed article once warm.
 * Run: {@code ./mvnw -q -o test-compile -pl core -am && java -cp "$(cat core/target/test-classpath.txt)" ...};
 * see docs/BENCHMARKS.md for the exact command.
 */
public final class ParseBenchmark {

  private ParseBenchmark() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    String original = Seeds.text(Seeds.ORIGINAL);
    String revised = Seeds.text(Seeds.REVISED);

    long loadStart = System.nanoTime();
    ArticleParser parser = ArticleParser.create();
    parser.warmUp();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    for (int i = 0; i < 5; i++) {
      parser.parse("warm-up", original);
      parser.parse("warm-up", revised);
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      parser.parse(Seeds.ORIGINAL, original);
      times[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(times);
    System.out.printf(Locale.ROOT, "factdiff pipeline load: %.2f s%n", loadSeconds);
    System.out.printf(Locale.ROOT, "factdiff parse of one seed article (%d words), warm: median %.1f ms over %d runs (min %.1f, max %.1f)%n",
        original.split("\\s+").length, times[runs / 2], runs, times[0], times[runs - 1]);
    if (args.length > 1 && args[1].equals("--with-default")) {
      compareWithDefaultPipeline(original, runs, loadSeconds, times[runs / 2]);
    }
  }

  /** CoreNLP's default tokenize,ssplit,pos,lemma,ner pipeline on the same text, in the same JVM. */
  private static void compareWithDefaultPipeline(String text, int runs, double ourLoad, double ourParse) {
    long loadStart = System.nanoTime();
    ArticleParser reference = ArticleParser.withCoreNlpDefaults();
    reference.warmUp();
    double load = (System.nanoTime() - loadStart) / 1e9;
    for (int i = 0; i < 5; i++) {
      reference.parse("warm-up", text);
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      reference.parse(Seeds.ORIGINAL, text);
      times[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(times);
    System.out.printf(Locale.ROOT, "CoreNLP default pipeline load: %.2f s; parse warm: median %.1f ms%n", load, times[runs / 2]);
    System.out.printf(Locale.ROOT, "ratio factdiff/default: load %.2f, parse %.2f%n", ourLoad / load, ourParse / times[runs / 2]);
  }
}
