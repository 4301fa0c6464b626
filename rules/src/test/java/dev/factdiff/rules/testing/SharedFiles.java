package dev.factdiff.rules.testing;

import dev.factdiff.core.testing.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@code shared/} folder beside the repository (evaluation cases, the independent scorer) and a way to run it. */
public final class SharedFiles {

  private SharedFiles() {}

  /**
   * The folder, or the calling test is skipped with a message: CI lays shared/ beside the clone, but a
   * newcomer's clone elsewhere has only the repository.
   */
  public static Path dir() {
    Path shared = Seeds.dir().toAbsolutePath().getParent().resolveSibling("shared");
    Assumptions.assumeTrue(
        Files.isDirectory(shared), "skipped: no shared/ folder beside the repository (" + shared + ")");
    return shared;
  }

  public static Path eval(String fileName) {
    return dir().resolve("eval").resolve(fileName);
  }

  /** Runs {@code tools/score-findings.py} with these arguments and returns what it printed, line by line. */
  public static List<String> score(String... args) {
    List<String> command = new ArrayList<>(List.of("python3", dir().resolve("tools/score-findings.py").toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("score-findings.py failed: " + output);
      }
      return output.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
