/** The JSON form of a finding, shared by the JSON report and the evaluation's findings file. */
package dev.factdiff.rules.json;
