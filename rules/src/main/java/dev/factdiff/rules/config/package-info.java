/** Rule configuration: enabled rules, severities, options, the newsroom style list and ignored boilerplate. */
package dev.factdiff.rules.config;
