package dev.factdiff.cli;

import com.google.common.hash.Hashing;
import dev.factdiff.core.input.ArticleReader;
import dev.factdiff.core.input.Format;
import dev.factdiff.core.input.InputException;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.reports.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One version of an article as read, with the SHA-256 of its bytes. Whatever cannot be read as an article
 * raises {@link InputException} with a one-line message.
 */
record Input(SourceText source, String sha256) {
  /** What {@code -} on the command line reads. */
  static final String STDIN = "-";

  /** A file path, or {@code -} for {@code stdin}. */
  static Input read(String argument, InputStream stdin) {
    return read(argument, stdin, ArticleReader.MAX_BYTES);
  }

  /** Likewise, refusing more than {@code maxBytes}. */
  static Input read(String argument, InputStream stdin, int maxBytes) {
    if (argument.equals(STDIN)) {
      return of(STDIN, bounded(STDIN, stdin, maxBytes), maxBytes);
    }
    return of(argument, ArticleReader.readBytes(Path.of(argument), maxBytes), maxBytes);
  }

  /** Bytes that arrived some other way (the HTTP service). */
  static Input of(String name, byte[] bytes) {
    return of(name, bytes, ArticleReader.MAX_BYTES);
  }

  static Input of(String name, byte[] bytes, int maxBytes) {
    SourceText source = ArticleReader.read(name, bytes, maxBytes);
    return new Input(source, Hashing.sha256().hashBytes(bytes).toString());
  }

  SourceFormat format() {
    return source.format() == Format.HTML ? SourceFormat.HTML : SourceFormat.TEXT;
  }

  private static byte[] bounded(String name, InputStream in, int maxBytes) {
    try {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new InputException(
            name + ": too large (more than " + maxBytes + " bytes; the limit is " + maxBytes + ", --max-article-bytes)");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException(name + ": cannot read standard input (" + e.getMessage() + ")", e);
    }
  }
}
