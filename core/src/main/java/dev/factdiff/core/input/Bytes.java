package dev.factdiff.core.input;

/** Byte-level tests on an input's first bytes: magic numbers and byte-order marks. */
final class Bytes {
  private Bytes() {}

  /** Whether {@code bytes} begin with {@code prefix}, each given as an unsigned byte value (0 to 255). */
  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code bytes} begin with the ASCII {@code prefix}. */
  static boolean startsWith(byte[] bytes, String prefix) {
    return startsWith(bytes, prefix.chars().toArray());
  }
}
