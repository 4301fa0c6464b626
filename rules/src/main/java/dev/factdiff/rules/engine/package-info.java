/** The rule engine: runs every enabled rule, applies the configuration, orders, deduplicates and groups findings. */
package dev.factdiff.rules.engine;
