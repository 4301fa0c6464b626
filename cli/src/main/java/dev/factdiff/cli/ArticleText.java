package dev.factdiff.cli;

import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Claim;
import dev.factdiff.core.model.Quotation;
import dev.factdiff.core.model.Sentence;
import java.util.Locale;

/** The plain-text listing of a parsed article's claims that {@code factdiff parse} prints by default. */
final class ArticleText {

  private ArticleText() {}

  static String of(Article article) {
    StringBuilder out = new StringBuilder();
    out.append(article.name())
        .append(": ")
        .append(article.paragraphs().size())
        .append(" paragraphs, ")
        .append(article.sentences().size())
        .append(" sentences\n");
    for (Sentence s : article.sentences()) {
      out.append('\n')
          .append(String.format(Locale.ROOT, "#%d %s %s  %s%n", s.index(), s.kind().name().toLowerCase(Locale.ROOT), s.span(), s.text()));
      Claim c = s.claim();
      c.quantities().forEach(q -> out.append(String.format(Locale.ROOT, "    number    %-22s = %s %s%s%s%n", q.text(),
          q.value().toPlainString(), q.unit().name().toLowerCase(Locale.ROOT), q.currency().isEmpty() ? "" : " " + q.currency()
              + q.measure().map(m -> " " + m.label()).orElse(""),
          q.approximate() ? " (approximate)" : q.qualifier() == dev.factdiff.core.model.Quantity.Qualifier.EXACT ? "" : " (" + q.qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")));
      c.times().forEach(t -> out.append(String.format(Locale.ROOT, "    time      %-22s = %s%s%n", t.text(), t.value(), t.relative() ? " (relative)" : "")));
      c.quotations().forEach(q -> out.append(String.format(Locale.ROOT, "    quotation %s%s%s%n", q.words(),
          q.speaker().map(sp -> "  (speaker: " + sp.name() + ")").orElse(""),
          q.status() == Quotation.Status.BALANCED ? "" : "  [" + q.status().name().toLowerCase(Locale.ROOT) + "]")));
      c.mentions().forEach(m -> out.append(String.format(Locale.ROOT, "    entity    %s (%s)%n", m.text(), m.type().name().toLowerCase(Locale.ROOT))));
      c.pronouns().forEach(p -> out.append(String.format(Locale.ROOT, "    pronoun   %s (%s %s %s%s)%n", p.text(),
          p.person().name().toLowerCase(Locale.ROOT), p.number().name().toLowerCase(Locale.ROOT),
          p.gender().name().toLowerCase(Locale.ROOT), p.possessive() ? " possessive" : "")));
      c.negations().forEach(n -> out.append(String.format(Locale.ROOT, "    negation  %s%n", n.cue())));
    }
    return out.toString();
  }
}
