package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever is wrong with the command line or an input: exit 2, one line on stderr, nothing else written. */
class BadInputTest {
  @TempDir Path dir;

  private String seed(String name) {
    return Seeds.dir().resolve(name).toString();
  }

  private void assertRefused(String expectedInMessage, String... args) {
    Path report = dir.resolve("report.html");
    String[] withOutput = Arrays.copyOf(args, args.length + 2);
    withOutput[args.length] = "--output";
    withOutput[args.length + 1] = report.toString();
    for (String[] line : new String[][] {args, withOutput}) {
      Cli.Result result = Cli.run(line);
      assertEquals(2, result.code(), result.err());
      assertEquals("", result.out(), "no partial report");
      assertEquals(1, result.err().lines().count(), "one line: " + result.err());
      assertTrue(result.err().startsWith("factdiff: "), result.err());
      assertTrue(result.err().contains(expectedInMessage), result.err());
      assertFalse(result.err().contains("\tat "), "no stack trace");
      assertFalse(Files.exists(report), "no report file");
    }
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void missingFile() {
    assertRefused("no such file", "check", dir.resolve("nope.txt").toString(), seed(Seeds.REVISED));
  }

  @Test
  void emptyFile() throws IOException {
    assertRefused("empty", "check", seed(Seeds.ORIGINAL), file("empty.txt", new byte[0]).toString());
  }

  @Test
  void binaryFile() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    assertRefused("binary.png", "check", seed(Seeds.ORIGINAL), file("binary.png", png).toString());
  }

  @Test
  void wrongEncoding() throws IOException {
    // Too short to tell Latin-1 from anything else for sure: refused, with the option that settles it.
    byte[] latin1 = "Caf\u00e9 owners agreed.".getBytes(StandardCharsets.ISO_8859_1);
    assertRefused("latin1.txt: not UTF-8 text", "check", file("latin1.txt", latin1).toString(), seed(Seeds.REVISED));
  }

