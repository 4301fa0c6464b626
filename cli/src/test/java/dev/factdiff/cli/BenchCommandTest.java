package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

  @Test
  void theReferenceRunsWithItsOwnHeapWhateverTheLaunchersHeap() {
    List<String> launcher = List.of("-Xmx1g", "-Xmn400m", "-XX:+UseSerialGC", "-Xss4m");
    assertEquals(List.of("-XX:+UseSerialGC", "-Xss4m", "-Xmx3g"), BenchCommand.referenceJvmOptions(launcher));
    assertEquals(List.of("-Xmx3g"), BenchCommand.referenceJvmOptions(List.of("-Xms64m", "-Xmx8g")));
  }
}
