package dev.factdiff.rules.config;

import dev.factdiff.core.limits.Limits;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.RuleOption;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.text.DoubledWord;
import dev.factdiff.rules.text.SpaceBeforePunctuation;
import dev.factdiff.rules.text.StrayPeriod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleConfigurationTest {

  @TempDir Path dir;

  @Test
  void defaultsEnableEveryRuleAtItsOwnSeverity() {
    RuleConfiguration defaults = RuleConfiguration.defaults();
    for (Rule rule : BuiltInRules.all()) {
      assertTrue(defaults.isEnabled(rule.info().id()), rule.info().id());
      for (Severity reported : Severity.values()) {
        assertEquals(reported, defaults.severity(rule.info().id(), reported), rule.info().id());
      }
      for (RuleOption<?> option : rule.info().options()) {
        assertEquals(option.defaultValue(), defaults.option(rule.info().id(), option), rule.info().id());
      }
    }
    assertEquals(2, defaults.option(StrayPeriod.ID, StrayPeriod.MAX_FRAGMENT_WORDS));
    assertTrue(defaults.styleList().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Leave a Comment",
        "  Share this article ",
        "Related articles",
        "Advertisement",
        "Sign up for our newsletter",
        "Sign up to our daily briefing newsletter and never miss a story.",
        "Follow us on Twitter and Facebook"
      })
  void defaultBoilerplateCoversGenericPageFurniture(String paragraph) {
    assertTrue(RuleConfiguration.defaults().isBoilerplate(paragraph));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The ministers said they would leave a comment on the draft for later.",
        "Advertisement revenue fell by a third last year.",
        "Readers were asked to share this article's findings with their doctors."
      })
  void defaultBoilerplateLeavesSentencesAlone(String paragraph) {
    assertFalse(RuleConfiguration.defaults().isBoilerplate(paragraph));
  }

  @Test
  void yamlFileIsLayeredOverTheDefaults() throws IOException {
    Path file =
        write(
            "newsroom.yaml",
            """
            rules:
              DOUBLED_WORD:
                enabled: false
              STRAY_PERIOD:
                severity: error
              SPACE_BEFORE_PUNCTUATION:
                options:
                  tokenizedShare: 0.8
            style:
              Daraa: [Deraa, "Dar'a"]
              Kyiv: Kiev
            boilerplate:
              - 'reader comments: .*'
            """);
    RuleConfiguration config = RuleConfiguration.load(file, BuiltInRules.all());
    assertFalse(config.isEnabled(DoubledWord.ID));
    assertTrue(config.isEnabled(StrayPeriod.ID));
    assertEquals(Severity.ERROR, config.severity(StrayPeriod.ID, Severity.INFO));
    assertEquals(0.8, config.option(SpaceBeforePunctuation.ID, SpaceBeforePunctuation.TOKENIZED_SHARE));
    assertEquals(2, config.option(StrayPeriod.ID, StrayPeriod.MAX_FRAGMENT_WORDS), "untouched options keep their default");
    assertEquals(Optional.of("Daraa"), config.preferredSpelling("Deraa"));
    assertEquals(Optional.of("Daraa"), config.preferredSpelling("dar'a"));
    assertEquals(Optional.of("Kyiv"), config.preferredSpelling("Kiev"));
    assertEquals(Optional.empty(), config.preferredSpelling("Damascus"));
    assertTrue(config.isBoilerplate("Reader comments: 12 so far"));
    assertTrue(config.isBoilerplate("Leave a comment"), "the default patterns stay");
  }

  @Test
  void jsonFileIsReadToo() throws IOException {
    Path file =
        write("newsroom.json", "{\"rules\": {\"DOUBLED_WORD\": {\"severity\": \"info\"}}, \"defaultBoilerplate\": false}");
    RuleConfiguration config = RuleConfiguration.load(file, BuiltInRules.all());
    assertEquals(Severity.INFO, config.severity(DoubledWord.ID, Severity.WARNING));
    assertFalse(config.isBoilerplate("Leave a comment"), "defaultBoilerplate: false drops the default patterns");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          rules: {STRAY_PERIOD: {severity: eror}}          | config.yaml: rules.STRAY_PERIOD.severity: 'eror' is not one of error, warning, info
          rule: {}                                          | config.yaml: rule: unknown key (expected one of boilerplate, defaultBoilerplate, limits, rules, style)
          rules: {STRAY_PERIOD: {enable: false}}           | config.yaml: rules.STRAY_PERIOD.enable: unknown key (expected one of enabled, options, severity, severityCeiling, severityFloor)
          rules: {STRAY_PERIOD: {enabled: maybe}}          | config.yaml: rules.STRAY_PERIOD.enabled: 'maybe' is not true or false
          rules: {STRAY_PERIOD: {options: {maxWords: 3}}}  | config.yaml: rules.STRAY_PERIOD.options.maxWords: unknown option (known: maxFragmentWords)
          rules: {STRAY_PERIOD: {options: {maxFragmentWords: two}}} | config.yaml: rules.STRAY_PERIOD.options.maxFragmentWords: 'two' is not a whole number from 0 to 10
          rules: {STRAY_PERIOD: {options: {maxFragmentWords: 2.5}}} | config.yaml: rules.STRAY_PERIOD.options.maxFragmentWords: '2.5' is not a whole number from 0 to 10
          rules: {STRAY_PERIOD: {options: {maxFragmentWords: 11}}}  | config.yaml: rules.STRAY_PERIOD.options.maxFragmentWords: 11 is out of range (expected a whole number from 0 to 10)
          rules: {SPACE_BEFORE_PUNCTUATION: {options: {tokenizedShare: 1.5}}} | config.yaml: rules.SPACE_BEFORE_PUNCTUATION.options.tokenizedShare: 1.5 is out of range (expected a number from 0.0 to 1.0)
          rules: {STRAY_PERIOD: {severityCeiling: severe}}  | config.yaml: rules.STRAY_PERIOD.severityCeiling: 'severe' is not one of error, warning, info
          rules: {STRAY_PERIOD: {severity: info, severityFloor: info}} | config.yaml: rules.STRAY_PERIOD.severity: sets every finding's severity, so it takes no severityFloor or severityCeiling beside it
          rules: {STRAY_PERIOD: {severityFloor: error, severityCeiling: warning}} | config.yaml: rules.STRAY_PERIOD.severityFloor: 'error' is above the severityCeiling 'warning'
          rules: {DOUBLED_WORD: {options: {min: 1}}}       | config.yaml: rules.DOUBLED_WORD.options.min: this rule has no options
          boilerplate: ['(unclosed']                        | config.yaml: boilerplate[0]: '(unclosed' is not a regular expression: Unclosed group
          boilerplate: 'advert'                             | config.yaml: boilerplate: expected a list of patterns
          style: {Daraa: [Deraa], Dara: [Deraa]}            | config.yaml: style.Dara: 'Deraa' is already a variant of 'Daraa'
          defaultBoilerplate: 1                             | config.yaml: defaultBoilerplate: '1' is not true or false
          """)
  void badKeysAndValuesAreNamed(String yaml, String message) throws IOException {
    Path file = write("config.yaml", yaml);
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> RuleConfiguration.load(file, BuiltInRules.all()));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aConfigurationNamesOnlyTheRulesItIsReadFor() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> RuleConfiguration.parse("own.yaml", "rules: {STRAY_PERIOD: {enabled: false}}", List.of(new DoubledWord())));
    assertEquals("own.yaml: rules.STRAY_PERIOD: no rule has this id (known: DOUBLED_WORD)", e.getMessage());
  }

  @Test
  void severityFloorAndCeilingBoundWhatTheRuleReports() {
    RuleConfiguration config =
        RuleConfiguration.parse(
            "bounds.yaml",
            "rules: {STRAY_PERIOD: {severityFloor: warning}, DOUBLED_WORD: {severityCeiling: warning}}",
            BuiltInRules.all());
    assertEquals(Severity.WARNING, config.severity(StrayPeriod.ID, Severity.INFO));
    assertEquals(Severity.ERROR, config.severity(StrayPeriod.ID, Severity.ERROR));
    assertEquals(Severity.WARNING, config.severity(DoubledWord.ID, Severity.ERROR));
    assertEquals(Severity.INFO, config.severity(DoubledWord.ID, Severity.INFO));
  }

  @Test
  void unknownRuleIdIsNamed() throws IOException {
    Path file = write("config.yaml", "rules:\n  NUMBR_MISMATCH:\n    enabled: false\n");
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> RuleConfiguration.load(file, BuiltInRules.all()));
    assertTrue(e.getMessage().startsWith("config.yaml: rules.NUMBR_MISMATCH: no rule has this id (known: "), e.getMessage());
  }

  @Test
  void syntaxErrorsGiveTheLine() throws IOException {
    Path file = write("config.yaml", "rules:\n  STRAY_PERIOD: {severity: error\n");
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> RuleConfiguration.load(file, BuiltInRules.all()));
    assertTrue(e.getMessage().startsWith("config.yaml: not valid YAML at line "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("absent.yaml");
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> RuleConfiguration.load(missing, BuiltInRules.all()));
    assertEquals(missing + ": no such configuration file", e.getMessage());
  }

  @Test
  void emptyFileMeansTheDefaults() throws IOException {
    RuleConfiguration config = RuleConfiguration.load(write("empty.yaml", ""), BuiltInRules.all());
    assertEquals(List.copyOf(RuleConfiguration.defaults().boilerplatePatterns()).size(), config.boilerplatePatterns().size());
  }

  @Test
  void limitsAreSetInTheFileAndTheRestKeepTheirDefaults() throws IOException {
    Path file = write("limits.yaml", "limits: {maxArticleBytes: 5000, deadlineSeconds: 2.5}\n");
    Limits limits = RuleConfiguration.load(file, BuiltInRules.all()).limits();
    assertEquals(5000, limits.maxArticleBytes());
    assertEquals(Duration.ofMillis(2500), limits.deadline());
    assertEquals(Limits.DEFAULT.maxSentenceChars(), limits.maxSentenceChars());
    assertEquals(Limits.requestBytesFor(5000), limits.maxRequestBytes());
    assertEquals(Limits.DEFAULT, RuleConfiguration.defaults().limits());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      limits: {maxArticleBytes: 0}           | config.yaml: limits.maxArticleBytes: '0' is not a whole number from 1 to 2147483647
      limits: {maxSentenceChars: 2.5}        | config.yaml: limits.maxSentenceChars: '2.5' is not a whole number from 1 to 2147483647
      limits: {deadlineSeconds: -1}          | config.yaml: limits.deadlineSeconds: '-1' is not a number of seconds from 0 to 86400
      limits: {deadline: 3}                  | config.yaml: limits.deadline: unknown key (expected one of deadlineSeconds, maxArticleBytes, maxSentenceChars)
      limits: 3                              | config.yaml: limits: expected a mapping of keys to values, found '3'
      """)
  void badLimitsAreNamed(String yaml, String message) throws IOException {
    Path file = write("config.yaml", yaml);
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> RuleConfiguration.load(file, BuiltInRules.all()));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aConfigurationThatDisablesEveryRuleIsAnError() throws IOException {
    StringBuilder yaml = new StringBuilder("rules:\n");
    BuiltInRules.all().forEach(r -> yaml.append("  ").append(r.info().id()).append(": {enabled: false}\n"));
    Path file = write("none.yaml", yaml.toString());
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> RuleConfiguration.load(file, BuiltInRules.all()));
    assertEquals("none.yaml: every rule is disabled, so nothing would be checked; enable at least one"
        + " (`factdiff rules` lists them)", e.getMessage());
    String oneLeft = yaml.toString().replace("  " + BuiltInRules.all().get(0).info().id() + ": {enabled: false}\n", "");
    assertTrue(RuleConfiguration.load(write("one.yaml", oneLeft), BuiltInRules.all()).isEnabled(BuiltInRules.all().get(0).info().id()));
  }

  @Test
  void aBinaryOrNonUtf8ConfigurationIsNamedAsSuch() throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, new byte[] {'s', 't', 'y', 'l', 'e', ':', ' ', (byte) 0xE9});
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> RuleConfiguration.load(latin1, BuiltInRules.all()));
    assertEquals(latin1 + ": not UTF-8 text (a binary file?); a configuration is YAML or JSON", e.getMessage());
    Path binary = dir.resolve("binary.yaml");
    Files.write(binary, new byte[] {'a', 0, 'b'});
    e = assertThrows(ConfigurationException.class, () -> RuleConfiguration.load(binary, BuiltInRules.all()));
    assertEquals(binary + ": binary data, not a YAML or JSON configuration", e.getMessage());
    e = assertThrows(ConfigurationException.class, () -> RuleConfiguration.load(dir, BuiltInRules.all()));
    assertEquals(dir + ": is a directory, not a configuration file", e.getMessage());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
