package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.factdiff.core.model.Measure;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.testing.TestParser;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Numbers on real parses: the unit of measurement written with them, the "m" of metres and millions, ranges. */
class QuantityExtractorTest {

  /** Each quantity of the text as "text = value unit [measure]". */
  private static String quantities(String text) {
    return TestParser.get().parse("test", text).sentences().stream()
        .flatMap(s -> s.claim().quantities().stream())
        .map(QuantityExtractorTest::describe)
        .collect(Collectors.joining("; "));
  }

  private static String describe(Quantity q) {
    return q.text() + " = " + q.value().toPlainString() + " " + q.unit().name().toLowerCase(Locale.ROOT)
        + q.measure().map(m -> " " + m.name().toLowerCase(Locale.ROOT)).orElse("");
  }

  @Test
  void unitsAfterTheNumberAreItsMeasure() {
    assertEquals(
        "20-foot = 20 count foot; 3 miles = 3 count mile; 40 kilograms = 40 count kilogram",
        quantities("A 20-foot wall stood 3 miles away, and the crate held 40 kilograms of sand."));
    assertEquals(
        "120 km/h = 120 count kilometre_per_hour; 500 square kilometres = 500 count square_kilometre",
        quantities("The wind reached 120 km/h over 500 square kilometres."));
    assertEquals(
        "30 degrees Celsius = 30 count celsius; 86°F = 86 count fahrenheit",
        quantities("It was 30 degrees Celsius, or 86°F, at noon."));
  }

  @Test
  void anMAfterANumberIsMetresUnlessThingsAreCounted() {
    assertEquals(
        "5m = 5 count metre; 300m-long = 300 count metre",
        quantities("The wall is 5m high and a 300m-long tunnel runs under it."));
    assertEquals("100m = 100000000 count", quantities("Some 100m people live in the region."));
    assertEquals("$5m = 5000000 currency", quantities("The firm lost $5m last year."));
  }

  @Test
  void anyOtherRateHasNoMeasure() {
    assertEquals("603 = 603 count", quantities("The train ran at 603 kilometres per minute."));
    assertEquals(
        "603 kilometres per hour = 603 count kilometre_per_hour",
        quantities("The train ran at 603 kilometres per hour."));
  }

  @Test
  void theLowerBoundOfARangeTakesWhatTheUpperOneStates() {
    assertEquals("2 = 2 count kilometre; 5 km = 5 count kilometre", quantities("The caves are between 2 and 5 km deep."));
    assertEquals("10 = 10 count metre; 20 metres = 20 count metre", quantities("The caves are 10-20 metres wide."));
    assertEquals("10 = 10 percent; 15 percent = 15 percent", quantities("Output rose by 10 to 15 percent."));
    assertEquals(
        "2.5 = 2500000 count tonne; 3 million tonnes = 3000000 count tonne",
        quantities("The mine produced 2.5 to 3 million tonnes of ore."));
    assertEquals(
        "100 = 100 count; 3 million = 3000000 count",
        quantities("Between 100 and 3 million visitors came."));
  }

  @Test
  void aShareWrittenInWordsIsAFractionInPercent() {
    assertEquals(
        "a third = 33.33 fraction; Two-thirds = 66.67 fraction; half = 50 fraction",
        quantities("About a third of voters agreed. Two-thirds of them voted, and half the town stayed home."));
    assertEquals(
        "one-fifth = 20 fraction; three quarters = 75 fraction; One in five = 20 fraction",
        quantities("Nearly one-fifth of the land and three quarters of the forest burned. One in five homes lost power."));
  }

  @Test
  void anOrdinalAModifierOrAPartOfOneThingIsNoShare() {
    assertEquals("", quantities("Sales fell in the first half of the year and in the third quarter."));
    assertEquals(
        "third = 3 ordinal", quantities("A third party joined the talks after a quarter century of war."));
    assertEquals("", quantities("The storm passed in half an hour, and a quarter of a mile of road flooded."));
    assertEquals(
        "half a million dollars = 500000 currency", quantities("The firm won half a million dollars in damages."));
  }

  @Test
  void aShareIsTheSamePercentageAsArticlesRoundIt() {
    List<Quantity> q =
        TestParser.get().parse("test", "A third, 33 percent, 30 percent and one in three agreed.")
            .sentences().get(0).claim().quantities();
    assertEquals(true, q.get(0).sameAmount(q.get(1)), "a third is 33 percent");
    assertEquals(false, q.get(0).sameAmount(q.get(2)), "a third is not 30 percent");
    assertEquals(true, q.get(0).sameAmount(q.get(3)), "a third is one in three");
  }

  @Test
  void oneAmountInTwoUnitsIsTheSameAmount() {
    List<Quantity> q =
        TestParser.get().parse("test", "It rose 20 feet, or 6 metres, not 20 metres, and then 250 more.")
            .sentences().get(0).claim().quantities();
    assertEquals(Measure.FOOT, q.get(0).measure().orElseThrow());
    assertEquals(true, q.get(0).sameAmount(q.get(1)), "20 feet is 6 metres");
    assertEquals(false, q.get(0).sameAmount(q.get(2)), "20 feet is not 20 metres");
  }
}
