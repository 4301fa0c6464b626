package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, defects 1 and 2: every limit of a check is enforced with one line that names it, on the command line
 * (exit 2); the service's side is the server module's ServiceLimitsTest.
 */
class LimitsTest {
  private static final String ORIGINAL = "A headline\n\nThe council approved 90 new posts on Monday, the mayor said.\n";
  private static final String REVISED = "A headline\n\nThe council approved 19 new posts on Monday, the mayor said.\n";

  @TempDir Path dir;

  private Cli.Result check(String... options) throws IOException {
    Path original = Files.writeString(dir.resolve("original.txt"), ORIGINAL);
    Path revised = Files.writeString(dir.resolve("revised.txt"), REVISED);
    String[] args = new String[options.length + 3];
    args[0] = "check";
    args[1] = original.toString();
    args[2] = revised.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    return Cli.run(args);
  }

  private static void assertRefused(Cli.Result result, String limit) {
    assertEquals(ExitCode.BAD_INPUT, result.code(), result.err());
    assertTrue(result.err().contains(limit), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
    assertEquals("", result.out());
  }

  @Test
  void aCheckPastItsDeadlineStopsWithExitTwo() throws IOException {
    assertRefused(check("--deadline", "0.001"), "deadline of 1 ms (the --deadline limit)");
  }

  @Test
  void aSentenceLongerThanTheLimitIsRefused() throws IOException {
    assertRefused(check("--max-sentence-chars", "40"), "--max-sentence-chars");
  }

  @Test
  void anArticleLargerThanTheLimitIsRefused() throws IOException {
    assertRefused(check("--max-article-bytes", "40"), "--max-article-bytes");
  }

  @Test
  void theDefaultsLetAnArticleThrough() throws IOException {
    assertEquals(ExitCode.BLOCKED, check().code());
  }
}
