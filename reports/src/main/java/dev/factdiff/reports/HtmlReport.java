package dev.factdiff.reports;

import com.google.common.hash.Hashing;
import com.google.common.io.Resources;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.factdiff.core.model.Span;
import dev.factdiff.rules.Category;
import dev.factdiff.rules.Excerpt;
import dev.factdiff.rules.Finding;
import dev.factdiff.rules.Severity;
import dev.factdiff.rules.text.InvisibleCharacters;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The report anyone opens in a browser: one self-contained page (inline CSS and script, no network; a content
 * security policy allows only that script) with the two versions side by side, paragraph by paragraph, the
 * findings and changed words marked in place, and a list of findings to filter and jump from; a change repeated
 * through the document is one finding ("×6") whose every place is marked and reachable from it. The list triages:
 * errors open, warnings one line each, info folded behind its count; word changes outside findings are muted
 * until asked for; a legend names every colour and mark, and each has a shape or line style besides its colour.
 * On a narrow screen the page is one column and a selected finding shows both versions' paragraphs under it.
 * Rendered with JMustache, which escapes every value: article text always goes through escaping.
 */
public final class HtmlReport {
  private static final String RESOURCES = "/dev/factdiff/reports/html/";

  private final Template template;
  private final String scriptHash;

  public HtmlReport() {
    Mustache.Compiler compiler =
        Mustache.compiler()
            // Every value escaped, and its invisible characters shown by their code points: a bidirectional
            // control would otherwise reorder the pane ("54" shown as "45") and a zero-width space hide a change.
            .withEscaper(raw -> Escapers.HTML.escape(InvisibleCharacters.show(raw)))
            .withLoader(name -> new StringReader(resource(name)));
    this.template = compiler.compile(resource("report.html.mustache"));
    // Hash the script as the template emits it, so that the content security policy allows exactly it.
    String tag = compiler.compile("<script>{{> report.js}}</script>").execute(Map.of());
    String script = tag.substring("<script>".length(), tag.length() - "</script>".length());
    this.scriptHash =
        "sha256-"
            + Base64.getEncoder()
                .encodeToString(Hashing.sha256().hashString(script, StandardCharsets.UTF_8).asBytes());
  }

  public String render(Report report) {
    return template.execute(new HtmlView(report, scriptHash).model());
  }

