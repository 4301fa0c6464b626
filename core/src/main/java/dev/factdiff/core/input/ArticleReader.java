package dev.factdiff.core.input;

import dev.factdiff.core.limits.Limits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an article from bytes: refuses what is not an article (empty, binary, not UTF-8, too large) with a
 * one-line {@link InputException}, and recognizes HTML by its content as well as by its name.
 */
public final class ArticleReader {

  /** The default limit (see {@link Limits}): larger than any article; a book-length input is a mistake. */
  public static final int MAX_BYTES = Limits.DEFAULT_MAX_ARTICLE_BYTES;

  private static final Pattern HTML_START =
      Pattern.compile(
          "\\A(\\s|<!--.*?-->)*(<!doctype html|<html|<head|<body|<article|<meta|<title|<p[\\s>]|<div|<h1)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private ArticleReader() {}

  public static SourceText read(Path path) {
    return read(path.toString(), readBytes(path));
  }

  /** The bytes of an article file, refused with a one-line error when missing, a directory or too large. */
  public static byte[] readBytes(Path path) {
    return readBytes(path, MAX_BYTES);
  }

  /** Likewise with a limit of {@code maxBytes}. */
  public static byte[] readBytes(Path path, int maxBytes) {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new InputException(name + ": is a directory, not an article file");
      }
      if (Files.size(path) > maxBytes) {
        throw tooLarge(name, Files.size(path), maxBytes);
      }
      byte[] bytes;
      try (var in = Files.newInputStream(path)) {
        // A special file (a pipe, /dev/zero) has no size to look at first: read at most one byte past the limit.
        bytes = in.readNBytes(maxBytes + 1);
      }
      if (bytes.length > maxBytes) {
        throw new InputException(name + ": too large (more than " + maxBytes + " bytes; the limit is "
            + maxBytes + ", --max-article-bytes)");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      // Its message is the file name alone: "x: cannot be read (x)" said nothing.
      throw new InputException(name + ": permission denied", e);
    } catch (IOException e) {
      throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  public static SourceText read(String name, byte[] bytes) {
    return read(name, bytes, MAX_BYTES);
  }

  /** Likewise with a limit of {@code maxBytes}. */
  public static SourceText read(String name, byte[] bytes, int maxBytes) {
    if (bytes.length > maxBytes) {
      throw tooLarge(name, bytes.length, maxBytes);
    }
    String text = decode(name, bytes);
    if (text.isBlank()) {
      throw new InputException(name + ": empty, there is no text to check");
    }
    if (isHtml(name, text)) {
      return HtmlExtractor.extract(name, text);
    }
    return SourceText.ofPlainText(name, text);
  }

  private static InputException tooLarge(String name, long bytes, int maxBytes) {
    return new InputException(
        name + ": too large (" + bytes + " bytes; the limit is " + maxBytes + ", --max-article-bytes)");
  }

  private static String decode(String name, byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputException(name + ": binary data, not text");
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
      if (controls > Math.max(8, text.length() / 100)) {
        throw new InputException(name + ": binary data, not text");
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new InputException(name + ": not valid UTF-8 text (convert it to UTF-8 first)");
    }
  }

  private static boolean isHtml(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return true;
    }
    return HTML_START.matcher(text).lookingAt();
  }
}
