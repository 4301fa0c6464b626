package dev.factdiff.cli;

import dev.factdiff.core.input.InputException;
import dev.factdiff.core.limits.DeadlineExceededException;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.rules.config.ConfigurationException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The entry point: runs one command and exits with its code. Whatever goes wrong ends as one line on standard
 * error, never a stack trace: exit 2 for a usage, input, configuration or baseline error, 3 for a bug.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Not System.out: a PrintStream swallows a failed write (a full disk, a closed pipe), and the report with it.
    PrintWriter out = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code;
    try {
      code = run(args, out, err);
    } catch (Throwable e) { // the last line of defence: a bug must still end as one line and a code
      err.println("factdiff: internal error: " + describe(e));
      code = ExitCode.INTERNAL_ERROR;
    }
    out.flush();
    if (out.checkError() && code != ExitCode.INTERNAL_ERROR) {
      err.println("factdiff: cannot write to standard output (closed, or no space left)");
      code = Math.max(code, ExitCode.BAD_INPUT);
    }
    err.flush();
    System.exit(code);
  }

  /** Runs {@code args} as the command line would, writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, ArticleParser::create);
  }

  /** Likewise, with the parser that {@code parsers} gives (tests share one, to load the models once). */
  static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<ArticleParser> parsers) {
    CommandLine commandLine = new CommandLine(new FactdiffCommand(), new CommandFactory(parsers));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler(
        (e, cl, parseResult) -> {
          boolean bug = !isInputError(e);
          cl.getErr().println("factdiff: " + (bug ? "internal error: " + describe(e) : firstLine(e.getMessage())));
          cl.getErr().flush();
          return bug ? ExitCode.INTERNAL_ERROR : ExitCode.BAD_INPUT;
        });
    return commandLine.execute(args);
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String help = cl.getCommandSpec().qualifiedName() + " --help";
    cl.getErr().println("factdiff: " + firstLine(e.getMessage()) + " (see '" + help + "')");
    cl.getErr().flush();
    return ExitCode.BAD_INPUT;
  }

  private static boolean isInputError(Exception e) {
    return e instanceof InputException
        || e instanceof ConfigurationException
        || e instanceof UsageException
        || e instanceof UncheckedIOException
        || e instanceof DeadlineExceededException;
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
  }

  private static String firstLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse("").strip();
  }
}
