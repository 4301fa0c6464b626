package dev.factdiff.cli;

import dev.factdiff.reports.FindingOrder;
import dev.factdiff.reports.Gate;
import dev.factdiff.rules.Severity;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Command-line values that name severities and orders. */
final class Converters {
  private Converters() {}

  /** {@code error}, {@code warning}, {@code info} or {@code never}. */
  static final class GateConverter implements ITypeConverter<Gate> {
    @Override
    public Gate convert(String value) {
      try {
        return Gate.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected error, warning, info or never but was '" + value + "'");
      }
    }
  }

  static final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      try {
        return Severity.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected error, warning or info but was '" + value + "'");
      }
    }
  }

  /** {@code triage} or {@code reading}. */
  static final class OrderConverter implements ITypeConverter<FindingOrder> {
    @Override
    public FindingOrder convert(String value) {
      try {
        return FindingOrder.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected triage or reading but was '" + value + "'");
      }
    }
  }

  /** Completion candidates for {@code --order}. */
  static final class OrderCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("triage", "reading").iterator();
    }
  }

  /** Completion candidates for {@code --fail-on}. */
  static final class GateCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("error", "warning", "info", "never").iterator();
    }
  }

  /** Completion candidates for {@code --min-severity}. */
  static final class SeverityCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("error", "warning", "info").iterator();
    }
  }
}
