package dev.factdiff.rules;

/**
 * A check. Implementations are small, stateless and thread-safe; "nothing found" is an empty list, never null.
 * A rule either reads one version ({@link SingleVersionRule}) or the alignment of two ({@link CrossVersionRule}).
 */
public sealed interface Rule permits SingleVersionRule, CrossVersionRule {

  RuleInfo info();
}