  @Test
  void formatsNotReadSayWhatIsReadAndHowToExport() throws IOException {
    byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.US_ASCII);
    assertRefused("story.pdf: a PDF file; factdiff reads .txt, .md, .html and .docx (export",
        "check", seed(Seeds.ORIGINAL), file("story.pdf", pdf).toString());
    assertRefused("story.rtf: an RTF file; factdiff reads .txt, .md, .html and .docx (save it as .docx",
        "check", seed(Seeds.ORIGINAL), file("story.rtf", "{\\rtf1\\ansi Hello.}".getBytes(StandardCharsets.US_ASCII)).toString());
    byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
    assertRefused("story.doc: a legacy Office file (.doc); factdiff reads .txt, .md, .html and .docx (open it in Word",
        "check", seed(Seeds.ORIGINAL), file("story.doc", doc).toString());
    java.io.ByteArrayOutputStream odt = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(odt)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    assertRefused("story.odt: an OpenDocument text (.odt); factdiff reads .txt, .md, .html and .docx (save it as .docx",
        "check", file("story.odt", odt.toByteArray()).toString(), seed(Seeds.REVISED));
  }

  @Test
  void anEncodingThatCannotBeToldOrIsUnknown() throws IOException {
    byte[] bytes = new byte[300];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + random.nextInt(0x7f));
    }
    assertRefused("odd.txt: not UTF-8 text, and its encoding cannot be told for sure (name it with --encoding",
        "check", seed(Seeds.ORIGINAL), file("odd.txt", bytes).toString());
    assertRefused("--encoding: unknown encoding 'klingon-8'",
        "check", "--encoding", "klingon-8", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertRefused("not valid UTF-16LE text (check --encoding)",
        "check", "--encoding", "UTF-16LE", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
  }

  /** Written for this test: a local news item in French. */
  private static final String FRENCH =
      "Le conseil municipal a approuvé lundi soir la construction d'un nouveau pont sur la rivière, pour un coût de"
          + " 4,5 millions d'euros, a annoncé le maire dans un communiqué. Les travaux doivent commencer au printemps"
          + " prochain et durer deux ans, selon les services techniques de la ville, qui prévoient des fermetures"
          + " partielles de la route pendant l'été.";

  @Test
  void aVersionInAnotherLanguageIsRefusedUnlessAssumedEnglish() throws IOException {
    Path french = file("fr.txt", FRENCH.getBytes(StandardCharsets.UTF_8));
    assertRefused(french + ": the revised version reads as French; factdiff compares English versions"
        + " (--assume-english checks it anyway)", "check", seed(Seeds.ORIGINAL), french.toString());
    Cli.Result anyway = Cli.run("check", "--assume-english", "--fail-on", "never", seed(Seeds.ORIGINAL), french.toString());
    assertEquals(0, anyway.code(), anyway.err());
    assertFalse(anyway.out().isEmpty());
  }

  @Test
  void aNameForAFileRatherThanStandardInput() {
    assertRefused("--original-name and --revised-name name standard input ('-'), not a file",
        "check", "--original-name", "x.txt", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
  }

  @Test
  void hugeFile() throws IOException {
    byte[] huge = "word ".repeat(1_100_000).getBytes(StandardCharsets.UTF_8);
    assertRefused("too large", "check", seed(Seeds.ORIGINAL), file("huge.txt", huge).toString());
  }

  @Test
  void htmlWithNoText() throws IOException {
    byte[] html = "<html><body><div><p></div><script>var x = 1;</script></body>".getBytes(StandardCharsets.UTF_8);
    assertRefused("page.html", "check", seed(Seeds.ORIGINAL), file("page.html", html).toString());
  }

  @Test
  void directoryInsteadOfFile() {
    assertRefused("directory", "check", dir.toString(), seed(Seeds.REVISED));
  }

  @Test
  void bothFromStandardInput() {
    assertRefused("standard input", "check", "-", "-");
  }

  @Test
  void missingArguments() {
    assertRefused("REVISED", "check", seed(Seeds.ORIGINAL));
  }

  @Test
  void unknownFormatAndSeverity() {
    assertRefused("--format", "check", "--format", "xml", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertRefused("--fail-on", "check", "--fail-on", "fatal", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
    assertRefused("--min-severity", "check", "--min-severity", "never", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
  }

  @Test
  void unknownOption() {
    assertRefused("--frobnicate", "check", "--frobnicate", seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
  }

  @Test
  void badConfiguration() throws IOException {
    Path config = file("bad.yaml", "frobnicate: 1\n".getBytes(StandardCharsets.UTF_8));
    assertRefused("bad.yaml", "check", "--config", config.toString(), seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
  }

  @Test
  void badBaseline() throws IOException {
    Path baseline = file("baseline.json", "{\"not\": \"a baseline\"}".getBytes(StandardCharsets.UTF_8));
    assertRefused("baseline", "check", "--baseline", baseline.toString(), seed(Seeds.ORIGINAL), seed(Seeds.REVISED));
  }

  @Test
  void outputIntoAMissingDirectory() {
    Cli.Result result =
        Cli.run("check", "--output", dir.resolve("no/such/dir/report.html").toString(), seed(Seeds.ORIGINAL),
            seed(Seeds.REVISED));
    assertEquals(2, result.code());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().contains("no such directory"), result.err());
  }

  @Test
  void noCommandPrintsUsageAndExits2() {
    Cli.Result result = Cli.run();
    assertEquals(2, result.code());
    assertTrue(result.err().contains("Usage: factdiff"), result.err());
  }

  @Test
  void versionAndHelpExit0() {
    Cli.Result version = Cli.run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().matches("factdiff \\d+\\.\\d+\\.\\d+.*\\n"), version.out());
    Cli.Result help = Cli.run("check", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--fail-on"), help.out());
    assertTrue(help.out().contains("Exit codes:"), help.out());
  }
}
