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
    byte[] latin1 = "Caf\u00e9 owners said the r\u00e9gion's \u00e9lus agreed.".getBytes(StandardCharsets.ISO_8859_1);
    assertRefused("latin1.txt", "check", file("latin1.txt", latin1).toString(), seed(Seeds.REVISED));
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
