package dev.factdiff.cli;

import com.google.common.base.Suppliers;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.reports.Report;
import dev.factdiff.reports.Summary;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.engine.SpareCore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdiff batch MANIFEST --output DIR}: checks many pairs with the models loaded once, several at a time,
 * writing each pair's reports and a summary. A pair that cannot be checked is recorded with its error and the batch
 * goes on; a pair whose inputs and settings are those of the reports already in DIR is not checked again.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    description = {
      "Check many pairs: one report per pair in DIR, and DIR/summary.csv and DIR/summary.json.",
      "MANIFEST: CSV lines original,revised[,name] (a header line allowed) or JSON Lines "
          + "{\"original\", \"revised\", \"name\"}; paths relative to the manifest.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every pair checked, none blocked",
      "1:a pair has a finding at or above --fail-on",
      "2:a pair could not be checked (see the summary), or a usage or manifest error",
      "3:an internal error"
    })
final class BatchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MANIFEST", description = "The pairs: .csv or .jsonl.")
  Path manifest;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Where the reports and the summary go (created if missing).")
  Path output;

  @Option(names = "--format", defaultValue = "json", split = ",", paramLabel = "FORMAT",
      description = "Report formats per pair, comma-separated: text, json, html, sarif (default: ${DEFAULT-VALUE}).")
  List<ReportFormat> formats;

  @Mixin ReportingOptions reporting = new ReportingOptions();

  @Option(names = "--threads", paramLabel = "N", description = "Pairs checked at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--force", description = "Check every pair, even those whose reports are up to date.")
  boolean force;

  @Option(names = "--no-progress", description = "No progress on standard error.")
  boolean noProgress;

  @Mixin LimitOptions limitOptions = new LimitOptions();

  @Spec CommandSpec spec;

  private final Supplier<ArticleParser> parsers;

  BatchCommand(Supplier<ArticleParser> parsers) {
    this.parsers = parsers;
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1, not " + threads);
    }
    Limits limits = limitOptions.limits();
    List<BatchManifest.Pair> pairs = BatchManifest.read(manifest);
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new UsageException("--output " + output + ": cannot create the folder (" + OutputFiles.describe(e) + ")", e);
    }
    Tool tool = ToolVersion.tool();
    String settings = settingsHash(tool, limits);
    Map<String, BatchSummary.Row> previous =
        force ? Map.of() : BatchSummary.previous(output.resolve(BatchSummary.NAME + ".json"));
    CheckOptions options = new CheckOptions(reporting.failOn, reporting.minSeverity, Baseline.empty());
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = noProgress ? null : Progress.onStandardError(err, "factdiff batch", "pairs", pairs.size());
    List<BatchSummary.Row> rows = new ArrayList<>();
    try (SpareCore spare = SpareCore.start()) {
      // One parser and one checker for the whole batch: the models load once, and workers share them; not at all
      // when every pair is up to date.
      Supplier<Inspection> inspection =
          Suppliers.memoize(() -> new Inspection(Checkers.create(reporting.config, parsers.get(), spare), tool, limits));
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pairs.size()), task -> {
        Thread thread = new Thread(task, "factdiff-batch");
        thread.setDaemon(true);
        return thread;
      });
      try {
        List<Future<BatchSummary.Row>> futures = new ArrayList<>();
        for (BatchManifest.Pair pair : pairs) {
          futures.add(pool.submit(() -> {
            BatchSummary.Row row = run(pair, inspection, options, limits, settings, previous);
            if (progress != null) {
              progress.step();
            }
            return row;
          }));
        }
        for (Future<BatchSummary.Row> future : futures) {
          rows.add(future.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("the batch was interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("the batch failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
        if (progress != null) {
          progress.close();
        }
      }
    }
    writeSummary(rows, tool);
    long failed = rows.stream().filter(r -> r.status() == BatchSummary.Status.FAILED).count();
    long unchanged = rows.stream().filter(r -> r.status() == BatchSummary.Status.UNCHANGED).count();
    long blocked = rows.stream().filter(BatchSummary.Row::blocked).count();
    PrintWriter out = spec.commandLine().getOut();
    out.println(pairs.size() + " pairs: " + (pairs.size() - failed - unchanged) + " checked, " + unchanged
        + " unchanged (skipped), " + failed + " failed, " + blocked + " blocked; summary in "
        + output.resolve(BatchSummary.NAME + ".csv"));
    for (BatchSummary.Row row : rows) {
      row.error().ifPresent(e -> err.println("factdiff batch: " + row.pair() + ": " + e));
    }
    out.flush();
    err.flush();
    return failed > 0 ? ExitCode.BAD_INPUT : blocked > 0 ? ExitCode.BLOCKED : ExitCode.PASSED;
  }

  /** Checks one pair, or finds its reports up to date; never throws: a failure is the row's error. */
  private BatchSummary.Row run(BatchManifest.Pair pair, Supplier<Inspection> inspection, CheckOptions options, Limits limits,
      String settings, Map<String, BatchSummary.Row> previous) {
    Optional<String> key = Optional.empty();
    try {
      Input original = Input.read(pair.original().toString(), System.in, limits.maxArticleBytes());
      Input revised = Input.read(pair.revised().toString(), System.in, limits.maxArticleBytes());
      key = Optional.of(Hashing.sha256()
          .hashString(settings + "\u0000" + original.sha256() + "\u0000" + revised.sha256(), StandardCharsets.UTF_8)
          .toString());
      List<String> files = formats.stream().distinct().map(f -> pair.name() + "." + f.extension()).toList();
      BatchSummary.Row before = previous.get(pair.name());
      if (before != null && before.key().equals(key) && before.reports().equals(files)
          && files.stream().allMatch(f -> Files.isRegularFile(output.resolve(f)))) {
        return before.unchanged();
      }
      Report report = inspection.get().run(original, revised, options).report().inOrder(reporting.order);
      for (ReportFormat format : formats.stream().distinct().toList()) {
        Path file = output.resolve(pair.name() + "." + format.extension());
        try {
          OutputFiles.writeAtomically(file, format.render(report, false));
        } catch (IOException e) {
          throw new UsageException(file + ": cannot write the report (" + OutputFiles.describe(e) + ")", e);
        }
      }
      Summary summary = report.summary();
      Map<Category, Integer> categories = new EnumMap<>(Category.class);
      categories.putAll(summary.byCategory());
      return new BatchSummary.Row(pair.name(), pair.original().toString(), pair.revised().toString(),
          BatchSummary.Status.CHECKED, report.blocked(), summary.bySeverity(), categories, Optional.empty(), key,
          files);
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      boolean expected = e instanceof UsageException || e instanceof dev.factdiff.core.input.InputException
          || e instanceof dev.factdiff.core.limits.DeadlineExceededException;
      String line = message.lines().findFirst().orElse("").strip();
      return BatchSummary.Row.failed(pair, expected ? line : "internal error: " + e.getClass().getSimpleName()
          + ": " + line, key);
    }
  }

  /** What else decides a pair's reports, besides its two inputs: a change here checks every pair again. */
  private String settingsHash(Tool tool, Limits limits) {
    Hasher hasher = Hashing.sha256().newHasher();
    hasher.putString(tool.name() + " " + tool.version(), StandardCharsets.UTF_8).putByte((byte) 0);
    if (reporting.config.isPresent()) {
      try {
        hasher.putBytes(Files.readAllBytes(reporting.config.get()));
      } catch (IOException e) {
        throw new UsageException(reporting.config.get() + ": cannot read the configuration (" + OutputFiles.describe(e) + ")", e);
      }
    }
    hasher.putByte((byte) 0);
    for (ReportFormat format : new LinkedHashSet<>(formats)) {
      hasher.putString(format.name(), StandardCharsets.UTF_8).putByte((byte) 0);
    }
    hasher.putString(reporting.failOn.id() + "\u0000" + reporting.minSeverity.id() + "\u0000" + reporting.order.id() + "\u0000"
        + limits.maxArticleBytes() + "\u0000" + limits.maxSentenceChars(), StandardCharsets.UTF_8);
    return hasher.hash().toString();
  }

  private void writeSummary(List<BatchSummary.Row> rows, Tool tool) {
    for (String extension : List.of("csv", "json")) {
      Path file = output.resolve(BatchSummary.NAME + "." + extension);
      try {
        OutputFiles.writeAtomically(file, extension.equals("csv") ? BatchSummary.csv(rows) : BatchSummary.json(rows, tool));
      } catch (IOException e) {
        throw new UsageException(file + ": cannot write the summary (" + OutputFiles.describe(e) + ")", e);
      }
    }
  }
}
