package dev.factdiff.cli;

import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.parse.ArticleParser;
import dev.factdiff.rules.builtin.BuiltInRules;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.Checker;
import dev.factdiff.rules.engine.RuleEngine;
import dev.factdiff.rules.engine.SpareCore;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The checker the commands use: the built-in rules, configured by a file or by the defaults, sharing the command's
 * helper thread, which also loads WordNet while the parser loads its models.
 */
final class Checkers {
  private Checkers() {}

  /** Raises {@link dev.factdiff.rules.config.ConfigurationException} for a configuration that cannot be used. */
  static RuleConfiguration configuration(Optional<Path> config) {
    return config.map(c -> RuleConfiguration.load(c, BuiltInRules.all())).orElseGet(RuleConfiguration::defaults);
  }

  /** Raises {@link dev.factdiff.rules.config.ConfigurationException} for a configuration that cannot be used. */
  static Checker create(Optional<Path> config, ArticleParser parser, SpareCore spare) {
    return create(configuration(config), parser, spare);
  }

  static Checker create(RuleConfiguration configuration, ArticleParser parser, SpareCore spare) {
    spare.prefetch(WordNetLexicon::get);
    return new Checker(parser, Aligner.create()::align, RuleEngine.withBuiltInRules(configuration).withSpareCore(spare));
  }
}
