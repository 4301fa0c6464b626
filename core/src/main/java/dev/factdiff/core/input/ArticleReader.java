package dev.factdiff.core.input;

import dev.factdiff.core.limits.Limits;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an article from bytes: refuses what is not an article (empty, binary, undecodable, too large, a format
 * it does not read) with a one-line {@link InputException}, and recognizes Word documents, HTML and Markdown by
 * their content as well as by their name.
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
    return read(name, bytes, maxBytes, Optional.empty());
  }

  /**
   * Likewise, reading text in {@code encoding} when it is given (it does not apply to a Word document, whose XML
   * says its own encoding).
   */
  public static SourceText read(String name, byte[] bytes, int maxBytes, Optional<Charset> encoding) {
    if (bytes.length > maxBytes) {
      throw tooLarge(name, bytes.length, maxBytes);
    }
    if (bytes.length == 0) {
      throw new InputException(name + ": empty, there is no text to check");
    }
    Container container = Container.of(name, bytes);
    if (container == Container.DOCX) {
      return DocxExtractor.extract(name, bytes);
    }
    if (container != Container.NONE) {
      throw new InputException(name + ": " + container.refusal());
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(name, bytes, encoding);
    String text = decoded.text();
    if (text.isBlank()) {
      throw new InputException(name + ": empty, there is no text to check");
    }
    if (isHtml(name, text)) {
      return HtmlExtractor.extract(name, text).withEncoding(decoded.encoding());
    }
    if (MarkdownExtractor.isMarkdown(name, text)) {
      return MarkdownExtractor.extract(name, text).withEncoding(decoded.encoding());
    }
    return SourceText.ofPlainText(name, text).withEncoding(decoded.encoding());
  }

  /**
   * The encoding {@code --encoding} names (UTF-8, UTF-16, windows-1252...), or an {@link InputException} naming
   * the option.
   */
  public static Charset encoding(String name) {
    return TextDecoder.charset(name);
  }

  private static InputException tooLarge(String name, long bytes, int maxBytes) {
    return new InputException(
        name + ": too large (" + bytes + " bytes; the limit is " + maxBytes + ", --max-article-bytes)");
  }

  private static boolean isHtml(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return true;
    }
    return HTML_START.matcher(text).lookingAt();
  }
}
