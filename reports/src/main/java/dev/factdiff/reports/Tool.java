package dev.factdiff.reports;

import com.google.common.base.Preconditions;

/** The program that made a report. */
public record Tool(String name, String version) {
  public Tool {
    Preconditions.checkArgument(!name.isBlank(), "tool name is blank");
    Preconditions.checkArgument(!version.isBlank(), "tool version is blank");
  }
}
