package dev.factdiff.cli;

import dev.factdiff.reports.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's name and version, as Maven wrote it into {@code version.properties} at build time. */
public final class ToolVersion implements IVersionProvider {
  public static final String NAME = "factdiff";

  /** This build of factdiff. */
  public static Tool tool() {
    Properties properties = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tool(NAME, properties.getProperty("version", "unknown"));
  }

  @Override
  public String[] getVersion() {
    Tool tool = tool();
    return new String[] {tool.name() + " " + tool.version()};
  }
}
