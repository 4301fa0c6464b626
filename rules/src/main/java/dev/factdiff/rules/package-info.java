/** The rule API: what a rule is and declares (its info, options and examples), and what it finds. */
package dev.factdiff.rules;
