package dev.factdiff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.factdiff.core.testing.Seeds;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encodings: marked by a byte-order mark, told from the bytes, or named with --encoding; refused when unsure. */
class EncodingTest {

  private static final String SEED = Seeds.text(Seeds.ORIGINAL);

  private static byte[] withBom(String text, String charset, int... bom) {
    byte[] body = text.getBytes(Charset.forName(charset));
    byte[] bytes = new byte[bom.length + body.length];
    for (int i = 0; i < bom.length; i++) {
      bytes[i] = (byte) bom[i];
    }
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    return bytes;
  }

  @Test
  void byteOrderMarksNameTheEncodingAndAreNotPartOfTheText() {
    assertRead("UTF-8", withBom(SEED, "UTF-8", 0xEF, 0xBB, 0xBF));
    assertRead("UTF-16BE", withBom(SEED, "UTF-16BE", 0xFE, 0xFF));
    assertRead("UTF-16LE", withBom(SEED, "UTF-16LE", 0xFF, 0xFE));
    assertRead("UTF-32BE", withBom(SEED, "UTF-32BE", 0x00, 0x00, 0xFE, 0xFF));
    assertRead("UTF-32LE", withBom(SEED, "UTF-32LE", 0xFF, 0xFE, 0x00, 0x00));
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1252", "UTF-16LE", "UTF-16BE"})
  void anEncodingWithoutAMarkIsToldFromTheBytes(String charset) {
    assertRead(charset, SEED.getBytes(Charset.forName(charset)));
  }

  @Test
  void validUtf8IsUtf8() {
    assertRead("UTF-8", SEED.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theEncodingGivenIsTheOneRead() {
    byte[] latin9 = "The \u20ac20 fee rose.".getBytes(Charset.forName("ISO-8859-15"));
    SourceText source = ArticleReader.read("a.txt", latin9, ArticleReader.MAX_BYTES, Optional.of(ArticleReader.encoding("ISO-8859-15")));
    assertEquals("The \u20ac20 fee rose.", source.text());
    assertEquals("ISO-8859-15", source.encoding());
  }

  @Test
  void textThatIsNotUtf8AndNotSurelyAnythingElseIsRefusedWithAHint() {
    byte[] bytes = new byte[300];
    Random random = new Random(7);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + random.nextInt(0x7f));
    }
    InputException e = assertThrows(InputException.class, () -> ArticleReader.read("x.txt", bytes));
    assertEquals(
        "x.txt: not UTF-8 text, and its encoding cannot be told for sure (name it with --encoding, e.g. --encoding windows-1252)",
        e.getMessage());
  }

  @Test
  void aWrongOrUnknownEncodingGivenIsAOneLineError() {
    byte[] bytes = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    InputException wrong = assertThrows(InputException.class,
        () -> ArticleReader.read("x.txt", bytes, ArticleReader.MAX_BYTES, Optional.of(StandardCharsets.UTF_8)));
    assertEquals("x.txt: not valid UTF-8 text (check --encoding)", wrong.getMessage());
    InputException unknown = assertThrows(InputException.class, () -> ArticleReader.encoding("klingon-8"));
    assertEquals("--encoding: unknown encoding 'klingon-8' (e.g. UTF-8, UTF-16, windows-1252, ISO-8859-15)",
        unknown.getMessage());
  }

  private static void assertRead(String encoding, byte[] bytes) {
    SourceText source = ArticleReader.read("seed.txt", bytes);
    assertEquals(encoding, source.encoding());
    assertEquals(SEED, source.text());
    assertEquals(SourceText.ofPlainText("seed.txt", SEED).blocks(), source.blocks());
  }
}
