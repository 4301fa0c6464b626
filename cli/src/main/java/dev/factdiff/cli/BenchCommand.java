package dev.factdiff.cli;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.input.ArticleReader;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.meaning.MeaningModel;
import dev.factdiff.core.meaning.MiniLmMeaningModel;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.CheckOutcome;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.engine.RuleEngine;
import dev.factdiff.rules.engine.SpareCore;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code factdiff bench}: cold start, warm latency, batch throughput and growth with length on a pair of articles,
 * beside CoreNLP's default pipeline in the same run (in a JVM of its own, for its heap). Medians of several runs: the
 * machines are shared and noisy.
 */
@Command(
    name = "bench",
    description = "Measure cold start, warm latency, batch throughput and growth with length; compare with"
        + " CoreNLP's default pipeline in the same run.",
    mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--original", defaultValue = "seeds/000_b59a2ea70077a96b.txt", description = "Default: ${DEFAULT-VALUE}.")
  Path originalFile;

  @Option(names = "--revised", defaultValue = "seeds/004_98b11b2a6b525aa4.txt", description = "Default: ${DEFAULT-VALUE}.")
  Path revisedFile;

  @Option(names = "--runs", defaultValue = "15", description = "Timed runs per figure (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--batch", defaultValue = "60", description = "Revisions checked in the batch figure (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--cold-runs", defaultValue = "3", description = "New JVMs started for the cold figure; 0 skips it (default: ${DEFAULT-VALUE}).")
  int coldRuns;

  @Option(names = "--max-warm-up", defaultValue = "180", paramLabel = "SECONDS",
      description = "Warm up until the JIT compiler goes quiet, or this long at most (default: ${DEFAULT-VALUE}).")
  int maxWarmUp;

  /** The JIT compiler counts as quiet when it compiled for less than this share of the last ten seconds. */
  private static final double QUIET_COMPILATION = 0.05;

  @Option(names = "--no-reference", description = "Skip CoreNLP's default pipeline (saves a JVM start and its models' load).")
  boolean noReference;

  /** How the bench runs the reference step in a JVM of its own: the whole check's median is passed in. */
  @Option(names = "--reference-only", hidden = true, paramLabel = "MS",
      description = "Only CoreNLP's default pipeline, against a whole check of MS milliseconds.")
  Double referenceOnly;

  /**
   * Heap for the JVM that runs CoreNLP's default pipeline: its three CRF models, gazetteers and SUTime hold about
   * 820 MB once loaded, more than the launcher's 1 GiB leaves beside factdiff's own models (about 270 MB).
   */
  static final String REFERENCE_HEAP = "-Xmx3g";

  @Option(names = "--server", description = "Measure the HTTP service instead: --requests at --concurrency on a"
      + " loopback port, mixing the seed pair, long articles and slow clients (see docs/BENCHMARKS.md).")
  boolean server;

  @Option(names = "--requests", defaultValue = "400", description = "With --server: requests sent (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--concurrency", defaultValue = "16", description = "With --server: clients at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--server-workers", defaultValue = "2", description = "With --server: the service's workers (default: ${DEFAULT-VALUE}).")
  int serverWorkers;

  @Option(names = "--server-queue", defaultValue = "16", description = "With --server: the service's queue (default: ${DEFAULT-VALUE}).")
  int serverQueue;

  @Spec CommandSpec spec;

  private PrintWriter out;

  @Override
  public Integer call() throws Exception {
    out = spec.commandLine().getOut();
    if (server) {
      return new ServerBench(requests, concurrency, serverWorkers, serverQueue, out).run(originalFile, revisedFile);
    }
    SourceText original = ArticleReader.read(originalFile);
    SourceText revised = ArticleReader.read(revisedFile);
    if (referenceOnly != null) {
      reference(original, revised, referenceOnly);
      out.flush();
      return 0;
    }
    out.printf(Locale.ROOT, "factdiff bench: %s vs %s, %d cores, max heap %d MB%n", originalFile, revisedFile,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    if (coldRuns > 0) {
      cold();
    }

    long loadStart = System.nanoTime();
    ArticleParser parser = ArticleParser.create();
    // No embedding cache: the benchmark's variants differ from each other in one paragraph only, and every
    // figure below should pay for embedding the reworded sentences as new text would.
    MeaningModel meaning = MiniLmMeaningModel.startLoading(0);
    SpareCore spare = SpareCore.start();
    spare.prefetch(WordNetLexicon::get);
    RuleEngine engine = RuleEngine.withBuiltInRules(RuleConfiguration.defaults()).withSpareCore(spare);
    Checker checker = new Checker(parser, new Aligner(meaning)::align, engine);
    CheckOutcome first = checker.check(original, revised);
    out.printf(Locale.ROOT, "in-process first check (models load, the meaning model's beside CoreNLP's): %.2f s%n",
        seconds(loadStart));
    out.printf(Locale.ROOT, "sentences of the revised version found word for word in the original: %d of %d (tagged once)%n",
        shared(first.original(), first.revised()), first.revised().sentences().size());
    warmUp("factdiff", i -> checker.check(variant(original, "warm", i), variant(revised, "warm", i)));

    double bothNew = median(i -> checker.check(variant(original, "new", i), variant(revised, "new", i)));
    out.printf(Locale.ROOT, "warm check, both versions new: median %.1f ms (target <= 250)%n", bothNew);
    meaningCost(meaning, first.original(), first.revised());
    double rulesOnly = median(i -> checker.check(original, revised));
    out.printf(Locale.ROOT, "warm check, both versions parsed before (alignment and rules only): median %.1f ms%n", rulesOnly);
    double originalCached = median(i -> checker.check(original, variant(revised, "cached", i)));
    out.printf(Locale.ROOT, "warm check, original parsed before: median %.1f ms (target <= 150)%n", originalCached);
    out.printf(Locale.ROOT, "batch, one original against %d revisions on %d threads: %.1f pairs/s (target >= 8)%n",
        batch, 2, batch(checker, original, revised));
    if (!noReference) {
      referenceInOwnJvm(bothNew);
    }
    growth(checker, original, revised);
    spare.close();
    out.flush();
    return 0;
  }

  /**
   * Runs until the JIT compiler has gone quiet: on two cores C2 spends most of a JVM's first minute compiling
   * CoreNLP's hot code, on the core the checks would otherwise have (single compilations take up to 9 s, and the
   * compilation time counter moves only when one ends), so figures taken before that measure the compiler too.
   * Quiet: a minute since the JVM started, and less than 5% of the last ten seconds spent compiling.
   */
  private void warmUp(String what, IntConsumer run) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean watched = jit != null && jit.isCompilationTimeMonitoringSupported();
    long start = System.nanoTime();
    long deadline = start + maxWarmUp * 1_000_000_000L;
    long windowStart = start;
    long compiledBefore = watched ? jit.getTotalCompilationTime() : 0;
    boolean quiet = !watched;
    int runs = 0;
    while (runs < 5 || !quiet && System.nanoTime() < deadline) {
      run.accept(runs);
      runs++;
      long now = System.nanoTime();
      if (watched && now - windowStart >= 10_000_000_000L) {
        long compiled = jit.getTotalCompilationTime();
        quiet = (compiled - compiledBefore) * 1_000_000L < QUIET_COMPILATION * (now - windowStart)
            && ManagementFactory.getRuntimeMXBean().getUptime() >= 60_000;
        windowStart = now;
        compiledBefore = compiled;
      }
    }
    out.printf(Locale.ROOT, "%s warm-up: %d runs in %.0f s%s%n", what, runs, seconds(start), !watched ? ""
        : String.format(Locale.ROOT, ", %s (%.0f s of compilation in all)",
            quiet ? "until the JIT compiler went quiet" : "the JIT compiler still busy", jit.getTotalCompilationTime() / 1e3));
  }

  /**
   * What the meaning model adds to a check: the alignment of the parsed pair with the model (nothing cached) against
   * the alignment by words alone, and how many texts it embedded.
   */
  private void meaningCost(MeaningModel meaning, Article original, Article revised) {
    AtomicInteger embedded = new AtomicInteger();
    MeaningModel counted = texts -> {
      embedded.set(texts.size());
      return meaning.embed(texts);
    };
    Aligner withMeaning = new Aligner(counted);
    Aligner byWords = new Aligner();
    double with = median(i -> withMeaning.align(original, revised));
    double without = median(i -> byWords.align(original, revised));
    out.printf(Locale.ROOT,
        "  of which the meaning model: median %.1f ms (target <= 100): %d texts of %d sentences embedded (only reworded"
            + " pairs, in one batch), alignment %.1f ms with it, %.1f ms by words alone%n",
        with - without, embedded.get(), original.sentences().size() + revised.sentences().size(), with, without);
  }

  /** The revised version's sentences that the original has too: the parser tags those once. */
  private static long shared(Article original, Article revised) {
    Set<String> originalSentences = original.sentences().stream().map(Sentence::text).collect(Collectors.toSet());
    return revised.sentences().stream().filter(s -> originalSentences.contains(s.text())).count();
  }

  /** New JVMs running {@code factdiff check} on the pair: wall time and peak resident memory. */
  private void cold() throws IOException, InterruptedException {
    // Through the launcher when it started this bench: its options for a one-shot check are not the bench's.
    String launcher = System.getenv("FACTDIFF_LAUNCHER");
    boolean viaLauncher = launcher != null && Files.isExecutable(Path.of(launcher));
    List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
    List<String> check = List.of("check", originalFile.toString(), revisedFile.toString(), "--format", "json", "--fail-on", "never");
    double[] walls = new double[coldRuns];
    long[] peaks = new long[coldRuns];
    for (int r = 0; r < coldRuns; r++) {
      List<String> command = new ArrayList<>();
      if (viaLauncher) {
        command.add(launcher);
        command.addAll(check);
      } else {
        command.addAll(factdiffCommand(jvmOptions, check.toArray(String[]::new)));
      }
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      // The launcher may run Java as its child rather than replacing itself with it (the check that writes the
      // class-data archive does): the peak of each process of the tree, summed.
      Map<Long, Long> peakByProcess = new HashMap<>();
      while (process.isAlive()) {
        Stream.concat(Stream.of(process.toHandle()), process.descendants())
            .forEach(p -> peakByProcess.merge(p.pid(), residentPeakKb(p.pid()), Math::max));
        Thread.sleep(20);
      }
      walls[r] = seconds(start);
      peaks[r] = peakByProcess.values().stream().mapToLong(Long::longValue).sum();
      if (process.exitValue() != 0) {
        out.printf(Locale.ROOT, "cold run %d exited with %d%n", r + 1, process.exitValue());
      }
    }
    Arrays.sort(walls);
    Arrays.sort(peaks);
    out.printf(Locale.ROOT, "cold check (%s): median %.2f s wall (target <= 5), peak resident %d MB (target <= 1200), over %d runs%n",
        viaLauncher ? launcher + " check, a new JVM with the launcher's options" : "new JVM, JVM options " + jvmOptions,
        walls[coldRuns / 2], peaks[coldRuns / 2] >> 10, coldRuns);
  }

  /** A command line that runs factdiff in a new JVM of this one's Java, with these JVM options. */
  private static List<String> factdiffCommand(List<String> jvmOptions, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(arguments));
    return command;
  }

  /** This JVM's options for the reference's JVM: the same, but heap sizes replaced by {@link #REFERENCE_HEAP}. */
  static List<String> referenceJvmOptions(List<String> jvmOptions) {
    List<String> options = new ArrayList<>();
    for (String option : jvmOptions) {
      if (!option.startsWith("-Xmx") && !option.startsWith("-Xms") && !option.startsWith("-Xmn")) {
        options.add(option);
      }
    }
    options.add(REFERENCE_HEAP);
    return options;
  }

  private static long residentPeakKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // The process ended between two looks, or this is not Linux.
    }
    return 0;
  }

  private double batch(Checker checker, SourceText original, SourceText revised) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < batch; i++) {
        int n = i;
        done.add(pool.submit(() -> checker.check(original, variant(revised, "batch", n))));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return batch / seconds(start);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The reference step in a new JVM with heap enough for CoreNLP's default pipeline, whatever this JVM's heap (with
   * the launcher's 1 GiB it ran out of memory here). Its figures are printed as they come.
   */
  private void referenceInOwnJvm(double wholeCheck) throws IOException, InterruptedException {
    List<String> jvmOptions = referenceJvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments());
    List<String> command = factdiffCommand(jvmOptions, "bench", "--reference-only", Double.toString(wholeCheck),
        "--original", originalFile.toString(), "--revised", revisedFile.toString(), "--runs", Integer.toString(runs));
    out.flush();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader lines = process.inputReader()) {
      lines.lines().forEach(out::println);
    }
    int exit = process.waitFor();
    if (exit != 0) {
      out.printf(Locale.ROOT, "CoreNLP default pipeline: not measured, its JVM (options %s) exited with %d%n", jvmOptions, exit);
    }
  }

  /** CoreNLP's default pipeline parsing the two versions, against the whole check, in this JVM. */
  private void reference(SourceText original, SourceText revised, double wholeCheck) {
    long loadStart = System.nanoTime();
    ArticleParser reference = ArticleParser.withCoreNlpDefaults();
    reference.warmUp();
    double load = seconds(loadStart);
    warmUp("CoreNLP default pipeline", i -> {
      reference.parse(variant(original, "warm", i));
      reference.parse(variant(revised, "warm", i));
    });
    double parseBoth = median(i -> {
      reference.parse(variant(original, "ref", i));
      reference.parse(variant(revised, "ref", i));
    });
    out.printf(Locale.ROOT, "CoreNLP default pipeline (tokenize,ssplit,pos,lemma,ner; own JVM, max heap %d MB): load %.2f s, parse of both versions median %.1f ms%n",
        Runtime.getRuntime().maxMemory() >> 20, load, parseBoth);
    out.printf(Locale.ROOT, "ratio whole check / default pipeline parsing both: %.2f (target < 0.5)%n", wholeCheck / parseBoth);
  }

  /** Time and heap of one check as the articles grow 1x, 4x and 16x. */
  private void growth(Checker checker, SourceText original, SourceText revised) {
    double base = 0;
    for (int factor : new int[] {1, 4, 16}) {
      SourceText longOriginal = repeated(original, factor);
      SourceText longRevised = repeated(revised, factor);
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long before = rt.totalMemory() - rt.freeMemory();
      int n = Math.max(3, runs / factor);
      double[] times = new double[n];
      long peakHeap = 0;
      for (int i = 0; i < n; i++) {
        SourceText a = variant(longOriginal, "grow", i);
        SourceText b = variant(longRevised, "grow", i);
        long t = System.nanoTime();
        checker.check(a, b);
        times[i] = (System.nanoTime() - t) / 1e6;
        peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
      }
      Arrays.sort(times);
      double median = times[n / 2];
      base = factor == 1 ? median : base;
      out.printf(Locale.ROOT, "length %2dx (%6d words): check median %8.1f ms (%.1fx the 1x time), heap in use up to %d MB (%d MB before)%n",
          factor, longOriginal.text().split("\\s+").length, median, median / base, peakHeap >> 20, before >> 20);
    }
  }

  private interface Run {
    void run(int index) throws Exception;
  }

  private double median(Run run) {
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      try {
        run.run(i);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      times[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(times);
    return times[runs / 2];
  }

  /** The same article with one distinct closing paragraph, so no cache can answer for it. */
  private static SourceText variant(SourceText source, String tag, int i) {
    return SourceText.ofPlainText(source.name(), source.text().stripTrailing() + "\n\nBenchmark note " + tag + " " + i + ".\n");
  }

  /**
   * The article's text {@code factor} times over, each copy's paragraphs opened by a label of their own so that no
   * two paragraphs read alike. The label is letters only: a number in it ("Dispatch 2.3") gave every paragraph a
   * sentence with a number, and the 4x check cost 6.7x the 1x one where letters give 4x.
   */
  private static SourceText repeated(SourceText source, int factor) {
    StringBuilder text = new StringBuilder();
    String[] paragraphs = source.text().strip().split("\\n\\s*\\n");
    for (int copy = 0; copy < factor; copy++) {
      for (int p = 0; p < paragraphs.length; p++) {
        text.append(factor > 1 && p > 0 ? "(Edition " + (char) ('A' + copy) + ") " : "").append(paragraphs[p]).append("\n\n");
      }
    }
    return SourceText.ofPlainText(source.name(), text.toString());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
