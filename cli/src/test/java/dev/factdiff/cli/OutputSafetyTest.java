package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.testing.TestParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21, defect 4: no output option may destroy data, and a report that cannot be written is an error. */
class OutputSafetyTest {
  private static final String ORIGINAL = "A headline\n\nThe council approved 90 new posts on Monday, the mayor said.\n";
  private static final String REVISED = "A headline\n\nThe council approved 19 new posts on Monday, the mayor said.\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void anOutputThatIsAnInputIsRefusedAndTheArticleKept() throws IOException {
    Path original = write("original.txt", ORIGINAL);
    Path revised = write("revised.txt", REVISED);
    Cli.Result result = Cli.run("check", original.toString(), revised.toString(), "--output", revised.toString());
    assertEquals(ExitCode.BAD_INPUT, result.code(), result.err());
    assertTrue(result.err().contains("is the input"), result.err());
    assertEquals(REVISED, Files.readString(revised));
  }

  @Test
  void aBaselineThatIsAnInputByAnotherNameIsRefused() throws IOException {
    Path original = write("original.txt", ORIGINAL);
    Path revised = write("revised.txt", REVISED);
    Path link = dir.resolve("link.txt");
    Files.createLink(link, original);
    Cli.Result result = Cli.run("check", original.toString(), revised.toString(), "--write-baseline", link.toString());
    assertEquals(ExitCode.BAD_INPUT, result.code(), result.err());
    assertTrue(result.err().contains("is the input"), result.err());
    assertEquals(ORIGINAL, Files.readString(original));
  }

  @Test
  void nothingIsWrittenWhenOneOutputCannotBe() throws IOException {
    Path original = write("original.txt", ORIGINAL);
    Path revised = write("revised.txt", REVISED);
    Path report = write("report.txt", "an earlier report\n");
    Cli.Result result = Cli.run("check", original.toString(), revised.toString(), "--output", report.toString(),
        "--write-baseline", "/proc/factdiff-cannot-be-created");
    assertEquals(ExitCode.BAD_INPUT, result.code(), result.err());
    assertTrue(result.err().contains("nothing was written"), result.err());
    assertEquals("an earlier report\n", Files.readString(report));
    assertEquals(1, result.err().lines().count(), result.err());
  }

  @Test
  void aReportGetsThePermissionsTheUmaskGives() throws IOException {
    Path original = write("original.txt", ORIGINAL);
    Path revised = write("revised.txt", REVISED);
    Path report = dir.resolve("report.txt");
    Cli.Result result = Cli.run("check", original.toString(), revised.toString(), "--output", report.toString());
    assertEquals(ExitCode.BLOCKED, result.code(), result.err());
    Path probe = dir.resolve("probe");
    Files.newOutputStream(probe).close();
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(probe);
    assertEquals(usual, Files.getPosixFilePermissions(report));
  }

  @Test
  void aLinkIsWrittenThroughNotReplaced() throws IOException {
    Path original = write("original.txt", ORIGINAL);
    Path revised = write("revised.txt", REVISED);
    Path target = write("target.txt", "x".repeat(100_000));
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
    Cli.Result result = Cli.run("check", original.toString(), revised.toString(), "--output", link.toString());
    assertEquals(ExitCode.BLOCKED, result.code(), result.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(target).contains("19"), "the report went through the link, replacing what was there");
    assertFalse(Files.readString(target).contains("xxx"));
  }

  @Test
  void aPipeStaysAPipe() throws Exception {
    Path original = write("original.txt", ORIGINAL);
    Path revised = write("revised.txt", REVISED);
    Path fifo = dir.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Cli.Result result = Cli.run("check", original.toString(), revised.toString(), "--output", fifo.toString());
    assertEquals(ExitCode.BLOCKED, result.code(), result.err());
    assertTrue(new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8).contains("19"));
    assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS),
        "the pipe was replaced by a regular file");
  }

  @Test
  void aFullDeviceIsAnErrorAndStaysADevice() throws IOException {
    Path original = write("original.txt", ORIGINAL);
    Path revised = write("revised.txt", REVISED);
    Path full = Files.createSymbolicLink(dir.resolve("full"), Path.of("/dev/full"));
    Cli.Result result = Cli.run("check", original.toString(), revised.toString(), "--output", full.toString());
    assertEquals(ExitCode.BAD_INPUT, result.code(), result.err());
    assertTrue(result.err().contains("cannot write the report"), result.err());
    assertTrue(Files.isSymbolicLink(full));
  }

  @Test
  void aReportLostOnStandardOutputIsAnError() throws IOException {
    Path original = write("original.txt", ORIGINAL);
    Path revised = write("revised.txt", REVISED);
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", original.toString(), revised.toString()},
        new PrintWriter(new OutputStreamWriter(failing, StandardCharsets.UTF_8), true), new PrintWriter(err, true),
        TestParser::get);
    assertEquals(ExitCode.BAD_INPUT, code, err.toString());
    assertTrue(err.toString().contains("standard output"), err.toString());
  }

  @Test
  void aBaselineIsNotWrittenWhenTheReportIsLost() throws IOException {
    Path original = write("original.txt", ORIGINAL);
    Path revised = write("revised.txt", REVISED);
    Path baseline = dir.resolve("baseline.json");
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    int code = Main.run(new String[] {"check", original.toString(), revised.toString(), "--write-baseline",
        baseline.toString()}, new PrintWriter(new OutputStreamWriter(failing, StandardCharsets.UTF_8), true),
        new PrintWriter(new StringWriter(), true), TestParser::get);
    assertEquals(ExitCode.BAD_INPUT, code);
    assertFalse(Files.exists(baseline));
    try (var left = Files.list(dir)) {
      assertArrayEquals(new Object[] {"original.txt", "revised.txt"},
          left.map(p -> p.getFileName().toString()).sorted().toArray(), "no temporary file is left behind");
    }
  }
}
