package dev.factdiff.rules.config;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleOption;
import dev.factdiff.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the rules run for one newsroom: which are enabled, at what severity, with which thresholds; the style
 * list of preferred spellings; and the boilerplate paragraphs every rule ignores. Immutable and thread-safe.
 *
 * <p>{@link #defaults()} is the documented {@code default-config.yaml} of this package's resources; {@link
 * #load(Path, List)} reads a YAML or JSON file layered over those defaults, validated against the rules it
 * configures. A rule's options and their defaults are declared by the rule ({@link dev.factdiff.rules.RuleInfo}).
 */
public final class RuleConfiguration implements RuleContext {

  static final String DEFAULT_RESOURCE = "/dev/factdiff/rules/default-config.yaml";

  private final Map<String, RuleSettings> rules;
  private final Map<String, List<String>> style;
  private final Map<String, String> preferredByVariant;
  private final List<Pattern> boilerplate;
  private final LimitSettings limits;

  RuleConfiguration(Map<String, RuleSettings> rules, Map<String, List<String>> style, List<Pattern> boilerplate) {
    this(rules, style, boilerplate, LimitSettings.NONE);
  }

  RuleConfiguration(
      Map<String, RuleSettings> rules, Map<String, List<String>> style, List<Pattern> boilerplate,
      LimitSettings limits) {
    this.limits = limits;
    this.rules = ImmutableMap.copyOf(rules);
    ImmutableMap.Builder<String, List<String>> styleCopy = ImmutableMap.builder();
    Map<String, String> byVariant = new LinkedHashMap<>();
    style.forEach(
        (preferred, variants) -> {
          styleCopy.put(preferred, List.copyOf(variants));
          byVariant.put(key(preferred), preferred);
          variants.forEach(v -> byVariant.put(key(v), preferred));
        });
    this.style = styleCopy.buildOrThrow();
    this.preferredByVariant = ImmutableMap.copyOf(byVariant);
    this.boilerplate = ImmutableList.copyOf(boilerplate);
  }

  /** The documented default configuration: every rule on, at the severities it reports, with its options' defaults. */
  public static RuleConfiguration defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * Reads a configuration file (YAML, or JSON when the name ends in {@code .json} or the text starts with
   * {@code {}) and layers it over the defaults. It may configure {@code rules} only: the rules the engine runs.
   *
   * @throws ConfigurationException naming the file and the key, for unreadable files, unknown keys and bad values
   */
  public static RuleConfiguration load(Path file, List<? extends Rule> rules) {
    String text;
    if (Files.isDirectory(file)) {
      throw new ConfigurationException(file + ": is a directory, not a configuration file");
    }
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(file + ": no such configuration file", e);
    } catch (AccessDeniedException e) {
      throw new ConfigurationException(file + ": permission denied (cannot read the configuration)", e);
    } catch (CharacterCodingException e) {
      // Files.readString says only "Input length = 1".
      throw new ConfigurationException(file + ": not UTF-8 text (a binary file?); a configuration is YAML or JSON", e);
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigurationException(file + ": cannot read the configuration (" + e.getMessage() + ")", e);
    }
    if (text.indexOf('\0') >= 0) {
      throw new ConfigurationException(file + ": binary data, not a YAML or JSON configuration");
    }
    return parse(String.valueOf(file.getFileName()), text, rules);
  }

  /**
   * Like {@link #load(Path, List)}, for configuration text; {@code sourceName} starts every error message. A
   * configuration that disables every rule is an error: a check that runs no rule would say "no findings" of any
   * article, and a gate built on it would pass everything.
   */
  public static RuleConfiguration parse(String sourceName, String text, List<? extends Rule> rules) {
    ConfigurationReader reader = new ConfigurationReader(sourceName, rules.stream().map(Rule::info).toList());
    RuleConfiguration configuration = Holder.DEFAULTS.overriddenBy(reader.read(text, isJson(sourceName, text)));
    if (!rules.isEmpty() && rules.stream().noneMatch(r -> configuration.isEnabled(r.info().id()))) {
      throw new ConfigurationException(
          sourceName + ": every rule is disabled, so nothing would be checked; enable at least one"
              + " (`factdiff rules` lists them)");
    }
    return configuration;
  }

  private static boolean isJson(String name, String text) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
  }

  /** Whether the rule runs at all. */
  public boolean isEnabled(String ruleId) {
    return settings(ruleId).enabled().orElse(true);
  }

  /**
   * The severity a finding the rule reported at {@code reported} gets: the configured severity of every finding
   * of the rule, else the reported one kept within the configured floor and ceiling.
   */
  public Severity severity(String ruleId, Severity reported) {
    return settings(ruleId).severityOf(reported);
  }

  /** The ids of the rules this configuration says anything about. */
  public Set<String> configuredRules() {
    return rules.keySet();
  }

  public RuleSettings settings(String ruleId) {
    return rules.getOrDefault(ruleId, RuleSettings.NONE);
  }

  @Override
  public <T extends Number & Comparable<T>> T option(String ruleId, RuleOption<T> option) {
    Number configured = settings(ruleId).options().get(option.name());
    return configured == null ? option.defaultValue() : option.type().cast(configured);
  }

  @Override
  public Optional<String> preferredSpelling(String name) {
    return Optional.ofNullable(preferredByVariant.get(key(name)));
  }

  /** The style list: each preferred spelling and the variants it replaces. */
  public Map<String, List<String>> styleList() {
    return style;
  }

  /** The boilerplate patterns, compiled case-insensitive; each must match a whole (trimmed) paragraph. */
  public List<Pattern> boilerplatePatterns() {
    return boilerplate;
  }

  /** The limits of a check this configuration sets, over the defaults; command-line options override them. */
  public Limits limits() {
    return limits.applyTo(Limits.DEFAULT);
  }

  /** The limits the configuration file itself sets, each optional. */
  public LimitSettings limitSettings() {
    return limits;
  }

  /** Whether a paragraph's text is boilerplate that every rule ignores. */
  public boolean isBoilerplate(String paragraphText) {
    String trimmed = paragraphText.strip();
    return boilerplate.stream().anyMatch(p -> p.matcher(trimmed).matches());
  }

  /**
   * This configuration with the rules {@code enable} names switched on and those {@code disable} names switched
   * off, everything else kept: what one request of the service asks for. The caller refuses unknown ids.
   */
  public RuleConfiguration withRulesSwitched(Set<String> enable, Set<String> disable) {
    Map<String, RuleSettings> switched = new LinkedHashMap<>(rules);
    enable.forEach(id -> switched.merge(id, switchedTo(true), RuleSettings::overriddenBy));
    disable.forEach(id -> switched.merge(id, switchedTo(false), RuleSettings::overriddenBy));
    return new RuleConfiguration(switched, style, boilerplate);
  }

  private static RuleSettings switchedTo(boolean enabled) {
    return new RuleSettings(Optional.of(enabled), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
  }

  /** This configuration with a file's values taking precedence: rule settings field by field, style entries added. */
  RuleConfiguration overriddenBy(ConfigurationLayer layer) {
    Map<String, RuleSettings> mergedRules = new LinkedHashMap<>(rules);
    layer.rules().forEach((id, s) -> mergedRules.merge(id, s, RuleSettings::overriddenBy));
    Map<String, List<String>> mergedStyle = new LinkedHashMap<>(style);
    mergedStyle.putAll(layer.style());
    List<Pattern> patterns =
        ImmutableList.<Pattern>builder()
            .addAll(layer.keepDefaultBoilerplate() ? boilerplate : List.of())
            .addAll(layer.boilerplate())
            .build();
    return new RuleConfiguration(mergedRules, mergedStyle, patterns, limits.overriddenBy(layer.limits()));
  }

  static RuleConfiguration of(ConfigurationLayer layer) {
    return new RuleConfiguration(layer.rules(), layer.style(), layer.boilerplate(), layer.limits());
  }

  private static String key(String spelling) {
    return spelling.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "RuleConfiguration" + rules + ", style " + style + ", boilerplate " + boilerplate;
  }

  /** Reads the defaults once, when first asked for. */
  private static final class Holder {
    static final RuleConfiguration DEFAULTS = readDefaults();

    private static RuleConfiguration readDefaults() {
      try (InputStream in = RuleConfiguration.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        // The rules section of the defaults only documents, in comments, what the rules declare.
        return of(new ConfigurationReader("default-config.yaml", List.of()).read(text, false));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
