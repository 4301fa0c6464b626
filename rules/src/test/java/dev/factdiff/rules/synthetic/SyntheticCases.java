package dev.factdiff.rules.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Mention;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Quotation;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.TimeExpression;
import dev.factdiff.core.model.Token;
import dev.factdiff.core.testing.Seeds;
import dev.factdiff.core.testing.TestParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Injects one edit of each kind into real article text (the seed original and the articles in
 * {@code src/test/resources/synthetic/}), and benign rewordings, with the finding each edit implies. The word
 * lists here are test data: the rules under test know none of them.
 */
public final class SyntheticCases {

  /** At most this many cases of one kind from one article. */
  private static final int PER_KIND = 4;

  static final List<String> ARTICLES = List.of("harbour.txt", "election.txt", "vaccine.txt");

  private static final Map<String, String> PRONOUNS =
      Map.of("he", "she", "she", "he", "his", "their", "its", "their", "their", "its", "we", "they", "our", "their");

  private static final Map<String, String> ANTONYMS =
      orderedPairs(
          "increase", "decrease", "rise", "fall", "rose", "fell", "strongest", "weakest", "highest", "lowest",
          "largest", "smallest", "full", "empty", "late", "early", "first", "last", "won", "lost", "supported",
          "opposed", "accepted", "rejected", "opened", "closed", "most", "least", "sharp", "slight", "big", "small",
          "old", "new", "vulnerable", "invulnerable", "affordable", "unaffordable", "powerful", "powerless",
          "major", "minor");

  private static final Map<String, String> SYNONYMS =
      orderedPairs(
          "about", "around", "nearly", "almost", "promised", "pledged", "damaged", "harmed", "lengthy", "long",
          "struck", "hit", "began", "started", "sharp", "steep", "ignored", "disregarded", "affect", "disrupt",
          "chosen", "picked", "handover", "transition", "decision", "choice", "plan", "scheme", "rise",
          "increase", "held", "controlled", "described", "characterized", "cost", "price");

  /** Acts and states turned into their reverse, which must be reported as errors. */
  private static final Map<String, String> REVERSALS =
      orderedPairs(
          "closed", "reopened", "won", "lost", "rose", "fell", "lost", "gained", "arrested", "released", "stayed",
          "left", "accepted", "rejected", "increased", "decreased", "opened", "closed", "hired", "fired", "approved",
          "rejected");

  /** Verbs reworded by others of the same meaning, which must pass. */
  private static final Map<String, String> EQUIVALENT_VERBS =
      orderedPairs(
          "closed", "shut", "rose", "climbed", "supported", "backed", "received", "got", "found", "discovered",
          "published", "issued", "arrested", "detained", "departed", "left", "said", "stated",
          "promised", "pledged", "admitted", "took in");

  private static final List<String> NEW_SENTENCES =
      List.of(
          "Officials said a second inspection team would arrive from the capital within a week.",
          "The company behind the project was fined 2 million dollars in 2017 for safety failures.",
          "Residents of the northern districts said they had received no warning at all.");

  /** A unit of measurement and another one of its dimension, which makes the amount another one. */
  private static final Map<String, String> OTHER_UNITS =
      orderedPairs("kilometres", "miles", "miles", "kilometres", "metres", "feet", "feet", "metres", "tonnes",
          "kilograms", "kilograms", "pounds", "litres", "gallons");

  /** A unit of measurement and its symbol or other spelling. */
  private static final Map<String, String> UNIT_SYMBOLS =
      orderedPairs("kilometres", "km", "miles", "mi", "metres", "m", "feet", "ft", "tonnes", "tons", "kilograms",
          "kg", "litres", "liters");

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
  private static final List<String> MONTHS =
      List.of("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December");
  private static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  private SyntheticCases() {}

