/** The factdiff command line (check, serve and the tools around them) and its HTTP service. */
package dev.factdiff.cli;
