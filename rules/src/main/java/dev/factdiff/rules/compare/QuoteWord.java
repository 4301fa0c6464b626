package dev.factdiff.rules.compare;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Quotation;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One word of a quotation as compared across versions: lower case, without punctuation, a number as its
 * normalized amount ("90 percent" and "90%" are both "90%").
 *
 * @param word the compared form
 * @param lemma the lemma, for telling an inflection from a new word
 * @param span where the word (or the whole number) stands
 * @param token the first token of the word
 */
record QuoteWord(String word, String lemma, Span span, Token token) {

  /** The words of a quotation, which may run over several sentences of the article. */
  static List<QuoteWord> of(Article article, Quotation quotation) {
    List<QuoteWord> words = new ArrayList<>();
    Span inner = quotation.inner();
    for (Sentence sentence : article.sentences()) {
      if (!sentence.span().overlaps(inner)) {
        continue;
      }
      List<Quantity> quantities = sentence.claim().quantities();
      Optional<Quantity> open = Optional.empty();
      for (Token token : sentence.tokens()) {
        if (!inner.contains(token.span())) {
          continue;
        }
        Optional<Quantity> within = quantityAt(quantities, token.span());
        if (within.isPresent()) {
          Quantity in = within.get();
          if (!open.equals(within)) {
            open = within;
            String amount = in.value().toPlainString() + unit(in);
            words.add(new QuoteWord(amount, amount, in.span(), token));
          }
          continue;
        }
        open = Optional.empty();
        String bare = Words.bare(token.text());
        if (bare.isEmpty() || token.isPunctuation()) {
          continue;
        }
        words.add(new QuoteWord(bare, token.lemma().toLowerCase(Locale.ROOT), token.span(), token));
      }
    }
    return words;
  }

  /** The words right outside the marks: the last before the opening one, the first after the closing one. */
  static List<String> beside(Article article, Quotation quotation) {
    Span span = quotation.span();
    List<Token> tokens =
        article.sentences().stream()
            .filter(s -> s.span().overlaps(span))
            .flatMap(s -> s.tokens().stream())
            .filter(t -> !t.isPunctuation() && !Words.bare(t.text()).isEmpty())
            .toList();
    List<String> words = new ArrayList<>();
    tokens.stream().filter(t -> t.span().end() <= span.start()).reduce((a, b) -> b)
        .ifPresent(t -> words.add(Words.bare(t.text())));
    tokens.stream().filter(t -> t.span().start() >= span.end()).findFirst()
        .ifPresent(t -> words.add(Words.bare(t.text())));
    return words;
  }

  private static Optional<Quantity> quantityAt(List<Quantity> quantities, Span span) {
    return quantities.stream().filter(q -> q.span().contains(span)).findFirst();
  }

  private static String unit(Quantity q) {
    switch (q.unit()) {
      case PERCENT:
      case FRACTION:
        return "%";
      case CURRENCY:
        return " " + q.currency();
      case ORDINAL:
        return "th";
      default:
        // "300 m" and "300 metres" are one word of a quotation; "20 feet" and "20 metres" are not.
        return q.measure().map(m -> " " + m.label()).orElse("");
    }
  }
}
