package dev.factdiff.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Claim;
import dev.factdiff.core.model.Paragraph;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Locale;

/** The JSON form of a parsed article that {@code factdiff parse --format json} prints (shape in the README). */
final class ArticleJson {

  static final int SCHEMA_VERSION = 1;

  private final ObjectMapper mapper;
  private final boolean withTokens;

  ArticleJson(ObjectMapper mapper, boolean withTokens) {
    this.mapper = mapper;
    this.withTokens = withTokens;
  }

  ObjectNode of(Article article) {
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("name", article.name());
    root.put("length", article.text().length());
    ArrayNode paragraphs = root.putArray("paragraphs");
    for (Paragraph p : article.paragraphs()) {
      ObjectNode node = paragraphs.addObject();
      node.put("index", p.index());
      node.put("kind", lower(p.kind().name()));
      span(node, "span", p.span());
      ArrayNode sentences = node.putArray("sentences");
      p.sentences().forEach(s -> sentence(sentences.addObject(), s));
    }
    return root;
  }

  private void sentence(ObjectNode node, Sentence s) {
    node.put("index", s.index());
    span(node, "span", s.span());
    node.put("text", s.text());
    Claim c = s.claim();
    ObjectNode claim = node.putObject("claim");
    ArrayNode quantities = claim.putArray("quantities");
    c.quantities().forEach(q -> {
      ObjectNode n = quantities.addObject();
      span(n, "span", q.span());
      n.put("text", q.text());
      n.put("value", q.value().toPlainString());
      n.put("unit", lower(q.unit().name()));
      n.put("currency", q.currency());
      n.put("measure", q.measure().map(m -> lower(m.name())).orElse(""));
      n.put("qualifier", lower(q.qualifier().name()));
      n.put("approximate", q.approximate());
    });
    ArrayNode times = claim.putArray("times");
    c.times().forEach(t -> {
      ObjectNode n = times.addObject();
      span(n, "span", t.span());
      n.put("text", t.text());
      n.put("type", lower(t.type().name()));
      n.put("value", t.value());
      n.put("relative", t.relative());
    });
    ArrayNode quotations = claim.putArray("quotations");
    c.quotations().forEach(q -> {
      ObjectNode n = quotations.addObject();
      span(n, "span", q.span());
      span(n, "inner", q.inner());
      n.put("words", q.words());
      n.put("status", lower(q.status().name()));
      if (q.speaker().isPresent()) {
        ObjectNode speaker = n.putObject("speaker");
        speaker.put("name", q.speaker().get().name());
        span(speaker, "span", q.speaker().get().span());
      } else {
        n.putNull("speaker");
      }
    });
    ArrayNode mentions = claim.putArray("mentions");
    c.mentions().forEach(m -> {
      ObjectNode n = mentions.addObject();
      span(n, "span", m.span());
      n.put("text", m.text());
      n.put("type", lower(m.type().name()));
    });
    ArrayNode pronouns = claim.putArray("pronouns");
    c.pronouns().forEach(p -> {
      ObjectNode n = pronouns.addObject();
      span(n, "span", p.span());
      n.put("text", p.text());
      n.put("person", lower(p.person().name()));
      n.put("number", lower(p.number().name()));
      n.put("gender", lower(p.gender().name()));
      n.put("possessive", p.possessive());
    });
    ArrayNode negations = claim.putArray("negations");
    c.negations().forEach(g -> {
      ObjectNode n = negations.addObject();
      span(n, "span", g.span());
      n.put("cue", g.cue());
    });
    strings(claim.putArray("contentLemmas"), c.contentLemmas());
    if (withTokens) {
      ArrayNode tokens = node.putArray("tokens");
      for (Token t : s.tokens()) {
        ObjectNode n = tokens.addObject();
        span(n, "span", t.span());
        n.put("text", t.text());
        n.put("lemma", t.lemma());
        n.put("pos", t.pos());
        n.put("ner", t.ner());
      }
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void span(ObjectNode node, String name, Span span) {
    ArrayNode pair = node.putArray(name);
    pair.add(span.start());
    pair.add(span.end());
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
