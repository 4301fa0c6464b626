package dev.factdiff.rules.compare;

import com.google.common.collect.ImmutableMap;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Quotation;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The speaker of a quotation, or the source of a claim ("according to the ministry"), is someone else in the
 * revision, and the original's speaker is not named in the revised sentence at all.
 */
public final class ChangedAttribution implements MatchedPairRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CHANGED_ATTRIBUTION",
          Category.ATTRIBUTION_CHANGED,
          Severity.ERROR,
          "A quotation or claim is attributed to a different speaker or source in the revision.",
          List.of(
              Example.flags(
                  "Prices will rise, according to the [[Treasury]].",
                  "Prices will rise, according to the [[Pentagon]]."),
              Example.flags(
                  "\u201cWe will not give up,\u201d [[Johnson]] said on Monday.",
                  "\u201cWe will not give up,\u201d [[Macron]] said on Monday."),
              Example.passes(
                  "\u201cWe will not give up,\u201d Johnson said on Monday.",
                  "Johnson said on Monday: \u201cWe will not give up.\u201d"),
              Example.passes(
                  "Prices will rise, according to the Treasury.", "According to the Treasury, prices will rise.")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Alignment alignment, AlignedPair pair, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Side original = new Side(pair.original());
    Side revised = new Side(pair.revised());
    Set<String> originalWords = names(original.tokens());
    Set<String> revisedWords = names(revised.tokens());
    for (QuotePair quotes : QuotePair.of(pair, alignment)) {
      Optional<Quotation.Speaker> a = quotes.original().speaker();
      Optional<Quotation.Speaker> b = quotes.revised().speaker();
      // A pronoun for a speaker is no name: whether it still says who speaks is the lost-reference rule's to tell.
      if (a.isPresent() && b.isPresent() && !isPronoun(original, a.get().span()) && !isPronoun(revised, b.get().span())
          && changed(a.get().name(), b.get().name(), originalWords, revisedWords)) {
        findings.add(finding("quotation", a.get().name(), a.get().span(), b.get().name(), b.get().span(), alignment));
      }
    }
    Optional<Span> sourceA = source(original.tokens());
    Optional<Span> sourceB = source(revised.tokens());
    if (sourceA.isPresent() && sourceB.isPresent()) {
      String a = alignment.original().text(sourceA.get());
      String b = alignment.revised().text(sourceB.get());
      if (changed(a, b, originalWords, revisedWords)) {
        findings.add(finding("claim", a, sourceA.get(), b, sourceB.get(), alignment));
      }
    }
    return findings;
  }

  private static boolean isPronoun(Side side, Span span) {
    return side.pronouns().stream().anyMatch(p -> p.span().equals(span));
  }

  /** Neither source is named on the other side, by the same, a derived or a variant spelling. */
  private static boolean changed(String a, String b, Set<String> originalWords, Set<String> revisedWords) {
    Set<String> namesA = names(a);
    Set<String> namesB = names(b);
    if (namesA.isEmpty() || namesB.isEmpty() || namesA.stream().anyMatch(n -> named(n, namesB))) {
      return false;
    }
    return namesA.stream().noneMatch(n -> named(n, revisedWords)) && namesB.stream().noneMatch(n -> named(n, originalWords));
  }

  private static boolean named(String name, Set<String> words) {
    return words.stream().anyMatch(w -> w.equals(name) || Names.derived(w, name) || Names.variants(w, name));
  }

  /** The capitalized words after "according to", up to the next punctuation. */
  private static Optional<Span> source(List<Token> tokens) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (Words.bare(tokens.get(i).text()).equals("according") && Words.bare(tokens.get(i + 1).text()).equals("to")) {
        Span span = null;
        for (int j = i + 2; j < tokens.size() && !tokens.get(j).isPunctuation(); j++) {
          span = span == null ? tokens.get(j).span() : span.union(tokens.get(j).span());
        }
        return Optional.ofNullable(span);
      }
    }
    return Optional.empty();
  }

  private static Set<String> names(List<Token> tokens) {
    return tokens.stream()
        .filter(t -> !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0)))
        .map(t -> Names.key(t.text()))
        .filter(k -> !k.isEmpty())
        .collect(Collectors.toSet());
  }

  private static Set<String> names(String text) {
    Set<String> out = new java.util.HashSet<>();
    for (String word : text.split("[\\s\u2019']+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        String key = Names.key(word);
        if (!key.isEmpty() && !key.toLowerCase(Locale.ROOT).equals("the")) {
          out.add(key);
        }
      }
    }
    return out;
  }

  private static Finding finding(String what, String a, Span spanA, String b, Span spanB, Alignment alignment) {
    return Findings.of(
        INFO,
        Severity.ERROR,
        "The " + what + " is attributed to " + Findings.quote(a) + " in the original but to " + Findings.quote(b)
            + " in the revision.",
        alignment,
        Optional.of(spanA),
        Optional.of(spanB),
        ImmutableMap.of("original", a, "revised", b));
  }
}
