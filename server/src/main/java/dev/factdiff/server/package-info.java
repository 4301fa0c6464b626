/** The pre-publication check as an HTTP service: API v1, limits, metrics, logs and a graceful stop. */
package dev.factdiff.server;
