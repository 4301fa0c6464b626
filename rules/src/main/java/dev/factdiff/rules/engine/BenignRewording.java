package dev.factdiff.rules.engine;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.compare.MeaningDrift;
import dev.factdiff.rules.lexicon.Relation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Lowers to info the findings of the rules that pair words (a replaced word, a negation cue, an added word) inside
 * a sentence reworded freely that the meaning model judges equivalent to its original: there those rules see a
 * translator's choices ("not damaged" / "left intact"), not a changed claim. The findings stay in the report, at
 * info, with the model's similarity as evidence. Rules that compare values (numbers, dates, quotations) and names
 * are never lowered: a changed number or name moves a sentence's embedding too little for the model to see it
 * (lowering CHANGED_ENTITY cost mqm2021 54 of its 210 found mistranslations; see docs/QUALITY.md).
 */
final class BenignRewording {

  /** The rules whose evidence is a pairing of words, which free rewording breaks. */
  private static final Set<String> WORD_PAIRING = Set.of("CHANGED_MEANING", "NEGATION_FLIP", "ADDED_CLAIM");

  /**
   * Only a pair sharing less than this in words ({@code AlignedPair.similarity}) is reworded freely. Above it a
   * summary or an edit keeps most words and changes a few on purpose, and the model cannot tell those edits
   * ("respiratory" / "digestive" in a sentence kept otherwise reads as equivalent to it).
   */
  static final double REWORDED_BELOW = 0.7;

  private static final Set<Relation> OUT_OF_KIND = Set.of(Relation.ANTONYM, Relation.UNRELATED);

  private BenignRewording() {}

  static List<Finding> soften(List<Finding> findings, Alignment alignment, RuleContext context) {
    double equivalent = context.option(MeaningDrift.ID, MeaningDrift.EQUIVALENT_ABOVE);
    List<AlignedPair> matched = alignment.matched();
    return findings.stream().map(f -> soften(f, matched, equivalent)).toList();
  }

  private static Finding soften(Finding finding, List<AlignedPair> matched, double equivalent) {
    if (finding.severity() == Severity.INFO || !WORD_PAIRING.contains(finding.ruleId()) || isSwapOfKind(finding)) {
      return finding;
    }
    for (AlignedPair pair : matched) {
      OptionalDouble similarity = pair.meaning().modelSimilarity();
      if (similarity.isPresent()
          && similarity.getAsDouble() >= equivalent
          && pair.similarity() < REWORDED_BELOW
          && holds(pair, finding)) {
        ImmutableMap<String, String> evidence =
            ImmutableMap.<String, String>builder()
                .putAll(finding.evidence())
                .put("meaning similarity", String.format(Locale.ROOT, "%.2f", similarity.getAsDouble()))
                .put("lowered from", finding.severity().name().toLowerCase(Locale.ROOT))
                .buildKeepingLast();
        return new Finding(
                finding.ruleId(),
                finding.category(),
                finding.severity(),
                finding.message(),
                finding.original(),
                finding.revised(),
                evidence,
                finding.suggestion())
            .withSeverity(Severity.INFO);
      }
    }
    return finding;
  }

  /**
   * A word replaced by its opposite, or by one WordNet does not relate to it at all ("harbour" / "budget"): one such
   * swap moves the embedding of a sentence as little as a changed name does, so the model's "equivalent" says
   * nothing about it.
   */
  private static boolean isSwapOfKind(Finding finding) {
    String relation = finding.evidence().getOrDefault("relation", "");
    return OUT_OF_KIND.stream().anyMatch(r -> r.name().toLowerCase(Locale.ROOT).equals(relation));
  }

  /** Whether every place of the finding lies inside this pair. */
  private static boolean holds(AlignedPair pair, Finding finding) {
    return within(finding.original(), pair.originalSpan()) && within(finding.revised(), pair.revisedSpan());
  }

  private static boolean within(Optional<Excerpt> place, Optional<Span> pairSpan) {
    return place.isEmpty() || pairSpan.isPresent() && pairSpan.get().contains(place.get().span());
  }
}
