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
                  "The Tyrannosaurus feared only other Tyrannosaurs.",
                  "The Tyrannosaurus feared nothing but other tyrannosaurs.")));


  /** Where a spelling stands: its first place in each version, and the sentence that holds it. */
  private record Place(String spelling, Span span, int sentence) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, RuleContext context) {
    Map<String, Place> original = spellings(alignment.original());
    Map<String, Place> revised = spellings(alignment.revised());
    List<String> keys = new ArrayList<>(original.keySet());
    revised.keySet().stream().filter(k -> !original.containsKey(k)).forEach(keys::add);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        if (Names.variants(keys.get(i), keys.get(j))) {
          findings.add(finding(keys.get(i), keys.get(j), original, revised, alignment, context));
        }
      }
    }
    return findings;
  }

  private Finding finding(
      String a, String b, Map<String, Place> original, Map<String, Place> revised, Alignment alignment,
      RuleContext context) {
    Optional<Place> originalPlace;
    Optional<Place> revisedPlace;
    if (original.containsKey(a) && revised.containsKey(b)) {
      revisedPlace = Optional.of(revised.get(b));
      originalPlace = Optional.of(counterpart(revised.get(b), a, alignment).orElse(original.get(a)));
    } else if (original.containsKey(b) && revised.containsKey(a)) {
      revisedPlace = Optional.of(revised.get(a));
      originalPlace = Optional.of(counterpart(revised.get(a), b, alignment).orElse(original.get(b)));
    } else if (original.containsKey(a)) {
      originalPlace = Optional.of(original.get(b));
      revisedPlace = Optional.empty();
    } else {
      originalPlace = Optional.empty();
      revisedPlace = Optional.of(revised.get(b));
    }
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
        preferred.map(p -> "Write " + Findings.quote(p) + " throughout."));
  }

  /** "Guarani"/"Guaraní": the same letters but for accents, as sources of one name often differ. */
  private static boolean accentsOnly(String a, String b) {
    return plain(a).equalsIgnoreCase(plain(b));
  }

  private static String plain(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static String spelling(String key, Map<String, Place> first, Map<String, Place> second) {
    Place place = first.containsKey(key) ? first.get(key) : second.get(key);
    return place.spelling();
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

  /** Each name spelling of the article (lower-case key) and its first place. */
  private static Map<String, Place> spellings(Article article) {
    Map<String, Place> places = new LinkedHashMap<>();
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
          places.putIfAbsent(key, new Place(t.text(), t.span(), s.index()));
        }
      }
    }
    return places;
  }
}
