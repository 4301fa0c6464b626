package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factdiff.core.testing.Seeds;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed pair converted to .docx by LibreOffice (a Word document made by another program than the one that
 * reads it) gives the findings of the text files. Skipped, and reported skipped, where {@code soffice} is not
 * installed; CI installs it ({@code .ci/run}).
 */
class LibreOfficeDocxTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static boolean sofficeInstalled() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "soffice"))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> findings(Cli.Result result) throws IOException {
    assertEquals(0, result.code(), result.err());
    JsonNode root = MAPPER.readTree(result.out());
    List<String> out = new ArrayList<>();
    for (JsonNode f : root.get("findings")) {
      StringBuilder line = new StringBuilder(f.get("rule").asText() + " " + f.get("message").asText());
      for (String side : List.of("original", "revised")) {
        JsonNode place = f.get(side);
        if (!place.isNull()) {
          String text = root.at("/" + side + "/text").asText();
          assertEquals(place.get("text").asText(), text.substring(place.get("start").asInt(), place.get("end").asInt()));
          line.append(" | ").append(place.get("text").asText());
        }
      }
      out.add(line.toString());
    }
    return out;
  }

  @Test
  void theSeedPairConvertedByLibreOfficeGivesTheSameFindings() throws Exception {
    assumeTrue(sofficeInstalled(), "soffice (LibreOffice) is not installed");
    List<String> converted = new ArrayList<>();
    for (String seed : List.of(Seeds.ORIGINAL, Seeds.REVISED)) {
      Files.copy(Seeds.dir().resolve(seed), dir.resolve(seed));
      converted.add(dir.resolve(seed.replace(".txt", ".docx")).toString());
    }
    // A profile of its own: a user's running LibreOffice (or another test's) would otherwise take the request.
    Process soffice = new ProcessBuilder(
            "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--convert-to",
            "docx:MS Word 2007 XML", "--outdir", dir.toString(),
            dir.resolve(Seeds.ORIGINAL).toString(), dir.resolve(Seeds.REVISED).toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice.log").toFile())
        .start();
    assumeTrue(soffice.waitFor(180, TimeUnit.SECONDS), "soffice did not finish within 180 s");
    assumeTrue(Files.exists(Path.of(converted.get(1))), "soffice wrote no document: " + Files.readString(dir.resolve("soffice.log")));

    List<String> expected = findings(Cli.run("check", "--format", "json", "--fail-on", "never",
        Seeds.dir().resolve(Seeds.ORIGINAL).toString(), Seeds.dir().resolve(Seeds.REVISED).toString()));
    Cli.Result docx = Cli.run("check", "--format", "json", "--fail-on", "never", converted.get(0), converted.get(1));
    assertEquals("docx", MAPPER.readTree(docx.out()).at("/original/format").asText());
    assertEquals(expected, findings(docx));
  }
}
