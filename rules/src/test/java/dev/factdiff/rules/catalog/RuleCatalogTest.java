package dev.factdiff.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.factdiff.core.testing.Seeds;
import dev.factdiff.rules.Rule;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.RuleOption;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The documents generated from the rules are those in the repository, and the generated configuration is valid. */
class RuleCatalogTest {

  private static final Path ROOT = Seeds.dir().toAbsolutePath().getParent();
  private static final String DEFAULT_CONFIG = "rules/src/main/resources/dev/factdiff/rules/default-config.yaml";
  private final RuleCatalog catalog = new RuleCatalog(BuiltInRules.all());

  @Test
  void rulesDocumentIsGeneratedFromTheRules() throws IOException {
    assertEquals(
        catalog.markdown(),
        read("docs/RULES.md"),
        "docs/RULES.md disagrees with the rules; regenerate it: ./factdiff rules --format markdown > docs/RULES.md");
  }

  @Test
  void defaultConfigurationEndsWithTheGeneratedRulesSection() throws IOException {
    String text = read(DEFAULT_CONFIG);
    int rules = text.indexOf("\nrules:\n");
    assertEquals(
        catalog.configuration(),
        rules < 0 ? "" : text.substring(rules + 1),
        "the rules section of default-config.yaml disagrees with the rules; regenerate it: sed -i '/^rules:/,$d' "
            + DEFAULT_CONFIG + " && ./factdiff rules --format yaml >> " + DEFAULT_CONFIG);
  }

  /** Uncommented, the documented entries are a configuration that sets every option to its default. */
  @Test
  void generatedRulesSectionIsAValidConfigurationOnceUncommented() {
    String uncommented =
        catalog.configuration().lines()
            .map(l -> l.matches(" {2}# ([A-Z][A-Z0-9_]+:.*| {2}options:| {4}[a-z][A-Za-z0-9]*: .*)") ? "  " + l.substring(4) : l)
            .collect(Collectors.joining("\n"));
    RuleConfiguration config = RuleConfiguration.parse("generated.yaml", uncommented, BuiltInRules.all());
    for (RuleInfo rule : BuiltInRules.all().stream().map(Rule::info).toList()) {
      assertEquals(rule.options().size(), config.settings(rule.id()).options().size(), rule.id() + " in\n" + uncommented);
      for (RuleOption<?> option : rule.options()) {
        assertEquals(option.defaultValue(), config.settings(rule.id()).options().get(option.name()), rule.id());
      }
    }
  }

  private static String read(String path) throws IOException {
    return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
  }
}
