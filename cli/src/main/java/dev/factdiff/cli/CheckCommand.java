package dev.factdiff.cli;

import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.reports.Tool;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.SpareCore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdiff check ORIGINAL REVISED}: the editorial check of a revision against its original. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    description = {
      "Report where REVISED no longer says what ORIGINAL said: numbers, dates, quotations, names, "
          + "negations, dropped or added claims, broken text.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:a finding at or above --fail-on",
      "2:a usage, input, configuration or baseline error (one line on standard error)",
      "3:an internal error"
    })
final class CheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ORIGINAL", description = "The original article: .txt, .md, .html or .docx; '-' reads standard input.")
  String original;

  @Parameters(index = "1", paramLabel = "REVISED", description = "The revised article, likewise.")
  String revised;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json, html or sarif (SARIF 2.1.0, for CI and code scanning; default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (whole or not at all) instead of standard output.")
  Optional<Path> output;

  @Mixin ReportingOptions reporting = new ReportingOptions();

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Skip the findings this baseline records (written by --write-baseline).")
  Optional<Path> baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record every current finding in FILE, so that later checks with --baseline skip them.")
  Optional<Path> writeBaseline;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never "
          + "(default: ${DEFAULT-VALUE}).")
  ColourChoice colour;

  @Mixin LimitOptions limitOptions = new LimitOptions();

  @Mixin InputOptions inputOptions = new InputOptions();

  @Spec CommandSpec spec;

  private final Supplier<ArticleParser> parsers;

  CheckCommand(Supplier<ArticleParser> parsers) {
    this.parsers = parsers;
  }

  enum ColourChoice {
    auto,
    always,
    never
  }

  @Override
  public Integer call() {
    if (original.equals(Input.STDIN) && revised.equals(Input.STDIN)) {
      throw new UsageException("only one of ORIGINAL and REVISED can be '-' (standard input)");
    }
    // The configuration first: its limits bound reading the articles; the options override them.
    RuleConfiguration configuration = Checkers.configuration(reporting.config);
    Limits limits = limitOptions.limits(configuration.limits());
    List<Path> inputs = new ArrayList<>();
    for (String input : List.of(original, revised)) {
      if (!input.equals(Input.STDIN)) {
        inputs.add(Path.of(input));
      }
    }
    baseline.ifPresent(inputs::add);
    reporting.config.ifPresent(inputs::add);
    output.ifPresent(file -> OutputFiles.requireUsable(file, "--output", inputs, List.of()));
    writeBaseline.ifPresent(file -> OutputFiles.requireUsable(file, "--write-baseline", inputs, output.stream().toList()));
    Tool tool = ToolVersion.tool();
    CheckOptions options =
        new CheckOptions(reporting.failOn, reporting.minSeverity, baseline.map(Baseline::load).orElseGet(Baseline::empty),
            inputOptions.assumeEnglish);
    Input originalInput = Input.read(original, inputOptions.nameOf(original, inputOptions.originalName), System.in,
        limits.maxArticleBytes(), inputOptions.charset());
    Input revisedInput = Input.read(revised, inputOptions.nameOf(revised, inputOptions.revisedName), System.in,
        limits.maxArticleBytes(), inputOptions.charset());
    Inspection.Result result;
    try (SpareCore spare = SpareCore.start()) {
      Inspection inspection = new Inspection(Checkers.create(configuration, parsers.get(), spare), tool, limits);
      result = inspection.run(originalInput, revisedInput, options);
    }
    String rendered = format.render(result.report().inOrder(reporting.order), colourWanted());
    write(rendered, writeBaseline.isPresent() ? Baseline.render(result.allFindings(), tool) : "");
    return result.report().blocked() ? ExitCode.BLOCKED : ExitCode.PASSED;
  }

  /**
   * Writes the report and the baseline, or nothing: every file is opened before any is written, the report goes to
   * standard output before any file is put in place, and a failed standard output is an error, not a lost report.
   */
  private void write(String report, String baselineText) {
    List<Path> files = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> contents = new ArrayList<>();
    output.ifPresent(file -> {
      files.add(file);
      names.add("report");
      contents.add(report);
    });
    writeBaseline.ifPresent(file -> {
      files.add(file);
      names.add("baseline");
      contents.add(baselineText);
    });
    List<OutputFiles.Pending> pending = OutputFiles.prepareAll(files, names);
    try {
      for (int i = 0; i < pending.size(); i++) {
        try {
          pending.get(i).write(contents.get(i));
        } catch (IOException e) {
          throw new UsageException(files.get(i) + ": cannot write the " + names.get(i) + " ("
              + OutputFiles.describe(e) + ")", e);
        }
      }
      if (output.isEmpty()) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(report);
        out.flush();
        if (out.checkError()) {
          throw new UsageException("standard output: cannot write the report (closed, or no space left)");
        }
      }
      for (int i = 0; i < pending.size(); i++) {
        try {
          pending.get(i).commit();
        } catch (IOException e) {
          throw new UsageException(files.get(i) + ": cannot write the " + names.get(i) + " ("
              + OutputFiles.describe(e) + ")", e);
        }
      }
    } finally {
      pending.forEach(OutputFiles.Pending::discard);
    }
  }

  private boolean colourWanted() {
    if (format != ReportFormat.text || output.isPresent() || colour == ColourChoice.never) {
      return false;
    }
    return colour == ColourChoice.always || (System.console() != null && System.getenv("NO_COLOR") == null);
  }
}
