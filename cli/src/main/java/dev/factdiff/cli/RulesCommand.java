package dev.factdiff.cli;

import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.catalog.RuleCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factdiff rules}: the catalogue of the built-in rules, as the rules themselves declare it. */
@Command(
    name = "rules",
    description =
        "List the rules: id, category, default severity, options with their defaults and ranges, summary, and one"
            + " example each rule flags and one it passes.",
    mixinStandardHelpOptions = true)
public final class RulesCommand implements Callable<Integer> {

  public enum Format {
    text,
    json,
    /** docs/RULES.md. */
    markdown,
    /** The rules section of a configuration file, as comments: what default-config.yaml ends with. */
    yaml
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json, markdown (docs/RULES.md) or yaml (a configuration's rules section; default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    RuleCatalog catalog = new RuleCatalog(BuiltInRules.all());
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case json -> catalog.json();
          case markdown -> catalog.markdown();
          case yaml -> catalog.configuration();
          case text -> catalog.text();
        });
    out.flush();
    return 0;
  }
}
