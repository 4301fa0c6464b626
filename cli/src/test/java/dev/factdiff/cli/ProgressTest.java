package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong nanos = new AtomicLong();

  @Test
  void aTerminalGetsOneBarRedrawnInPlaceWithTheTimeLeft() {
    StringWriter out = new StringWriter();
    Progress progress = new Progress(new PrintWriter(out), "factdiff batch", "pairs", 4, true, nanos::get);
    nanos.addAndGet(10_000_000_000L);
    progress.step();
    assertTrue(progress.bar().startsWith("factdiff batch [=======>                      ] 1/4 pairs, 0:10, about 0:30 left"),
        progress.bar());
    progress.step();
    progress.step();
    progress.step();
    String drawn = out.toString();
    assertEquals(4, drawn.split("\r\u001b\\[K", -1).length - 1, "redrawn in place, the line cleared each time");
    assertTrue(drawn.endsWith("4/4 pairs, 0:10  \n"), drawn);
  }

  @Test
  void aLogGetsAPlainLineAtEveryTenth() {
    StringWriter out = new StringWriter();
    Progress progress = new Progress(new PrintWriter(out), "factdiff eval", "cases", 200, false, nanos::get);
    for (int i = 0; i < 200; i++) {
      progress.step();
    }
    String[] lines = out.toString().split("\n");
    assertEquals(10, lines.length, out.toString());
    assertEquals("factdiff eval: 20/200 cases (10%, 0:00)", lines[0]);
    assertEquals("factdiff eval: 200/200 cases (100%, 0:00)", lines[9]);
    assertTrue(out.toString().indexOf('\r') < 0);
  }
}
