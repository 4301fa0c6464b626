package dev.factdiff.core.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns an article's bytes into text: the encoding given, else the one its byte-order mark names, else UTF-8 when
 * the bytes are valid UTF-8, else the encoding ICU's detector is confident of. The only class that names ICU4J.
 */
final class TextDecoder {

  /**
   * ICU's confidence (0 to 100) below which a guess is refused. The seed articles in windows-1252 score 82, a
   * line of English with two accented letters in Latin-1 51, a four-byte word 15, random high bytes under 40:
   * below 50 the user is the better judge.
   */
  private static final int MIN_CONFIDENCE = 50;

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** Text and the name of the encoding it was read in. */
  record Decoded(String text, String encoding) {}

  private TextDecoder() {}

  /** The charset {@code --encoding} names, or a one-line error naming it. */
  static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
      throw new InputException("--encoding: unknown encoding '" + name + "' (e.g. UTF-8, UTF-16, windows-1252, ISO-8859-15)");
    }
  }

  static Decoded decode(String name, byte[] bytes, Optional<Charset> given) {
    if (given.isPresent()) {
      Charset charset = given.get();
      return strict(bytes, charset)
          .map(text -> checked(name, new Decoded(withoutBom(text), charset.name())))
          .orElseThrow(() -> new InputException(name + ": not valid " + charset.name() + " text (check --encoding)"));
    }
    Optional<Charset> marked = byteOrderMark(bytes);
    if (marked.isPresent()) {
      Charset charset = marked.get();
      return strict(bytes, charset)
          .map(text -> checked(name, new Decoded(withoutBom(text), charset.name())))
          .orElseThrow(() -> new InputException(name + ": starts with a " + charset.name()
              + " byte-order mark but is not valid " + charset.name() + " text"));
    }
    boolean hasNul = false;
    for (byte b : bytes) {
      hasNul |= b == 0;
    }
    if (!hasNul) {
      Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8.isPresent()) {
        return checked(name, new Decoded(utf8.get(), StandardCharsets.UTF_8.name()));
      }
    }
    Optional<Decoded> detected = detect(bytes);
    if (detected.isPresent()) {
      return checked(name, detected.get());
    }
    if (hasNul) {
      throw new InputException(name + ": binary data, not text");
    }
    throw new InputException(name + ": not UTF-8 text, and its encoding cannot be told for sure"
        + " (name it with --encoding, e.g. --encoding windows-1252)");
  }

  /** ICU's best guess, when it is confident, Java can decode it, and the bytes decode without error. */
  private static Optional<Decoded> detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    if (matches == null) {
      return Optional.empty();
    }
    for (CharsetMatch match : matches) {
      if (match.getConfidence() < MIN_CONFIDENCE) {
        break;
      }
      if (!Charset.isSupported(match.getName())) {
        continue;
      }
      Charset charset = Charset.forName(match.getName());
      if (charset.equals(StandardCharsets.ISO_8859_1)) {
        // ICU names Latin-1 when no byte is in 0x80-0x9F; windows-1252 decodes the same bytes alike and more.
        charset = Charset.forName("windows-1252");
      }
      Optional<String> text = strict(bytes, charset);
      if (text.isPresent()) {
        return Optional.of(new Decoded(withoutBom(text.get()), charset.name()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Charset> byteOrderMark(byte[] b) {
    if (Bytes.startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Optional.of(UTF_32BE);
    }
    if (Bytes.startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of(UTF_32LE);
    }
    if (Bytes.startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (Bytes.startsWith(b, 0xFE, 0xFF)) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (Bytes.startsWith(b, 0xFF, 0xFE)) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }


  private static Optional<String> strict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Refuses text that decoded but is mostly control characters: binary data that happened to decode. */
  private static Decoded checked(String name, Decoded decoded) {
    String text = decoded.text();
    long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
    if (controls > Math.max(8, text.length() / 100) || text.indexOf('\0') >= 0) {
      throw new InputException(name + ": binary data, not text");
    }
    return decoded;
  }
}
