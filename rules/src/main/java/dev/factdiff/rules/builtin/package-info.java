/** The list of rules factdiff ships: one line a rule, apart from the rule API so that no package cycle forms. */
package dev.factdiff.rules.builtin;
