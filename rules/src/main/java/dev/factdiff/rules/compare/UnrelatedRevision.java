package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.CrossVersionRule;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.RuleOption;
import dev.factdiff.rules.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A revision that is not a version of the original at all: the wrong file, another article of the same page.
 * Every other rule would bury the editor in one dropped and one added claim per sentence, all warnings, and the
 * default gate would pass it; this says it once, as an error. Judged by the alignment: the share of each
 * version's sentences that state something and are rendered by the other. Both shares must be low: a revision
 * cut to one kept sentence renders little of the original but is all the original's, which is MISSING_CLAIM's
 * to report. Short texts are left alone, where one reworded sentence would be all of the evidence.
 */
public final class UnrelatedRevision implements CrossVersionRule {

  public static final String ID = "UNRELATED_REVISION";

  static final RuleOption<Double> SHARED_BELOW =
      RuleOption.number(
          "sharedBelow", 0.2, 0, 1,
          "Flag when less than this share of each version's sentences is rendered by the other.");

  static final RuleOption<Integer> MIN_SENTENCES =
      RuleOption.wholeNumber(
          "minSentences", 3, 1, 1000,
          "Judge only versions with at least this many sentences that state something.");

  private static final String ORIGINAL =
      "[[The city council approved a new budget for the schools on Monday.]] The plan adds two hundred "
          + "teachers over three years. Parents had asked for smaller classes since the spring. The mayor said "
          + "the money comes from a tax on hotel rooms.";

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Category.CLAIM_MISSING,
          Severity.ERROR,
          "The revision shares almost no sentence with the original: it is not a version of this article.",
          List.of(
              Example.flags(
                  ORIGINAL,
                  "[[Heavy rain flooded the harbour road on Friday night.]] Fishermen moved their boats to the "
                      + "northern pier. The weather service expects more storms next week. Two ferries to the "
                      + "islands were cancelled."),
              Example.passes(
                  ORIGINAL.replace("[[", "").replace("]]", ""),
                  "On Monday the city council approved a new budget for the schools. The plan adds two hundred "
                      + "teachers over three years. The mayor said the money comes from a tax on hotel rooms."),
              Example.passes(
                  ORIGINAL.replace("[[", "").replace("]]", ""),
                  "The city council approved a new budget for the schools on Monday.")),
          List.of(SHARED_BELOW, MIN_SENTENCES));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, RuleContext context) {
    List<Sentence> originals = stating(alignment.original().sentences());
    List<Sentence> revisions = stating(alignment.revised().sentences());
    int least = context.option(ID, MIN_SENTENCES);
    if (originals.size() < least || revisions.size() < least) {
      return List.of();
    }
    Set<Integer> renderedOriginal = new HashSet<>();
    Set<Integer> renderedRevised = new HashSet<>();
    for (AlignedPair pair : alignment.matched()) {
      pair.original().forEach(s -> renderedOriginal.add(s.index()));
      pair.revised().forEach(s -> renderedRevised.add(s.index()));
    }
    long keptOriginal = originals.stream().filter(s -> renderedOriginal.contains(s.index())).count();
    long keptRevised = revisions.stream().filter(s -> renderedRevised.contains(s.index())).count();
    double threshold = context.option(ID, SHARED_BELOW);
    if ((double) keptOriginal / originals.size() >= threshold || (double) keptRevised / revisions.size() >= threshold) {
      return List.of();
    }
    String message =
        "The revision is not a version of this article: it renders " + keptOriginal + " of the original's "
            + originals.size() + " sentences, and " + keptRevised + " of its own " + revisions.size()
            + " come from the original.";
    return List.of(
        Findings.of(
            INFO,
            INFO.defaultSeverity(),
            message,
            alignment,
            Optional.of(originals.get(0).span()),
            Optional.of(revisions.get(0).span()),
            ImmutableMap.of(
                "originalRendered", share(keptOriginal, originals.size()),
                "revisedRendered", share(keptRevised, revisions.size()))));
  }

  /** The sentences that say something: boilerplate, bylines and one-word lines do not make two texts alike. */
  private static List<Sentence> stating(List<Sentence> sentences) {
    return sentences.stream().filter(Unmatched::bearsFacts).toList();
  }

  private static String share(long part, int whole) {
    return part + "/" + whole + String.format(Locale.ROOT, " (%.2f)", (double) part / whole);
  }
}
