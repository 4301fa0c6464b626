package dev.factdiff.rules.text;

import java.util.Locale;

/**
 * The characters a reader cannot see: Unicode's format characters (zero-width spaces and joiners, the
 * bidirectional controls, the word joiner, the byte-order mark, tag characters) and the Hangul fillers, which
 * are letters that render as nothing. A bidirectional control reorders what is shown around it ("approved
 * U+202E 54 U+202C posts" shows 45), a zero-width space makes two different names look the same. The rule
 * {@link InvisibleCharacter} flags them and every report but JSON shows them by their code point. The soft
 * hyphen is left out: it is a hyphenation hint that text from pages often carries, and it changes no word.
 */
public final class InvisibleCharacters {

  private InvisibleCharacters() {}

  /** Whether the code point is one a reader cannot see. */
  public static boolean isInvisible(int codePoint) {
    if (codePoint == 0x00AD) {
      return false;
    }
    return Character.getType(codePoint) == Character.FORMAT
        || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
  }

  /** Whether it reorders the text shown around it: an embedding, override, isolate or directional mark. */
  public static boolean isBidiControl(int codePoint) {
    return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
        || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /** Whether the text holds any character a reader cannot see. */
  public static boolean any(String text) {
    return text.codePoints().anyMatch(InvisibleCharacters::isInvisible);
  }

  /** How a report shows the code point: "⟨U+202E⟩". */
  public static String shown(int codePoint) {
    return "⟨U+" + String.format(Locale.ROOT, "%04X", codePoint) + "⟩";
  }

  /** The text with every invisible character shown by its code point; the text itself when it has none. */
  public static String show(String text) {
    if (!any(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      if (isInvisible(cp)) {
        out.append(shown(cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }
}
