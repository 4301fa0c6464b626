/** Single-version rules for text that is broken in itself: split sentences, stray marks, spacing. */
package dev.factdiff.rules.text;
