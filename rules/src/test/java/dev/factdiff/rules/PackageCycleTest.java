package dev.factdiff.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.testing.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two packages of the rules module depend on each other, directly or around a loop: the rule API does not
 * know the rules, and the rules do not know the engine that runs them. Dependencies are read from the source
 * text, imports and fully qualified names alike.
 */
class PackageCycleTest {

  private static final Path SOURCES =
      Seeds.dir().toAbsolutePath().getParent().resolve("rules/src/main/java");
  private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.factdiff\\.rules(?:\\.[a-z]+)*)\\.[A-Z]");

  @Test
  void rulesPackagesFormNoCycle() throws IOException {
    Map<String, Set<String>> uses = dependencies();
    assertTrue(uses.containsKey("dev.factdiff.rules.builtin"), uses.toString());
    List<String> cycle = new ArrayList<>();
    for (String start : uses.keySet()) {
      if (cycleFrom(start, start, uses, new TreeSet<>(), cycle)) {
        break;
      }
    }
    assertEquals(List.of(), cycle, "a cycle of package dependencies");
  }

  private static boolean cycleFrom(
      String start, String at, Map<String, Set<String>> uses, Set<String> seen, List<String> path) {
    path.add(at);
    for (String next : uses.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        path.add(next);
        return true;
      }
      if (seen.add(next) && cycleFrom(start, next, uses, seen, path)) {
        return true;
      }
    }
    path.remove(path.size() - 1);
    return false;
  }

  private static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
        Matcher m = REFERENCE.matcher(read(file));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            uses.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(1));
          }
        }
      }
    }
    return uses;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
