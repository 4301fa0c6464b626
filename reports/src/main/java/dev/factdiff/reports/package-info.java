/** The report of one check (an immutable model) and its stateless text, JSON and HTML renderers. */
package dev.factdiff.reports;
