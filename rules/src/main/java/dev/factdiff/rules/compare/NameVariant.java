package dev.factdiff.rules.compare;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.lexicon.WordNetLexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One name spelled two ways, across the versions or inside one ("Gaddafi"/"Qadhafi"): the spellings sound alike
 * and differ by a few letters. Derived forms ("Russia's", "Russian") are not variants. Where the newsroom's
 * style list names the preferred spelling, the finding suggests it.
 */
public final class NameVariant implements CrossVersionRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "NAME_VARIANT",
          Category.NAME_VARIANT,
          Severity.WARNING,
          "A name is spelled two ways: the same person or place must be written the same way throughout.",
          List.of(
              Example.flags(
                  "Talks were held in the city of [[Mariupol]] on Monday.",
                  "Talks were held in the city of [[Mariupil]] on Monday."),
              Example.flags(
                  "President [[Zelensky]] spoke to reporters.", "President [[Zelenskyy]] spoke to reporters."),
              Example.passes(
                  "Russia's defence minister arrived in Paris.", "The Russian defence minister arrived in Paris."),
              Example.passes("Kenya's leader met Iran's envoy.", "Kenya's leader met Iraq's envoy."),
              Example.passes(
                  "The Enquiry Desk of the old library opened on Monday.",
                  "The Inquiry Desk of the old library opened on Monday."),
              Example.passes(
                  "The Tyrannosaurus feared only other Tyrannosaurs.",
                  "The Tyrannosaurus feared nothing but other tyrannosaurs.")));


  /** Where a spelling stands, and the sentence that holds it. */
  private record Place(String spelling, Span span, int sentence) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, RuleContext context) {
    Map<String, List<Place>> original = spellings(alignment.original());
    Map<String, List<Place>> revised = spellings(alignment.revised());
    List<String> keys = new ArrayList<>(original.keySet());
    revised.keySet().stream().filter(k -> !original.containsKey(k)).forEach(keys::add);
    List<Finding> findings = new ArrayList<>();
    for (int[] pair : Names.soundAlikeCandidates(keys)) {
      if (Names.variants(keys.get(pair[0]), keys.get(pair[1])) && !commonWords(keys.get(pair[0]), keys.get(pair[1]))) {
        findings.addAll(findings(keys.get(pair[0]), keys.get(pair[1]), original, revised, alignment, context));
      }
    }
    return findings;
  }

  /**
   * A spelling of the original written another way in the revision is reported at every place of the revision's
   * spelling (the engine makes one finding of them); a name spelled two ways inside one version, at its first
   * place.
   */
  private List<Finding> findings(
      String a, String b, Map<String, List<Place>> original, Map<String, List<Place>> revised, Alignment alignment,
      RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    if (original.containsKey(a) && revised.containsKey(b)) {
      for (Place place : revised.get(b)) {
        Place originalPlace = counterpart(place, a, alignment).orElse(original.get(a).get(0));
        findings.add(
            finding(a, b, Optional.of(originalPlace), Optional.of(place), original, revised, alignment, context));
      }
    } else if (original.containsKey(b) && revised.containsKey(a)) {
      for (Place place : revised.get(a)) {
        Place originalPlace = counterpart(place, b, alignment).orElse(original.get(b).get(0));
        findings.add(
            finding(a, b, Optional.of(originalPlace), Optional.of(place), original, revised, alignment, context));
      }
    } else if (original.containsKey(a)) {
      Optional<Place> place = Optional.of(original.get(b).get(0));
      findings.add(finding(a, b, place, Optional.empty(), original, revised, alignment, context));
    } else {
      Optional<Place> place = Optional.of(revised.get(b).get(0));
      findings.add(finding(a, b, Optional.empty(), place, original, revised, alignment, context));
    }
    return findings;
  }

  private Finding finding(
      String a, String b, Optional<Place> originalPlace, Optional<Place> revisedPlace,
      Map<String, List<Place>> original, Map<String, List<Place>> revised, Alignment alignment,
      RuleContext context) {
    String one = spelling(a, original, revised);
    String two = spelling(b, revised, original);
    Optional<String> preferred = context.preferredSpelling(one).or(() -> context.preferredSpelling(two));
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("spelling", one);
    evidence.put("variant", two);
    preferred.ifPresent(p -> evidence.put("preferred", p));
    String message =
        "The same name is spelled " + Findings.quote(one) + " and " + Findings.quote(two) + "."
            + preferred.map(p -> " The style list prefers " + Findings.quote(p) + ".").orElse("");
    return Findings.of(
        INFO,
        accentsOnly(one, two) ? Severity.INFO : Severity.WARNING,
        message,
        alignment,
        originalPlace.map(Place::span),
        revisedPlace.map(Place::span),
        evidence,
        Optional.of(preferred.map(p -> "Write " + Findings.quote(p) + " throughout.")
            .orElse("Check which spelling is right and write it throughout; the original has " + Findings.quote(one)
                + ".")));
  }

  /**
   * Two common words capitalized in a title ("Office" / "Officer", "Enquiry" / "Inquiry") are words, not two
   * spellings of a name; a name WordNet writes capitalized ("Macao" / "Macau") or does not know stays.
   */
  private static boolean commonWords(String a, String b) {
    WordNetLexicon lexicon = WordNetLexicon.get();
    return lexicon.knowsAsCommonWord(a) && lexicon.knowsAsCommonWord(b);
  }

  /** "Guarani"/"Guaraní": the same letters but for accents, as sources of one name often differ. */
  private static boolean accentsOnly(String a, String b) {
    return plain(a).equalsIgnoreCase(plain(b));
  }

  private static String plain(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static String spelling(String key, Map<String, List<Place>> first, Map<String, List<Place>> second) {
    List<Place> places = first.containsKey(key) ? first.get(key) : second.get(key);
    return places.get(0).spelling();
  }

  /** The original spelling {@code key} in the original sentences aligned with the revised place. */
  private static Optional<Place> counterpart(Place revisedPlace, String key, Alignment alignment) {
    for (AlignedPair pair : alignment.pairs()) {
      if (pair.revised().stream().noneMatch(s -> s.index() == revisedPlace.sentence())) {
        continue;
      }
      for (Sentence s : pair.original()) {
        for (Token t : s.tokens()) {
          if (Names.key(t.text()).equals(key)) {
            return Optional.of(new Place(t.text(), t.span(), s.index()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Each name spelling of the article (lower-case key) and its places, in reading order. */
  private static Map<String, List<Place>> spellings(Article article) {
    Map<String, List<Place>> places = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      List<Mention> mentions = s.claim().mentions();
      for (Token t : s.tokens()) {
        boolean inTime = s.claim().times().stream().anyMatch(d -> d.span().contains(t.span()));
        boolean named =
            // Dates, times and amounts are no names: "March" is no variant of "Marco".
            !t.isTemporalEntity()
                && !t.isNumericEntity()
                && !inTime
                && (t.isProperNoun() || mentions.stream().anyMatch(m -> m.span().contains(t.span())));
        String key = Names.key(t.text());
        if (named && !key.isEmpty() && Character.isUpperCase(t.text().codePointAt(0))) {
          places.computeIfAbsent(key, k -> new ArrayList<>()).add(new Place(t.text(), t.span(), s.index()));
        }
      }
    }
    return places;
  }
}