  /** Writes the cases of every base article as JSON Lines: {@code SyntheticCases OUT.jsonl}. */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]));
  }

  static void write(Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (SyntheticCase c : all()) {
      lines.add(json.writeValueAsString(toJson(json, c)));
    }
    Files.write(out, lines, StandardCharsets.UTF_8);
  }

  static List<SyntheticCase> all() {
    Map<String, String> bases = new LinkedHashMap<>();
    // The seed original with its two stray periods mended, so that its own text problems do not count.
    bases.put("seed", Seeds.text(Seeds.ORIGINAL).replace("last week. to", "last week to").replace("five. million", "five million"));
    for (String name : ARTICLES) {
      bases.put(name.replace(".txt", ""), resource(name));
    }
    List<SyntheticCase> cases = new ArrayList<>();
    bases.forEach((name, text) -> cases.addAll(generate(name, text)));
    return cases;
  }

  static List<SyntheticCase> generate(String name, String text) {
    Article article = TestParser.get().parse(name, text);
    List<SyntheticCase> cases = new ArrayList<>();
    Generator g = new Generator(name, text, article, cases);
    g.kind("number", "NUMBER_MISMATCH", List.of("NUMBER_MISMATCH"), numbers(article));
    g.kind("unit", "NUMBER_MISMATCH", List.of("NUMBER_MISMATCH"), units(article, OTHER_UNITS));
    g.kind("share", "NUMBER_MISMATCH", List.of("NUMBER_MISMATCH"), shares(article, SyntheticCases::otherShare));
    g.kind("date", "DATE_MISMATCH", List.of("DATE_MISMATCH"), dates(article));
    g.kind("quote", "QUOTE_ALTERED", List.of("QUOTE_ALTERED"), quoteWords(article));
    g.kind("pronoun", "PRONOUN_SHIFT", List.of("PRONOUN_SHIFT"), replaced(article, PRONOUNS, true));
    g.kind("name", "NAME_VARIANT", List.of("NAME_VARIANT"), respellings(article));
    g.kind("entity", "ENTITY_CHANGED", List.of("ENTITY_CHANGED"), entitySwaps(article));
    g.kind("negation", "NEGATION_FLIP", List.of("NEGATION_FLIP", "MEANING_CHANGED"), negations(article));
    g.kind("antonym", "MEANING_CHANGED", List.of("MEANING_CHANGED", "NEGATION_FLIP"), replaced(article, ANTONYMS, false));
    g.kind("attribution", "ATTRIBUTION_CHANGED", List.of("ATTRIBUTION_CHANGED", "ENTITY_CHANGED"), speakers(article));
    g.kind("drop", "CLAIM_MISSING", List.of("CLAIM_MISSING"), drops(article));
    g.kind("lost-reference", "PRONOUN_SHIFT", List.of("PRONOUN_SHIFT", "ENTITY_CHANGED", "CLAIM_MISSING"), nameToPronoun(article, false));
    g.kind("reversal", "MEANING_CHANGED", "error", List.of("MEANING_CHANGED", "NEGATION_FLIP"), replaced(article, REVERSALS, false));
    g.kind("add", "CLAIM_ADDED", List.of("CLAIM_ADDED"), additions(article));
    g.benign("percent", percents(text));
    g.benign("unit-symbol", units(article, UNIT_SYMBOLS));
    g.benign("share-percent", shares(article, SyntheticCases::sharePercent));
    g.benign("quote-marks", quoteMarks(article));
    g.benign("synonym", replaced(article, SYNONYMS, false));
    g.benign("resolved-pronoun", nameToPronoun(article, true));
    g.benign("equivalent-verb", replaced(article, EQUIVALENT_VERBS, false));
    RepeatedChangeCases.add(name, text, article, cases);
    return cases;
  }

  /** Collects the cases of one article. */
  private static final class Generator {
    private final String name;
    private final String text;
    private final List<SyntheticCase> out;

    Generator(String name, String text, Article article, List<SyntheticCase> out) {
      this.name = name;
      this.text = text;
      this.out = out;
    }

    void kind(String kind, String category, List<String> accept, List<Edit> edits) {
      kind(kind, category, "warning", accept, edits);
    }

    void kind(String kind, String category, String severity, List<String> accept, List<Edit> edits) {
      int n = 0;
      for (Edit e : spread(edits)) {
        String revised = e.apply(text);
        Optional<int[]> originalSpan = e.span().isEmpty() ? Optional.empty() : Optional.of(new int[] {e.span().start(), e.span().end()});
        Optional<int[]> revisedSpan =
            e.replacement().isEmpty() ? Optional.empty() : Optional.of(new int[] {e.revisedSpan().start(), e.revisedSpan().end()});
        out.add(new SyntheticCase(
            "syn-" + name + "-" + kind + "-" + (++n), text, revised, Optional.of(category), severity, accept,
            originalSpan, revisedSpan, kind + ": '" + e.span().of(text) + "' -> '" + e.replacement() + "'"));
      }
    }

    void benign(String kind, List<Edit> edits) {
      int n = 0;
      for (Edit e : spread(edits)) {
        out.add(new SyntheticCase(
            "syn-" + name + "-" + kind + "-" + (++n), text, e.apply(text), Optional.empty(), "warning", List.of(),
            Optional.of(new int[] {e.span().start(), e.span().end()}),
            Optional.of(new int[] {e.revisedSpan().start(), e.revisedSpan().end()}),
            "benign " + kind + ": '" + e.span().of(text) + "' -> '" + e.replacement() + "'"));
      }
    }

    /** Up to PER_KIND edits spread over the article. */
    private static List<Edit> spread(List<Edit> edits) {
      if (edits.size() <= PER_KIND) {
        return edits;
      }
      List<Edit> picked = new ArrayList<>();
      for (int i = 0; i < PER_KIND; i++) {
        picked.add(edits.get(i * edits.size() / PER_KIND));
      }
      return picked;
    }
  }

  private static List<Sentence> body(Article article) {
    return article.sentences().stream().filter(s -> s.kind() == ParagraphKind.BODY).toList();
  }

  private static List<Edit> numbers(Article article) {
    List<Edit> edits = new ArrayList<>();
    for (Sentence s : body(article)) {
      for (Quantity q : s.claim().quantities()) {
        Matcher m = Pattern.compile("\\d").matcher(q.text());
        int last = -1;
        while (m.find()) {
          last = m.start();
        }
        if (last >= 0 && !YEAR.matcher(q.text()).find()) {
          char d = q.text().charAt(last);
          char changed = (char) ('0' + (d - '0' + 3) % 10);
          String text = q.text().substring(0, last) + changed + q.text().substring(last + 1);
          edits.add(new Edit(q.span(), text));
        }
      }
    }
    return edits;
  }

  /** The unit word of each number written with one ("120 kilometres an hour"), replaced as the map says. */
  private static List<Edit> units(Article article, Map<String, String> replacements) {
    List<Edit> edits = new ArrayList<>();
    for (Sentence s : body(article)) {
      for (Quantity q : s.claim().quantities()) {
        if (q.measure().isEmpty()) {
          continue;
        }
        for (Token t : s.tokens()) {
          String other = replacements.get(t.text());
          if (other != null && q.span().contains(t.span())) {
            edits.add(new Edit(t.span(), other));
            break;
          }
        }
      }
    }
    return edits;
  }

  /** Each share written in words ("a third", "one in five"), rewritten. */
  private static List<Edit> shares(Article article, Function<Quantity, String> rewrite) {
    List<Edit> edits = new ArrayList<>();
    for (Sentence s : body(article)) {
      for (Quantity q : s.claim().quantities()) {
        if (q.unit() == Quantity.Unit.FRACTION) {
          String replacement = rewrite.apply(q);
          boolean capital = Character.isUpperCase(q.text().charAt(0));
          edits.add(new Edit(q.span(), capital ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement));
        }
      }
    }
    return edits;
  }

  /** Another share than the one stated: half becomes a third, a third a quarter, "one in four" "one in ten". */
  private static String otherShare(Quantity share) {
    if (isRatio(share)) {
      return share.value().intValue() == 10 ? "one in three" : "one in ten";
    }
    int percent = share.value().intValue();
    return percent == 50 ? "a third" : percent == 33 ? "a quarter" : percent == 25 ? "a fifth" : "half";
  }

  /** The share as a whole percentage: "a third" is "33 percent", "one in four residents" "25 percent of residents". */
  private static String sharePercent(Quantity share) {
    return share.value().setScale(0, java.math.RoundingMode.HALF_UP) + " percent" + (isRatio(share) ? " of" : "");
  }

  private static boolean isRatio(Quantity share) {
    return share.text().toLowerCase(Locale.ROOT).matches(".* (in|out of) .*");
  }

  private static List<Edit> dates(Article article) {
    List<Edit> edits = new ArrayList<>();
    for (Sentence s : body(article)) {
      for (TimeExpression t : s.claim().times()) {
        changedDate(t.text()).ifPresent(d -> edits.add(new Edit(t.span(), d)));
      }
    }
    return edits;
  }

  private static Optional<String> changedDate(String text) {
    Matcher year = YEAR.matcher(text);
    if (year.find()) {
      int y = Integer.parseInt(year.group()) + 2;
      return Optional.of(text.substring(0, year.start()) + y + text.substring(year.end()));
    }
    for (List<String> names : List.of(MONTHS, WEEKDAYS)) {
      for (int i = 0; i < names.size(); i++) {
        if (text.contains(names.get(i))) {
          return Optional.of(text.replace(names.get(i), names.get((i + 3) % names.size())));
        }
      }
    }
    for (String[] pair : new String[][] {{"week", "month"}, {"month", "year"}, {"year", "week"}}) {
      if (text.toLowerCase(Locale.ROOT).contains("last " + pair[0])) {
        return Optional.of(text.replace(pair[0], pair[1]));
      }
    }
    return Optional.empty();
  }

  /** A noun inside a quotation replaced by a noun from outside any quotation. */
  private static List<Edit> quoteWords(Article article) {
    List<Quotation> quotes = article.quotations().stream().filter(q -> q.status() == Quotation.Status.BALANCED).toList();
    List<Token> outside =
        body(article).stream()
            .flatMap(s -> s.tokens().stream())
            .filter(t -> t.pos().equals("NN") && quotes.stream().noneMatch(q -> q.span().contains(t.span())))
            .toList();
    List<Edit> edits = new ArrayList<>();
    for (Quotation q : quotes) {
      Optional<Token> word =
          article.sentences().stream()
              .flatMap(s -> s.tokens().stream())
              .filter(t -> q.inner().contains(t.span()) && (t.pos().equals("NN") || t.pos().equals("NNS")))
              .findFirst();
      if (word.isEmpty() || q.words().split("\\s+").length < 3) {
        continue;
      }
      outside.stream()
          .filter(t -> !t.lemma().equals(word.get().lemma()))
          .skip(edits.size() * 3L % Math.max(1, outside.size()))
          .findFirst()
          .ifPresent(t -> edits.add(new Edit(word.get().span(), t.text())));
    }
    return edits;
  }

  /** Words replaced through a table, matched case-insensitively, keeping an initial capital. */
  private static List<Edit> replaced(Article article, Map<String, String> table, boolean pronounsOnly) {
    List<Edit> edits = new ArrayList<>();
    for (Sentence s : body(article)) {
      for (Token t : s.tokens()) {
        String key = t.text().toLowerCase(Locale.ROOT);
        if (table.containsKey(key) && (!pronounsOnly || t.pos().startsWith("PRP"))) {
          String replacement = table.get(key);
          if (Character.isUpperCase(t.text().charAt(0))) {
            replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
          }
          edits.add(new Edit(t.span(), replacement));
        }
      }
    }
    return edits;
  }

  /** A name respelled in one place: an interior vowel changed, as transliterations do. */
  private static List<Edit> respellings(Article article) {
    List<Edit> edits = new ArrayList<>();
    for (Sentence s : body(article)) {
      for (Token t : s.tokens()) {
        boolean named =
            s.claim().mentions().stream()
                .anyMatch(m -> m.type() != Mention.Type.MISC && m.span().contains(t.span()));
        if (!named || !t.isProperNoun() || t.text().length() < 5 || !t.text().chars().allMatch(Character::isLetter)) {
          continue;
        }
        String w = t.text();
        for (int i = 2; i < w.length() - 1; i++) {
          String vowel = String.valueOf(w.charAt(i));
          String swap = Map.of("a", "e", "e", "a", "i", "y", "o", "ou", "u", "o").get(vowel);
          if (swap != null) {
            edits.add(new Edit(t.span(), w.substring(0, i) + swap + w.substring(i + 1)));
            break;
          }
        }
      }
    }
    return edits;
  }

  /** A person or place replaced by another of the same kind named elsewhere in the article. */
  private static List<Edit> entitySwaps(Article article) {
    List<Edit> edits = new ArrayList<>();
    List<Mention> all = article.sentences().stream().flatMap(s -> s.claim().mentions().stream()).toList();
    for (Sentence s : body(article)) {
      for (Mention m : s.claim().mentions()) {
        if (m.type() != Mention.Type.PERSON && m.type() != Mention.Type.LOCATION) {
          continue;
        }
        all.stream()
            .filter(o -> o.type() == m.type() && !s.text().contains(o.text()) && !o.text().contains(m.text()) && !m.text().contains(o.text()))
            .findFirst()
            .ifPresent(o -> edits.add(new Edit(m.span(), o.text())));
      }
    }
    return edits;
  }

  private static final Pattern AUXILIARY = Pattern.compile("\\b(is|are|was|were|has|had|will|would|could)\\b(?! not)");
  private static final Pattern NOT = Pattern.compile(" not\\b");

  private static List<Edit> negations(Article article) {
    List<Edit> edits = new ArrayList<>();
    for (Sentence s : body(article)) {
      Matcher not = NOT.matcher(s.text());
      if (not.find()) {
        int at = s.span().start() + not.start();
        edits.add(new Edit(Span.of(at, at + not.group().length()), ""));
        continue;
      }
      Matcher aux = AUXILIARY.matcher(s.text());
      if (aux.find()) {
        int at = s.span().start() + aux.start();
        edits.add(new Edit(Span.of(at, at + aux.group().length()), aux.group() + " not"));
      }
    }
    return edits;
  }

  /** The speaker of a quotation replaced by another person of the article. */
  private static List<Edit> speakers(Article article) {
    List<Edit> edits = new ArrayList<>();
    List<Mention> people =
        article.sentences().stream()
            .flatMap(s -> s.claim().mentions().stream())
            .filter(m -> m.type() == Mention.Type.PERSON)
            .toList();
    for (Quotation q : article.quotations()) {
      if (q.speaker().isEmpty()) {
        continue;
      }
      Quotation.Speaker speaker = q.speaker().get();
      String said = article.text(speaker.span());
      boolean person = people.stream().anyMatch(p -> p.span().overlaps(speaker.span()));
      if (!person || !Character.isUpperCase(said.charAt(0)) || PRONOUNS.containsKey(said.toLowerCase(Locale.ROOT))) {
        continue;
      }
      people.stream()
          .filter(p -> p.text().trim().contains(" "))
          .filter(p -> !p.text().contains(said) && !said.contains(p.text()) && !shareWord(p.text(), said))
          .findFirst()
          .ifPresent(p -> edits.add(new Edit(speaker.span(), p.text())));
    }
    return edits;
  }

  private static boolean shareWord(String a, String b) {
    for (String w : a.split("\\s+")) {
      if (w.length() > 2 && b.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Map<String, String> SUBJECT_FORMS =
      Map.of("he", "he", "him", "he", "his", "he", "she", "she", "her", "she");

  /**
   * A person's name that opens a body sentence replaced by the pronoun the article uses for them. Lost: the
   * sentence before names no person, so nothing tells who the pronoun is. Resolved (benign): the sentence before
   * names this person and no other.
   */
  private static List<Edit> nameToPronoun(Article article, boolean resolved) {
    List<Edit> edits = new ArrayList<>();
    List<Sentence> sentences = article.sentences();
    for (int i = 1; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      Sentence before = sentences.get(i - 1);
      if (s.kind() != ParagraphKind.BODY || s.claim().mentions().isEmpty()) {
        continue;
      }
      Mention m = s.claim().mentions().get(0);
      String surname = m.text().substring(m.text().lastIndexOf(' ') + 1);
      if (m.type() != Mention.Type.PERSON || m.span().start() != s.span().start()) {
        continue;
      }
      List<Mention> people = before.claim().mentions().stream().filter(o -> o.type() == Mention.Type.PERSON).toList();
      boolean ok =
          resolved
              ? people.size() == 1 && people.get(0).text().endsWith(surname)
              : people.isEmpty() && !before.text().contains(surname);
      Optional<String> pronoun = pronounFor(sentences, surname);
      if (ok && pronoun.isPresent()) {
        String p = pronoun.get();
        edits.add(new Edit(m.span(), Character.toUpperCase(p.charAt(0)) + p.substring(1)));
      }
    }
    return edits;
  }

  /** "he" or "she": the pronoun that follows a mention of the person in its sentence or the next. */
  private static Optional<String> pronounFor(List<Sentence> sentences, String surname) {
    for (int i = 0; i < sentences.size(); i++) {
      if (!sentences.get(i).text().contains(surname)) {
        continue;
      }
      for (int j = i; j < Math.min(i + 2, sentences.size()); j++) {
        for (Token t : sentences.get(j).tokens()) {
          String form = SUBJECT_FORMS.get(t.text().toLowerCase(Locale.ROOT));
          if (form != null && t.pos().startsWith("PRP")) {
            return Optional.of(form);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A body sentence left out, with the space after it. */
  private static List<Edit> drops(Article article) {
    List<Edit> edits = new ArrayList<>();
    List<Sentence> body = body(article);
    for (int i = 1; i < body.size(); i++) {
      Sentence s = body.get(i);
      if (s.tokens().size() < 6) {
        continue;
      }
      int end = s.span().end();
      String text = article.text();
      while (end < text.length() && text.charAt(end) == ' ') {
        end++;
      }
      edits.add(new Edit(Span.of(s.span().start(), end), ""));
    }
    return edits;
  }

  /** A new sentence inserted after a body sentence. */
  private static List<Edit> additions(Article article) {
    List<Edit> edits = new ArrayList<>();
    List<Sentence> body = body(article);
    for (int i = 0; i < body.size(); i += 2) {
      int at = body.get(i).span().end();
      String sentence = NEW_SENTENCES.get(edits.size() % NEW_SENTENCES.size());
      edits.add(new Edit(Span.of(at, at), " " + sentence));
    }
    return edits.stream().map(e -> new Edit(e.span(), e.replacement())).toList();
  }

  private static List<Edit> percents(String text) {
    List<Edit> edits = new ArrayList<>();
    Matcher m = Pattern.compile("(\\d+) percent").matcher(text);
    while (m.find()) {
      edits.add(new Edit(Span.of(m.start(), m.end()), m.group(1) + "%"));
    }
    return edits;
  }

  private static List<Edit> quoteMarks(Article article) {
    List<Edit> edits = new ArrayList<>();
    String text = article.text();
    for (Quotation q : article.quotations()) {
      if (q.status() == Quotation.Status.BALANCED && q.span().length() >= 2) {
        edits.add(new Edit(q.span(), "\"" + text.substring(q.span().start() + 1, q.span().end() - 1) + "\""));
      }
    }
    return edits;
  }

  private static Map<String, String> orderedPairs(String... words) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < words.length; i += 2) {
      map.put(words[i], words[i + 1]);
    }
    return map;
  }

  private static String resource(String name) {
    try (InputStream in = SyntheticCases.class.getResourceAsStream("/synthetic/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource synthetic/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode toJson(ObjectMapper json, SyntheticCase c) {
    ObjectNode node = json.createObjectNode();
    node.put("id", c.id());
    node.put("source", "synthetic");
    node.put("original", c.original());
    node.put("revised", c.revised());
    ArrayNode must = node.putArray("must");
    node.putArray("optional");
    ArrayNode mustNot = node.putArray("must_not");
    ObjectNode item = c.benign() ? mustNot.addObject() : must.addObject();
    if (!c.benign()) {
      item.put("id", c.id());
    }
    item.put("category", c.category().orElse("ANY"));
    if (!c.benign()) {
      ArrayNode accept = item.putArray("accept");
      c.accept().forEach(accept::add);
      item.put("severity", c.severity());
    }
    Function<Optional<int[]>, ArrayNode> span =
        s -> s.map(a -> json.createArrayNode().add(a[0]).add(a[1])).orElse(null);
    item.set("original_span", span.apply(c.originalSpan()));
    item.set("revised_span", span.apply(c.revisedSpan()));
    item.put("why", c.why());
    if (c.furtherPlaces().isEmpty()) {
      return node;
    }
    if (c.oneChange()) {
      // One change made at several places: one item, found at any of them.
      ArrayNode anyOf = item.putArray("any_of");
      ObjectNode first = anyOf.addObject();
      first.set("original_span", span.apply(c.originalSpan()));
      first.set("revised_span", span.apply(c.revisedSpan()));
      for (SyntheticCase.Place p : c.furtherPlaces()) {
        ObjectNode place = anyOf.addObject();
        place.set("original_span", span.apply(p.original()));
        place.set("revised_span", span.apply(p.revised()));
      }
    } else {
      int n = 1;
      for (SyntheticCase.Place p : c.furtherPlaces()) {
        ObjectNode other = item.deepCopy();
        other.put("id", c.id() + "/" + (++n));
        other.set("original_span", span.apply(p.original()));
        other.set("revised_span", span.apply(p.revised()));
        must.add(other);
      }
    }
    return node;
  }
}
