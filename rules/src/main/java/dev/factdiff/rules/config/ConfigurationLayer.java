package dev.factdiff.rules.config;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What one configuration file says, before it is layered over the defaults. */
record ConfigurationLayer(
    Map<String, RuleSettings> rules,
    Map<String, List<String>> style,
    List<Pattern> boilerplate,
    boolean keepDefaultBoilerplate,
    LimitSettings limits) {

  ConfigurationLayer {
    rules = ImmutableMap.copyOf(rules);
    style = ImmutableMap.copyOf(style);
    boilerplate = ImmutableList.copyOf(boilerplate);
  }

  /** A layer that sets no limit. */
  ConfigurationLayer(
      Map<String, RuleSettings> rules, Map<String, List<String>> style, List<Pattern> boilerplate,
      boolean keepDefaultBoilerplate) {
    this(rules, style, boilerplate, keepDefaultBoilerplate, LimitSettings.NONE);
  }
}
