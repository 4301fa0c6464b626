/** The rule API: what a rule is, what it finds, and the engine that runs every enabled rule. */
package dev.factdiff.rules;
