package dev.factdiff.core.align;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the median time to align the seed pair once both are parsed, and the same for articles 10 and 20
 * times longer (the seeds' paragraphs repeated, each copy of each paragraph made distinct by its own dateline
 * number, the same in both versions), with the ratios that show how cost grows with length. Not a test; from
 * the repository root:
 *
 * <pre>
 * ./mvnw -q -o test-compile -pl core -am
 * ./mvnw -q -o dependency:build-classpath -pl core -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -Xmx3g -cp core/target/test-classes:core/target/classes:$(cat core/target/test-classpath.txt) \
 *     dev.factdiff.core.align.AlignmentBenchmark [runs]
 * </pre>
 */
public final class AlignmentBenchmark {

  private AlignmentBenchmark() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    Aligner aligner = new Aligner();
    Article original10 = repeated(Seeds.ORIGINAL, 10);
    Article revised10 = repeated(Seeds.REVISED, 10);
    Article original20 = repeated(Seeds.ORIGINAL, 20);
    Article revised20 = repeated(Seeds.REVISED, 20);
    // Warm the JIT on every size first, so that no measurement pays for compilation.
    for (int i = 0; i < 20; i++) {
      aligner.align(original20, revised20);
      aligner.align(original10, revised10);
      for (int k = 0; k < 20; k++) {
        aligner.align(Seeds.original(), Seeds.revised());
      }
    }
    double seed = measure("seed pair", Seeds.original(), Seeds.revised(), aligner, runs * 10);
    double ten = measure("10x pair", original10, revised10, aligner, runs);
    double twenty = measure("20x pair", original20, revised20, aligner, runs);
    System.out.printf(Locale.ROOT, "ratio 10x/seed: %.1f (sentences x%.1f); 20x/10x: %.2f (sentences x%.1f)%n",
        ten / seed, (double) original10.sentences().size() / Seeds.original().sentences().size(),
        twenty / ten, (double) original20.sentences().size() / original10.sentences().size());
    System.out.println("links, seed pair: " + kinds(aligner.align(Seeds.original(), Seeds.revised())));
    System.out.println("links, 10x pair:  " + kinds(aligner.align(original10, revised10)));
  }

  /**
   * The median time of one alignment, as the thread's CPU time (robust on a loaded machine, and equal to the
   * wall time of this single-threaded work on an idle one); the wall-clock median is printed beside it.
   */
  private static double measure(String label, Article original, Article revised, Aligner aligner, int runs) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpu = new double[runs];
    double[] wall = new double[runs];
    for (int i = 0; i < runs; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      aligner.align(original, revised);
      wall[i] = (System.nanoTime() - wallStart) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    double median = cpu[runs / 2];
    System.out.printf(Locale.ROOT,
        "align %s (%d and %d sentences, %d words), after parsing: median %.2f ms CPU over %d runs (min %.2f, max %.2f); wall median %.2f ms%n",
        label, original.sentences().size(), revised.sentences().size(), original.text().split("\\s+").length,
        median, runs, cpu[0], cpu[runs - 1], wall[runs / 2]);
    return median;
  }

  /**
   * The article's paragraphs {@code copies} times over; each copy of a paragraph opens with its own dateline
   * ("(Dispatch 3.7)") so that no two copies are the same. The headline stays once at the top, the
   * boilerplate once at the end.
   */
  private static Article repeated(String fileName, int copies) {
    List<String> paragraphs = Arrays.asList(Seeds.text(fileName).strip().split("\n\\s*\n"));
    boolean headline = fileName.equals(Seeds.ORIGINAL);
    boolean boilerplate = fileName.equals(Seeds.ORIGINAL);
    List<String> body = paragraphs.subList(headline ? 1 : 0, paragraphs.size() - (boilerplate ? 1 : 0));
    List<String> out = new ArrayList<>();
    if (headline) {
      out.add(paragraphs.get(0));
    }
    for (int copy = 1; copy <= copies; copy++) {
      for (int p = 0; p < body.size(); p++) {
        out.add("(Dispatch " + copy + "." + (p + 1) + ") " + body.get(p));
      }
    }
    if (boilerplate) {
      out.add(paragraphs.get(paragraphs.size() - 1));
    }
    return TestParser.get().parse(copies + "x-" + fileName, String.join("\n\n", out));
  }

  private static Map<LinkKind, Integer> kinds(Alignment alignment) {
    Map<LinkKind, Integer> counts = new EnumMap<>(LinkKind.class);
    alignment.pairs().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
    return counts;
  }
}
