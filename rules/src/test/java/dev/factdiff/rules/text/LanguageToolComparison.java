package dev.factdiff.rules.text;

import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.config.RuleConfiguration;
import dev.factdiff.rules.engine.RuleEngine;
import dev.factdiff.rules.eval.EvalCase;
import dev.factdiff.rules.eval.EvalCases;
import dev.factdiff.rules.eval.ExpectedItem;
import dev.factdiff.rules.eval.Place;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * A benchmark, run on demand: LanguageTool 6.8's default English rules beside factdiff's text rules on the seed
 * pair, in one run. For each it prints how many of the eight broken or malformed places it finds, its other
 * matches (false alarms) and its time.
 *
 * <pre>./mvnw -q -o -pl rules -am test -Dtest=LanguageToolComparison -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfactdiff.benchmark=true</pre>
 */
@EnabledIfSystemProperty(named = "factdiff.benchmark", matches = "true")
class LanguageToolComparison {

  private static final Set<String> TEXT_CATEGORIES = Set.of("BROKEN_SENTENCE", "MALFORMED_TEXT");

  /** A flagged range in one version. */
  private record Flag(boolean original, Place place, String label) {}

  @Test
  void compareOnTheSeedPair() throws IOException {
    EvalCase seed = EvalCases.load(Seeds.dir().resolve("expected-findings.json")).get(0);
    List<ExpectedItem> places = seed.must().stream().filter(m -> TEXT_CATEGORIES.contains(m.category())).toList();

    // CoreNLP brings Xerces onto the class path; LanguageTool's rule files need the JDK's own SAX parser.
    String saxKey = "javax.xml.parsers.SAXParserFactory";
    String saxBefore = System.getProperty(saxKey);
    System.setProperty(saxKey, "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
    long t0 = System.nanoTime();
    JLanguageTool languageTool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    long t1 = System.nanoTime();
    List<Flag> ltFlags = new ArrayList<>();
    for (RuleMatch m : languageTool.check(seed.original())) {
      ltFlags.add(new Flag(true, new Place(m.getFromPos(), m.getToPos()), label(m, seed.original())));
    }
    for (RuleMatch m : languageTool.check(seed.revised())) {
      ltFlags.add(new Flag(false, new Place(m.getFromPos(), m.getToPos()), label(m, seed.revised())));
    }
    long t2 = System.nanoTime();
    languageTool.check(seed.original());
    languageTool.check(seed.revised());
    long ltWarm = System.nanoTime() - t2;
    if (saxBefore == null) {
      System.clearProperty(saxKey);
    } else {
      System.setProperty(saxKey, saxBefore);
    }

    long p0 = System.nanoTime();
    Article original = TestParser.get().parse(Seeds.ORIGINAL, seed.original());
    Article revised = TestParser.get().parse(Seeds.REVISED, seed.revised());
    long p1 = System.nanoTime();
    TestParser.get().parse(Seeds.ORIGINAL, seed.original());
    TestParser.get().parse(Seeds.REVISED, seed.revised());
    long t3 = System.nanoTime();
    RuleEngine engine = RuleEngine.of(SeedPairTextRulesTest.textRules(), RuleConfiguration.defaults());
    List<Flag> ourFlags = new ArrayList<>();
    for (Finding f : engine.run(new Alignment(original, revised, List.of())).findings()) {
      if (f.severity().atLeast(Severity.WARNING)) {
        var excerpt = f.original().or(f::revised).orElseThrow();
        ourFlags.add(
            new Flag(f.original().isPresent(), new Place(excerpt.span().start(), excerpt.span().end()),
                f.ruleId() + " “" + excerpt.text() + "”"));
      }
    }
    long t4 = System.nanoTime();

    System.out.printf(
        "LanguageTool 6.8 (en-US, default rules): set-up %d ms, checking both articles %d ms (first), %d ms (again)%n",
        ms(t1 - t0), ms(t2 - t1), ms(ltWarm));
    report(places, ltFlags);
    System.out.printf(
        "factdiff text rules: parsing both articles %d ms (first, models loading), %d ms (again; the parse serves every"
            + " rule), text rules %d ms%n",
        ms(p1 - p0), ms(t3 - p1), ms(t4 - t3));
    report(places, ourFlags);
  }

  private static void report(List<ExpectedItem> places, List<Flag> flags) {
    long found = places.stream().filter(p -> flags.stream().anyMatch(f -> hits(f, p))).count();
    List<Flag> alarms = flags.stream().filter(f -> places.stream().noneMatch(p -> hits(f, p))).toList();
    System.out.printf("  places found %d of %d; false alarms %d%n", found, places.size(), alarms.size());
    alarms.forEach(a -> System.out.println("    false alarm in the " + (a.original() ? "original: " : "revision: ") + a.label()));
  }

  private static boolean hits(Flag flag, ExpectedItem place) {
    Optional<Place> expected = flag.original() ? place.original() : place.revised();
    return expected.isPresent() && Place.widened(flag.place().start(), flag.place().end()).overlaps(expected.get());
  }

  private static String label(RuleMatch m, String text) {
    return m.getRule().getId() + " “" + text.substring(m.getFromPos(), m.getToPos()) + "”: " + m.getMessage();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
