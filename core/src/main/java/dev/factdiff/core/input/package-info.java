/**
 * Reading an article's bytes: validation, encodings, plain text, Markdown, HTML and Word extraction into
 * paragraph blocks, formats refused with a way to export them, and the language check.
 */
package dev.factdiff.core.input;
