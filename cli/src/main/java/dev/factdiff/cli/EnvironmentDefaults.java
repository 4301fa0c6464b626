package dev.factdiff.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults from the environment for {@code factdiff serve}: option {@code --max-article-bytes} reads
 * {@code FACTDIFF_MAX_ARTICLE_BYTES}, and so on for every option, so that a container or a systemd unit configures
 * the service without a command line. A flag given wins over the variable, the variable over the built-in default.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {
  static final String PREFIX = "FACTDIFF_";

  private final Map<String, String> environment;

  EnvironmentDefaults() {
    this(System.getenv());
  }

  EnvironmentDefaults(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** {@code --max-article-bytes} → {@code FACTDIFF_MAX_ARTICLE_BYTES}. */
  static String variable(String longOption) {
    return PREFIX + longOption.replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
      return null;
    }
    String value = environment.get(variable(option.longestName()));
    return value == null || value.isBlank() ? null : value.strip();
  }
}
