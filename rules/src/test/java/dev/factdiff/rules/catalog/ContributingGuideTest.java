package dev.factdiff.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked example of CONTRIBUTING.md is the source of a real rule: each Java block that names its file on its
 * first line has every line in that file, in the same order, so the example compiles as long as the rule does.
 */
class ContributingGuideTest {

  private static final Path ROOT = Seeds.dir().toAbsolutePath().getParent();
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n// (\\S+\\.java)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void workedExampleStandsInTheRuleItQuotes() throws IOException {
    String guide = Files.readString(ROOT.resolve("CONTRIBUTING.md"), StandardCharsets.UTF_8);
    Matcher block = JAVA_BLOCK.matcher(guide);
    int blocks = 0;
    while (block.find()) {
      blocks++;
      List<String> source = Files.readAllLines(ROOT.resolve(block.group(1)), StandardCharsets.UTF_8);
      int at = 0;
      for (String line : block.group(2).lines().toList()) {
        if (line.isBlank()) {
          continue;
        }
        while (at < source.size() && !source.get(at).equals(line)) {
          at++;
        }
        assertTrue(at < source.size(), "CONTRIBUTING.md quotes a line not in " + block.group(1) + " (in order): " + line);
      }
    }
    assertTrue(blocks > 0, "CONTRIBUTING.md has no Java block naming its source file");
  }
}
