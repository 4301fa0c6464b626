package dev.factdiff.core.input;

import com.google.common.base.Suppliers;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileBuilder;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which language a version is written in, so that a pair that is not English on both sides is refused
 * rather than given confident nonsense. Two stages, so that an English article costs next to nothing: English
 * running text is about half closed-class words (articles, prepositions, pronouns, auxiliaries), another language
 * has few of them; only a text short of them goes to Optimaize's n-gram detector (the one inside Apache Tika's
 * language module) with its 71 built-in profiles, read on first use (about 3 s), which names the language. The
 * only class that names Optimaize. Thread-safe.
 */
public final class LanguageDetection {

  /** Fewer letters than this say too little: a short English headline can read as anything. */
  private static final int MIN_LETTERS = 200;

  /** The detector's probabilities settle within a few thousand characters; the rest of a long article adds time. */
  private static final int SAMPLE_CHARS = 10_000;

  /** How sure the detector must be that a text is in another language, and how little English it may find. */
  private static final double MIN_OTHER = 0.9;

  private static final double MAX_ENGLISH = 0.1;

  /**
   * The closed-class words of English grammar: articles, the common prepositions and conjunctions, personal
   * pronouns and the forms of the auxiliaries. They are 40 to 50% of the words of English news text and a few
   * percent of French, German or Spanish text (which share "a", "in", "on", "die" or "so" with them).
   */
  private static final Set<String> ENGLISH_CLOSED_CLASS =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "about", "after",
          "before", "over", "under", "between", "against", "during", "without", "through", "and", "or", "but",
          "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "he", "him", "his", "she",
          "her", "they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "is", "are", "was",
          "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can",
          "could", "should", "may", "might", "must", "not", "no", "as", "if", "than", "then", "there", "when",
          "where", "while", "also", "said", "says");

  /** Above this share of closed-class words a text is English without asking the n-gram detector. */
  private static final double CLEARLY_ENGLISH = 0.2;

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

  private final Supplier<LanguageDetector> detector = Suppliers.memoize(LanguageDetection::detector);
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  private LanguageDetection() {}

  /** A detection that reads the n-gram profiles only when a text needs them. */
  public static LanguageDetection create() {
    return new LanguageDetection();
  }

  /** The n-gram detector with every built-in profile (see {@link #profile}). */
  private static LanguageDetector detector() {
    List<LanguageProfile> profiles = new ArrayList<>();
    for (LdLocale locale : BuiltInLanguages.getLanguages()) {
      profiles.add(profile(locale));
    }
    return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
  }

  /** The share of the words of {@code text} that are English closed-class words. */
  static double closedClassShare(String text) {
    Matcher word = WORD.matcher(text);
    int words = 0;
    int closed = 0;
    while (word.find()) {
      words++;
      if (ENGLISH_CLOSED_CLASS.contains(word.group().toLowerCase(Locale.ROOT))) {
        closed++;
      }
    }
    return words == 0 ? 0 : (double) closed / words;
  }

  /**
   * One built-in profile, read from the library's JSON with a pattern: its own JSON library (jsonic, by reflection)
   * took 6 s for the 71 profiles, this takes half of the 3 s left (the rest is the detector's tables). A profile is a flat map of n-grams to
   * counts: {@code {"freq":{"the":123,...},"n_words":[...],"name":"en"}}.
   */
  private static LanguageProfile profile(LdLocale locale) {
    String resource = "languages/" + locale;
    try (InputStream in = LanguageDetection.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("language profile missing from the classpath: " + resource);
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int start = json.indexOf("\"freq\":{");
      int end = json.indexOf('}', start);
      LanguageProfileBuilder builder = new LanguageProfileBuilder(locale);
      Matcher gram = GRAM.matcher(json).region(start + 8, end);
      while (gram.find()) {
        builder.addGram(unescape(gram.group(1)), Integer.parseInt(gram.group(2)));
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language profile " + resource, e);
    }
  }

  private static final Pattern GRAM = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\":(\\d+)");

  private static String unescape(String json) {
    if (json.indexOf('\\') < 0) {
      return json;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = json.charAt(++i);
      if (next == 'u') {
        out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
        i += 4;
      } else {
        out.append(switch (next) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          case 'b' -> '\b';
          case 'f' -> '\f';
          default -> next;
        });
      }
    }
    return out.toString();
  }

  /**
   * The language {@code text} is written in, in English ("French"), when the detector is sure it is not English;
   * empty for English, for text too short to tell, and when the detector is unsure.
   */
  public Optional<String> otherThanEnglish(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS
        || closedClassShare(sample) >= CLEARLY_ENGLISH) {
      return Optional.empty();
    }
    List<DetectedLanguage> guesses = detector.get().getProbabilities(texts.forText(sample));
    double english = guesses.stream()
        .filter(g -> g.getLocale().getLanguage().equals("en"))
        .mapToDouble(DetectedLanguage::getProbability)
        .sum();
    if (guesses.isEmpty() || english > MAX_ENGLISH) {
      return Optional.empty();
    }
    DetectedLanguage best = guesses.get(0);
    if (best.getProbability() < MIN_OTHER) {
      return Optional.empty();
    }
    String code = best.getLocale().getLanguage();
    String language = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return Optional.of(language.isEmpty() ? code : language);
  }

  /**
   * Refuses a pair whose versions are not both English with a one-line {@link InputException}: comparing across
   * languages is not what the rules are made for.
   */
  public void requireEnglish(SourceText original, SourceText revised) {
    for (SourceText version : List.of(original, revised)) {
      Optional<String> language = otherThanEnglish(version.text());
      if (language.isPresent()) {
        String which = version == original ? "original" : "revised";
        throw new InputException(version.name() + ": the " + which + " version reads as " + language.get()
            + "; factdiff compares English versions (--assume-english checks it anyway)");
      }
    }
  }
}
