/** The cross-version rules: what the revision no longer says as the original said it. */
package dev.factdiff.rules.compare;
