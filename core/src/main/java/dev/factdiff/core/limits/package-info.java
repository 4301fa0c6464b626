/** The bounds on what one check may cost: input sizes, sentence length and a deadline that stops work. */
package dev.factdiff.core.limits;
