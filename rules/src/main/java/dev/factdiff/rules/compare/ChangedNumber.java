package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Example;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.RuleContext;
import dev.factdiff.rules.RuleInfo;
import dev.factdiff.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A number of an aligned claim that the revision states differently: another value, unit or scale, or a number
 * that is only in one version. Wording, hedges and conversions do not count: "90 percent" is "90%", "some four
 * million" is "around 4,000,000", "20 feet" is "6 metres", "a third" is "33 percent"; "20 feet" is not "20
 * metres". A number in one version only is a warning where the rest of the sentence kept its order, and info in a
 * free rewording, where the parser may have read it differently.
 */
public final class ChangedNumber implements MatchedPairRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CHANGED_NUMBER",
          Category.NUMBER_MISMATCH,
          Severity.ERROR,
          "A number in a sentence differs between the versions, or is in one version only.",
          List.of(
              Example.flags("The firm hired [[200]] staff last year.", "The firm hired [[250]] staff last year."),
              Example.flags(
                  "About [[4 million]] people live there.", "About [[4 billion]] people live there."),
              Example.passes("Prices rose 90 percent in a year.", "Prices rose 90% in a year."),
              Example.passes(
                  "The region is home to some four million people.",
                  "The region is home to around 4,000,000 people."),
              Example.flags(
                  "The river rose [[20 feet]] in two days.", "The river rose [[20 metres]] in two days."),
              Example.flags(
                  "The caves are between 2 and [[5 km]] deep.", "The caves are between 2 and [[8 km]] deep."),
              Example.passes(
                  "The river rose 20 feet (6 metres) in two days.", "The river rose 6 metres (20 feet) in two days."),
              Example.passes(
                  "The entrances are 100 m to 250 m wide.", "The entrances are 100 to 250 metres wide."),
              Example.passes(
                  "About a third of the voters backed the plan.", "About 33 percent of the voters backed the plan."),
              Example.flags(
                  "About [[a third]] of the voters backed the plan.", "About [[a quarter]] of the voters backed the plan."),
              Example.flags(
                  "[[A third]] of the staff and one in four nurses quit.",
                  "[[A quarter]] of the staff and one in four nurses quit."),
              Example.flags(
                  "The firm won [[half a million]] dollars in damages.", "The firm won [[a million]] dollars in damages.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Quantity> original = new ArrayList<>(new Side(pair.original()).quantities());
    List<Quantity> revised = new ArrayList<>(new Side(pair.revised()).quantities());
    removeSame(original, revised);
    if (original.isEmpty() && revised.isEmpty()) {
      return findings;
    }
    List<Quantity> leftOriginal = new ArrayList<>(original);
    List<Quantity> leftRevised = new ArrayList<>(revised);
    for (Quantity o : original) {
      Optional<Quantity> counterpart = leftRevised.stream().filter(r -> r.comparable(o)).findFirst();
      if (counterpart.isPresent()) {
        Quantity r = counterpart.get();
        leftRevised.remove(r);
        leftOriginal.remove(o);
        if (Claims.mentionsAmount(Claims.near(alignment.revised(), pair.revised()), o) && Claims.mentionsAmount(Claims.near(alignment.original(), pair.original()), r)) {
          continue; // both amounts stand in both versions: the sentences were regrouped, not changed
        }
        findings.add(
            Findings.of(
                INFO,
                Severity.ERROR,
                "The number changed: the original says "
                    + said(o)
                    + ", the revision "
                    + said(r)
                    + ".",
                alignment,
                Optional.of(o.span()),
                Optional.of(r.span()),
                ImmutableMap.of("original", describe(o), "revised", describe(r)),
                Optional.of("Restore " + Findings.quote(o.text()) + " as the original has it, or confirm "
                    + Findings.quote(r.text()) + " with the source.")));
      }
    }
    String revisedText = new Side(pair.revised()).text();
    String originalText = new Side(pair.original()).text();
    for (Quantity o : leftOriginal) {
      if (!Claims.mentionsAmount(Claims.near(alignment.revised(), pair.revised()), o)) {
        findings.add(
            Findings.of(
                INFO,
                digitsStandIn(o, revisedText) || !WordOrder.frames(pair, true) ? Severity.INFO : Severity.WARNING,
                "The number " + Findings.quote(o.text()) + " is not in the revision of this sentence.",
                alignment,
                Optional.of(o.span()),
                Optional.empty(),
                ImmutableMap.of("original", describe(o))));
      }
    }
    for (Quantity r : leftRevised) {
      if (!Claims.mentionsAmount(Claims.near(alignment.original(), pair.original()), r)) {
        findings.add(
            Findings.of(
                INFO,
                digitsStandIn(r, originalText) || !WordOrder.frames(pair, false) ? Severity.INFO : Severity.WARNING,
                "The number " + Findings.quote(r.text()) + " is not in the original of this sentence.",
                alignment,
                Optional.empty(),
                Optional.of(r.span()),
                ImmutableMap.of("revised", describe(r))));
      }
    }
    return findings;
  }

  /**
   * Whether the digits of the number, or its words, stand in the other text anyway ("25-30" against "25 to 30
   * years"): the parser read them differently, and a lone number is then only reported as info.
   */
  private static boolean digitsStandIn(Quantity q, String otherText) {
    String[] groups = q.text().split("[^0-9]+");
    boolean any = false;
    for (String g : groups) {
      if (!g.isEmpty()) {
        any = true;
        if (!otherText.contains(g)) {
          return false;
        }
      }
    }
    return any || Words.bare(otherText).contains(Words.bare(q.text()));
  }

  /**
   * Removes the amounts both versions state: first those worded alike ("one in four" matches "one in four" before
   * "a quarter"), then those in one unit, then conversions ("250 m" matches "250 metres" before "820 ft").
   */
  private static void removeSame(List<Quantity> original, List<Quantity> revised) {
    removeSame(original, revised, (o, r) -> same(o, r) && o.text().equalsIgnoreCase(r.text()));
    removeSame(original, revised, (o, r) -> same(o, r) && o.measure().equals(r.measure()));
    removeSame(original, revised, ChangedNumber::same);
  }

  private static void removeSame(
      List<Quantity> original, List<Quantity> revised, BiPredicate<Quantity, Quantity> alike) {
    for (Quantity o : List.copyOf(original)) {
      Optional<Quantity> same = revised.stream().filter(r -> alike.test(o, r)).findFirst();
      if (same.isPresent()) {
        revised.remove(same.get());
        original.remove(o);
      }
    }
  }

  /** The same amount whatever the wording or hedge: "some four million" is "around 4,000,000". */
  static boolean same(Quantity a, Quantity b) {
    return a.sameAmount(b);
  }

  /** Numbers past this many characters are shown shortened: 1E+308, not 309 digits. */
  private static final int LONGEST_SHOWN = 40;

  /**
   * The value as digits, or for a very long one its order of magnitude (1E+308) or its first and last digits
   * with their count, so that two long numbers that differ in one digit are seen to differ.
   */
  static String shown(BigDecimal value) {
    String plain = value.toPlainString();
    if (plain.length() <= LONGEST_SHOWN) {
      return plain;
    }
    String scientific = value.toString();
    if (scientific.length() <= LONGEST_SHOWN) {
      return scientific;
    }
    String digits = value.unscaledValue().abs().toString();
    return (value.signum() < 0 ? "-" : "") + digits.substring(0, 12) + "…" + digits.substring(digits.length() - 12)
        + " (" + String.format(Locale.ROOT, "%,d", digits.length()) + " digits"
        + (value.scale() > 0 ? ", " + value.scale() + " after the point" : value.scale() < 0 ? " and " + (-value.scale()) + " zeros" : "")
        + ")";
  }

  /** The number as the text writes it, or its value when the text is too long to quote whole. */
  private static String said(Quantity q) {
    return q.text().length() > LONGEST_SHOWN ? "'" + describe(q) + "'" : Findings.quote(q.text());
  }

  private static String describe(Quantity q) {
    String value = shown(q.value());
    switch (q.unit()) {
      case PERCENT:
        return value + "%";
      case FRACTION:
        return value + "% (a share)";
      case CURRENCY:
        return q.currency() + " " + value;
      case ORDINAL:
        return "#" + value;
      default:
        return value
            + q.measure().map(m -> " " + m.label()).orElse("")
            + (q.qualifier() == Quantity.Qualifier.EXACT ? "" : " (" + q.qualifier().name().toLowerCase(Locale.ROOT) + ")");
    }
  }
}
