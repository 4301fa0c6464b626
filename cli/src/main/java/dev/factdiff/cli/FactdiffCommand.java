package dev.factdiff.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code factdiff}: the top command; it only dispatches to its subcommands. */
@Command(
    name = "factdiff",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    description = "Finds where a new version of a news article no longer says what the original said.",
    subcommands = {
      CheckCommand.class,
      BatchCommand.class,
      ParseCommand.class,
      AlignCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      RulesCommand.class
    })
public final class FactdiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.BAD_INPUT;
  }
}
