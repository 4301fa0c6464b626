/** The rule engine: runs every enabled rule, applies the configuration, orders and deduplicates findings. */
package dev.factdiff.rules.engine;
