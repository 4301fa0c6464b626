/** The catalogue of rules (`factdiff rules`, docs/RULES.md, the rules section of default-config.yaml). */
package dev.factdiff.rules.catalog;