  private static String resource(String name) {
    URL url = HtmlReport.class.getResource(RESOURCES + name);
    if (url == null) {
      throw new IllegalStateException("missing report resource " + name);
    }
    try {
      return Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template's model, as plain maps and lists. */
  private static final class HtmlView {
    private final Report report;
    private final String scriptHash;
    private final Map<Finding, String> ids = new LinkedHashMap<>();

    HtmlView(Report report, String scriptHash) {
      this.report = report;
      this.scriptHash = scriptHash;
      for (Finding f : report.findings()) {
        ids.put(f, "f" + (ids.size() + 1));
      }
    }

    Map<String, Object> model() {
      Summary summary = report.summary();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("scriptHash", scriptHash);
      m.put("tool", Map.of("name", report.tool().name(), "version", report.tool().version()));
      m.put("original", source(report.original()));
      m.put("revised", source(report.revised()));
      m.put("total", summary.total());
      m.put("totalNoun", summary.total() == 1 ? "finding" : "findings");
      m.put("blocked", report.blocked());
      m.put("failOn", report.gate().id());
      m.put("baselined", summary.baselined());
      m.put("anyBaselined", summary.baselined() > 0);
      m.put("summaryLine", summary.line());
      List<Map<String, Object>> severities = new ArrayList<>();
      for (Severity s : Report.SEVERITIES_MOST_SEVERE_FIRST) {
        severities.add(
            Map.of("id", s.id(), "label", severityLabel(s, summary.count(s)), "count", summary.count(s),
                "icon", icon(s)));
      }
      m.put("severities", severities);
      List<Map<String, Object>> categories = new ArrayList<>();
      for (Map.Entry<Category, Integer> e : summary.byCategory().entrySet()) {
        categories.add(
            Map.of("id", e.getKey().name(), "label", categoryLabel(e.getKey()), "count", e.getValue()));
      }
      m.put("categories", categories);
      m.put("groups", groups());
      m.put("triage", report.order() == FindingOrder.TRIAGE);
      m.put("noFindings", report.findings().isEmpty());
      m.put(
          "processingErrors",
          report.processingErrors().stream().map(e -> Map.of("rule", e.rule(), "message", e.message())).toList());
      m.put("anyProcessingErrors", !report.processingErrors().isEmpty());
      m.put("rows", rows());
      return m;
    }

    /**
     * The list as an editor triages it: errors with their details open, warnings one line each (details when
     * selected), info folded behind its count. In reading order, one list, nothing folded.
     */
    private List<Map<String, Object>> groups() {
      List<Map<String, Object>> groups = new ArrayList<>();
      if (report.order() == FindingOrder.READING) {
        if (!report.findings().isEmpty()) {
          groups.add(group("all", "in reading order", report.findings(), false));
        }
        return groups;
      }
      for (Severity s : Report.SEVERITIES_MOST_SEVERE_FIRST) {
        List<Finding> findings = report.findings(s);
        if (!findings.isEmpty()) {
          groups.add(group(s.id(), severityLabel(s, findings.size()), findings, s == Severity.INFO));
        }
      }
      return groups;
    }

    private Map<String, Object> group(String id, String label, List<Finding> findings, boolean collapsed) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("label", label);
      m.put("count", findings.size());
      m.put("collapsed", collapsed);
      m.put("findings", findings.stream().map(this::finding).toList());
      return m;
    }

    private static Map<String, Object> source(ReportSource source) {
      return Map.of(
          "name", source.name(),
          "sha256", source.sha256(),
          "shortSha", source.sha256().substring(0, 12),
          "format", source.format().id());
    }

    private Map<String, Object> finding(Finding f) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", ids.get(f));
      m.put("rule", f.ruleId());
      m.put("category", f.category().name());
      m.put("categoryLabel", categoryLabel(f.category()));
      m.put("severity", f.severity().id());
      m.put("icon", icon(f.severity()));
      m.put("expanded", f.severity() == Severity.ERROR && report.order() == FindingOrder.TRIAGE);
      m.put("message", f.message());
      m.put("lines", lines(f.original(), f.revised()));
      m.put("originalStart", f.original().map(e -> e.span().start()).orElse(-1));
      m.put("revisedStart", f.revised().map(e -> e.span().start()).orElse(-1));
      m.put("occurrences", f.occurrences());
      m.put("repeated", f.occurrences() > 1);
      List<Map<String, Object>> places = new ArrayList<>();
      List<Finding.Place> all = f.allPlaces();
      for (int i = 0; i < all.size(); i++) {
        Finding.Place place = all.get(i);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("key", placeKey(f, i));
        p.put("lines", lines(place.original(), place.revised()));
        p.put("originalStart", place.original().map(e -> e.span().start()).orElse(-1));
        p.put("revisedStart", place.revised().map(e -> e.span().start()).orElse(-1));
        p.put(
            "words",
            place.original().map(Excerpt::text).orElse("") + " → " + place.revised().map(Excerpt::text).orElse(""));
        places.add(p);
      }
      m.put("places", places);
      Optional<Excerpts.Shown[]> shown = Excerpts.of(f, report);
      Optional<WordDiff> diff =
          shown.isEmpty() && f.original().isPresent() && f.revised().isPresent()
              ? Optional.of(excerptDiff(f.original().get(), f.revised().get()))
              : Optional.empty();
      m.put(
          "originalExcerpt",
          shown.map(s -> List.of(excerpt(s[0], "del"))).orElseGet(() -> f.original()
              .map(e -> List.of(excerpt(new Excerpts.Shown(e.text(),
                  diff.map(WordDiff::originalChanges).orElse(List.of())), "del")))
              .orElse(List.of())));
      m.put(
          "revisedExcerpt",
          shown.map(s -> List.of(excerpt(s[1], "ins"))).orElseGet(() -> f.revised()
              .map(e -> List.of(excerpt(new Excerpts.Shown(e.text(),
                  diff.map(WordDiff::revisedChanges).orElse(List.of())), "ins")))
              .orElse(List.of())));
      m.put("evidence", f.evidence().entrySet().stream().map(e -> Map.of("key", e.getKey(), "value", e.getValue())).toList());
      m.put("anyEvidence", !f.evidence().isEmpty());
      m.put("suggestion", f.suggestion().map(List::of).orElse(List.of()));
      return m;
    }

    /** "original line 4, revised line 5": where an editor finds a place in each file's text. */
    private String lines(Optional<Excerpt> original, Optional<Excerpt> revised) {
      List<String> lines = new ArrayList<>();
      original.ifPresent(e -> lines.add("original line " + report.original().lineOf(e.span().start())));
      revised.ifPresent(e -> lines.add("revised line " + report.revised().lineOf(e.span().start())));
      return String.join(", ", lines);
    }

    /** The id of a finding's place (counted from 1), which the marks of that place in the panes carry. */
    private String placeKey(Finding f, int index) {
      return ids.get(f) + "-" + (index + 1);
    }

    private static WordDiff excerptDiff(Excerpt original, Excerpt revised) {
      return WordDiff.between(
          original.text(), Span.of(0, original.text().length()), revised.text(), Span.of(0, revised.text().length()));
    }

    private static Map<String, Object> excerpt(Excerpts.Shown shown, String changeClass) {
      List<Map<String, Object>> segments = new ArrayList<>();
      String text = shown.text();
      int at = 0;
      for (Span change : shown.changes()) {
        if (change.start() > at) {
          segments.add(segment(text.substring(at, change.start()), "", "", true));
        }
        segments.add(segment(change.of(text), changeClass, "", false));
        at = change.end();
      }
      if (at < text.length()) {
        segments.add(segment(text.substring(at), "", "", true));
      }
      return Map.of("segments", segments);
    }

    private List<Map<String, Object>> rows() {
      List<Map<String, Object>> rows = new ArrayList<>();
      ReportSource original = report.original();
      ReportSource revised = report.revised();
      int index = 0;
      for (ParagraphRow row : report.rows()) {
        List<Span> originalSpans = row.original().stream().map(i -> original.paragraphs().get(i)).toList();
        List<Span> revisedSpans = row.revised().stream().map(i -> revised.paragraphs().get(i)).toList();
        WordDiff diff =
            originalSpans.isEmpty() || revisedSpans.isEmpty()
                ? new WordDiff(List.of(), List.of())
                : WordDiff.between(original.text(), originalSpans, revised.text(), revisedSpans);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index++);
        m.put(
            "originalParagraphs",
            paragraphs(original.text(), originalSpans, diff.originalChanges(), true, "del"));
        m.put("revisedParagraphs", paragraphs(revised.text(), revisedSpans, diff.revisedChanges(), false, "ins"));
        m.put("originalEmpty", originalSpans.isEmpty());
        m.put("revisedEmpty", revisedSpans.isEmpty());
        m.put("unmatched", originalSpans.isEmpty() || revisedSpans.isEmpty());
        rows.add(m);
      }
      return rows;
    }

