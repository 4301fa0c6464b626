package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * TemporalCues' words are SUTime's: each is a word of SUTime's English rule files (bundled in the CoreNLP models
 * jar) or matched by one of their token patterns, but for a short, stated list factdiff adds to err wide; and the
 * time units, decades and times of day those rules name are all cues.
 */
class TemporalCuesSutimeTest {

  private static final String DIR = "/edu/stanford/nlp/models/sutime/";
  private static final List<String> RULE_FILES =
      List.of("english.sutime.txt", "english.holidays.sutime.txt", "defs.sutime.txt", "british.sutime.txt");

  /**
   * Words factdiff reads as time cues though SUTime's rule files do not name them: vague times ("soon", "lately",
   * "nowadays") and periods ("semester", "anniversary", "holiday") that announce a nearby date, holidays of other
   * calendars, time zones and eras (SUTime handles those in code), "thu" beside SUTime's "thur" and "thurs", and
   * "dozen" ("a dozen years").
   */
  private static final Set<String> FACTDIFF_ADDITIONS =
      Set.of(
          "soon", "lately", "nowadays", "semester", "anniversary", "holiday", "ramadan", "eid", "gmt", "utc", "bce",
          "ce", "thu", "dozen");

  /** SUTime token patterns, {@code /like|this/}. */
  private static final Pattern TOKEN_PATTERN = Pattern.compile("/((?:[^/\\n\\\\]|\\\\.)+)/");

  @Test
  void everyCueWordIsSutimesOrAStatedAddition() throws IOException {
    String rules = sutimeRules();
    List<Pattern> patterns = tokenPatterns(rules);
    Set<String> notInSutime = new TreeSet<>();
    for (String word : TemporalCues.vocabulary()) {
      if (!namedIn(rules.toLowerCase(Locale.ROOT), word) && patterns.stream().noneMatch(p -> p.matcher(word).matches())) {
        notInSutime.add(word);
      }
    }
    assertEquals(new TreeSet<>(FACTDIFF_ADDITIONS), notInSutime);
  }

  @Test
  void sutimesUnitsDecadesAndTimesOfDayAreCues() throws IOException {
    String rules = sutimeRules();
    List<String> named = new ArrayList<>();
    for (String map : List.of("TIMEUNIT_MAP", "DECADES_MAP")) {
      Matcher block = Pattern.compile(map + " = \\{(.*?)}", Pattern.DOTALL).matcher(rules);
      assertTrue(block.find(), map + " in SUTime's rules");
      Matcher key = Pattern.compile("\"([a-z]+)\"\\s*:").matcher(block.group(1));
      while (key.find()) {
        named.add(key.group(1));
      }
    }
    Matcher timeOfDay = Pattern.compile("\\$TIMEOFDAY = \"/([a-z|]+)/\"").matcher(rules);
    assertTrue(timeOfDay.find(), "$TIMEOFDAY in SUTime's rules");
    named.addAll(List.of(timeOfDay.group(1).split("\\|")));
    assertTrue(named.size() > 30, named.toString());
    for (String word : named) {
      Token token = new Token(0, new Span(0, word.length()), word, word, "NN", "O");
      assertEquals(1, TemporalCues.windows(List.of(token)).size(), "SUTime's '" + word + "' is no cue");
    }
  }

  private static boolean namedIn(String rules, String word) {
    return Pattern.compile("(?<![a-z])" + Pattern.quote(word) + "(?![a-z])").matcher(rules).find();
  }

  /** The token patterns of the rules, without those that match any word at all ({@code /[a-z]+/}, {@code /.*s/}). */
  private static List<Pattern> tokenPatterns(String rules) {
    List<Pattern> patterns = new ArrayList<>();
    Matcher m = TOKEN_PATTERN.matcher(rules);
    while (m.find()) {
      try {
        Pattern p = Pattern.compile(m.group(1), Pattern.CASE_INSENSITIVE);
        if (!p.matcher("qqqq").matches() && !p.matcher("qqqqs").matches()) {
          patterns.add(p);
        }
      } catch (PatternSyntaxException e) {
        // Not a token pattern: a path or a fraction in a comment.
      }
    }
    return patterns;
  }

  private static String sutimeRules() throws IOException {
    StringBuilder text = new StringBuilder();
    for (String file : RULE_FILES) {
      try (InputStream in = TemporalCuesSutimeTest.class.getResourceAsStream(DIR + file)) {
        assertNotNull(in, "SUTime's " + file + " in the CoreNLP models jar");
        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return text.toString();
  }
}
