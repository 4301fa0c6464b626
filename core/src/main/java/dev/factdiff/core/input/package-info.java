/** Reading an article's bytes: validation, plain text and HTML extraction into paragraph blocks. */
package dev.factdiff.core.input;