    private List<Map<String, Object>> paragraphs(
        String text, List<Span> spans, List<Span> changes, boolean originalSide, String changeClass) {
      List<Map<String, Object>> result = new ArrayList<>();
      for (Span paragraph : spans) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", paragraph.start());
        m.put("end", paragraph.end());
        m.put("segments", segments(text, paragraph, changes, originalSide, changeClass));
        result.add(m);
      }
      return result;
    }

    /** Cuts a paragraph where a finding or a change starts or ends; each piece knows what covers it. */
    private List<Map<String, Object>> segments(
        String text, Span paragraph, List<Span> changes, boolean originalSide, String changeClass) {
      List<PlaceMark> places = new ArrayList<>();
      for (Finding f : report.findings()) {
        List<Finding.Place> all = f.allPlaces();
        for (int i = 0; i < all.size(); i++) {
          String key = placeKey(f, i);
          (originalSide ? all.get(i).original() : all.get(i).revised())
              .map(Excerpt::span)
              .filter(s -> s.overlaps(paragraph))
              .ifPresent(s -> places.add(new PlaceMark(f, key, s)));
        }
      }
      TreeSet<Integer> cuts = new TreeSet<>(List.of(paragraph.start(), paragraph.end()));
      for (PlaceMark p : places) {
        cuts.add(Math.max(paragraph.start(), p.span().start()));
        cuts.add(Math.min(paragraph.end(), p.span().end()));
      }
      for (Span c : changes) {
        if (c.overlaps(paragraph)) {
          cuts.add(Math.max(paragraph.start(), c.start()));
          cuts.add(Math.min(paragraph.end(), c.end()));
        }
      }
      List<Map<String, Object>> segments = new ArrayList<>();
      Integer from = null;
      for (int to : cuts) {
        if (from != null && to > from) {
          Span piece = Span.of(from, to);
          List<String> covering = new ArrayList<>();
          List<String> keys = new ArrayList<>();
          Optional<Severity> worst = Optional.empty();
          for (PlaceMark p : places) {
            if (p.span().contains(piece)) {
              if (!covering.contains(ids.get(p.finding()))) {
                covering.add(ids.get(p.finding()));
              }
              keys.add(p.key());
              Severity s = p.finding().severity();
              worst = worst.isPresent() && worst.get().atLeast(s) ? worst : Optional.of(s);
            }
          }
          boolean changed = changes.stream().anyMatch(c -> c.contains(piece));
          List<String> classes = new ArrayList<>();
          if (changed) {
            classes.add(changeClass);
          }
          worst.ifPresent(s -> classes.add("hl sev-" + s.id()));
          segments.add(
              segment(piece.of(text), String.join(" ", classes), String.join(" ", covering), String.join(" ", keys),
                  classes.isEmpty()));
        }
        from = to;
      }
      return segments;
    }

    private static Map<String, Object> segment(String text, String classes, String findingIds, boolean plain) {
      return segment(text, classes, findingIds, "", plain);
    }

    private static Map<String, Object> segment(
        String text, String classes, String findingIds, String placeKeys, boolean plain) {
      return Map.of(
          "text", text, "cls", classes, "ids", findingIds, "places", placeKeys, "plain", plain,
          "marked", !findingIds.isEmpty());
    }

    /** One place of a finding in the paragraph being cut. */
    private record PlaceMark(Finding finding, String key, Span span) {}

    /** A shape for each severity, so that colour is never the only sign of it. */
    private static String icon(Severity s) {
      switch (s) {
        case ERROR:
          return "\u2716";
        case WARNING:
          return "\u25B2";
        default:
          return "\u2139";
      }
    }

    private static String severityLabel(Severity s, int count) {
      switch (s) {
        case ERROR:
          return count == 1 ? "error" : "errors";
        case WARNING:
          return count == 1 ? "warning" : "warnings";
        default:
          return "info";
      }
    }

    private static String categoryLabel(Category c) {
      String words = c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
  }
}
