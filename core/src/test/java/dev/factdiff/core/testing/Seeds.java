package dev.factdiff.core.testing;

import com.google.common.base.Suppliers;
import dev.factdiff.core.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Supplier;

/** The seed pair in the repository's {@code seeds/} folder, parsed once per test JVM. */
public final class Seeds {

  public static final String ORIGINAL = "000_b59a2ea70077a96b.txt";
  public static final String REVISED = "004_98b11b2a6b525aa4.txt";

  private static final Supplier<Article> ORIGINAL_ARTICLE = Suppliers.memoize(() -> parse(ORIGINAL));
  private static final Supplier<Article> REVISED_ARTICLE = Suppliers.memoize(() -> parse(REVISED));

  private Seeds() {}

  public static Article original() {
    return ORIGINAL_ARTICLE.get();
  }

  public static Article revised() {
    return REVISED_ARTICLE.get();
  }

  /** The repository's seeds/ folder, found from the working directory of the build (a module or the root). */
  public static Path dir() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path seeds = dir.resolve("seeds");
      if (Files.isRegularFile(seeds.resolve(ORIGINAL))) {
        return seeds;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no seeds/ folder above " + Paths.get("").toAbsolutePath());
  }

  public static String text(String fileName) {
    try {
      return Files.readString(dir().resolve(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Article parse(String fileName) {
    return TestParser.get().parse(fileName, text(fileName));
  }
}
