package dev.factdiff.cli;

import dev.factdiff.core.testing.TestParser;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM, with the test JVM's one parser, and keeps what it printed. */
final class Cli {
  private Cli() {}

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), TestParser::get);
    return new Result(code, out.toString(), err.toString());
  }
}
