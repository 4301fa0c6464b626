package dev.factdiff.cli;

import com.google.common.hash.Hashing;
import dev.factdiff.core.input.ArticleReader;
import dev.factdiff.core.input.InputException;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.reports.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

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
    return read(argument, argument, stdin, maxBytes, Optional.empty());
  }

  /**
   * Likewise, calling the input {@code name} in reports (standard input's name given by {@code --original-name}),
   * and reading text in {@code encoding} when it is given.
   */
  static Input read(String argument, String name, InputStream stdin, int maxBytes, Optional<Charset> encoding) {
    byte[] bytes = argument.equals(STDIN)
        ? bounded(name, stdin, maxBytes)
        : ArticleReader.readBytes(Path.of(argument), maxBytes);
    SourceText source = ArticleReader.read(name, bytes, maxBytes, encoding);
    return new Input(source, Hashing.sha256().hashBytes(bytes).toString());
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
    return switch (source.format()) {
      case TEXT -> SourceFormat.TEXT;
      case HTML -> SourceFormat.HTML;
      case MARKDOWN -> SourceFormat.MARKDOWN;
      case DOCX -> SourceFormat.DOCX;
    };
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
