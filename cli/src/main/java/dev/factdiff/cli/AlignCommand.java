package dev.factdiff.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Aligner;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.align.LinkKind;
import dev.factdiff.core.align.WordEdit;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.parse.ArticleParser;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdiff align ORIGINAL REVISED}: prints which sentences of the revision render which of the original. */
@Command(
    name = "align",
    description =
        "Print the alignment of two versions of an article side by side: which revised sentences render which"
            + " original ones (one to one, split, merged, dropped, added, moved) and the word edits in each pair.",
    mixinStandardHelpOptions = true)
public final class AlignCommand implements Callable<Integer> {

  public enum Format {
    text,
    json
  }

  static final int SCHEMA_VERSION = 1;

  /** The width of each side of the text output. */
  private static final int COLUMN = 56;

  @Parameters(
      index = "0",
      paramLabel = "ORIGINAL",
      description = "The original article: .txt, .md, .html or .docx; '-' reads standard input.")
  Path original;

  @Parameters(index = "1", paramLabel = "REVISED", description = "The revised article: .txt, .md, .html or .docx.")
  Path revised;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(run(original, revised, format));
    out.flush();
    return 0;
  }

  /** Reads, parses and aligns the two versions, and returns what the command prints. */
  public static String run(Path original, Path revised, Format format) {
    return run(ArticleParser.create(), original, revised, format);
  }

  /** As {@link #run(Path, Path, Format)}, with a parser that is already loaded. */
  public static String run(ArticleParser parser, Path original, Path revised, Format format) {
    Article from = parser.parse(Input.read(original.toString(), System.in).source());
    Article to = parser.parse(Input.read(revised.toString(), System.in).source());
    return render(Aligner.create().align(from, to), format);
  }

  /** The output for one alignment: deterministic, same input, same bytes. */
  public static String render(Alignment alignment, Format format) {
    return format == Format.text ? AlignmentText.of(alignment) : AlignmentJson.of(alignment);
  }

  private static String kindName(LinkKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static BigDecimal rounded(double similarity) {
    return BigDecimal.valueOf(similarity).setScale(3, RoundingMode.HALF_UP);
  }

  private static String summary(Alignment alignment) {
    StringBuilder counts = new StringBuilder();
    for (LinkKind kind : LinkKind.values()) {
      long count = alignment.pairs().stream().filter(p -> p.kind() == kind).count();
      counts.append(counts.length() == 0 ? "" : ", ").append(count).append(' ').append(kindName(kind));
    }
    long moved = alignment.pairs().stream().filter(AlignedPair::moved).count();
    return counts + ", " + moved + " moved";
  }

  /** The side-by-side listing: one block a link, original on the left, revised on the right, then the edits. */
  private static final class AlignmentText {

    private AlignmentText() {}

    static String of(Alignment alignment) {
      StringBuilder out = new StringBuilder();
      out.append(alignment.original().name())
          .append(" -> ")
          .append(alignment.revised().name())
          .append(": ")
          .append(alignment.original().sentences().size())
          .append(" and ")
          .append(alignment.revised().sentences().size())
          .append(" sentences; ")
          .append(summary(alignment))
          .append('\n');
      int number = 1;
      for (AlignedPair pair : alignment.pairs()) {
        out.append('\n').append(header(number++, pair)).append('\n');
        List<String> left = column(pair.original(), "o");
        List<String> right = column(pair.revised(), "r");
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
          String l = i < left.size() ? left.get(i) : "";
          String r = i < right.size() ? right.get(i) : "";
          out.append(("  " + pad(l) + " | " + r).stripTrailing()).append('\n');
        }
        for (WordEdit edit : pair.edits()) {
          out.append("    ").append(edit(edit)).append('\n');
        }
      }
      return out.toString();
    }

    private static String header(int number, AlignedPair pair) {
      String similarity = pair.isMatched() ? "  similarity " + rounded(pair.similarity()) : "";
      String moved = pair.moved() ? "  moved" : "";
      return String.format(Locale.ROOT, "#%d %s%s%s", number, kindName(pair.kind()), similarity, moved);
    }

    private static List<String> column(List<Sentence> sentences, String side) {
      List<String> lines = new ArrayList<>();
      for (Sentence sentence : sentences) {
        String label = side + sentence.index() + " ";
        List<String> wrapped = wrap(sentence.text(), COLUMN - label.length());
        for (int i = 0; i < wrapped.size(); i++) {
          lines.add((i == 0 ? label : " ".repeat(label.length())) + wrapped.get(i));
        }
      }
      return lines;
    }

    private static String edit(WordEdit edit) {
      String mark =
          switch (edit.type()) {
            case SUBSTITUTION -> "~ " + edit.originalWords() + " => " + edit.revisedWords();
            case INSERTION -> "+ " + edit.revisedWords();
            case DELETION -> "- " + edit.originalWords();
          };
      return mark + (edit.isPunctuationOnly() ? "   (punctuation)" : "");
    }

    private static List<String> wrap(String text, int width) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.strip().split("\\s+")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() == 0 ? "" : " ").append(word);
      }
      lines.add(line.toString());
      return lines;
    }

    private static String pad(String text) {
      int length = text.codePointCount(0, text.length());
      return length >= COLUMN ? text : text + " ".repeat(COLUMN - length);
    }
  }

  /** The JSON form: every link with its sentences, spans, similarity and word edits. */
  private static final class AlignmentJson {

    private AlignmentJson() {}

    static String of(Alignment alignment) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      root.put("schemaVersion", SCHEMA_VERSION);
      root.put("original", alignment.original().name());
      root.put("revised", alignment.revised().name());
      ObjectNode counts = root.putObject("counts");
      for (LinkKind kind : LinkKind.values()) {
        counts.put(kindName(kind), alignment.pairs().stream().filter(p -> p.kind() == kind).count());
      }
      counts.put("moved", alignment.pairs().stream().filter(AlignedPair::moved).count());
      ArrayNode links = root.putArray("links");
      for (AlignedPair pair : alignment.pairs()) {
        ObjectNode link = links.addObject();
        link.put("kind", kindName(pair.kind()));
        link.put("similarity", rounded(pair.similarity()));
        link.put("moved", pair.moved());
        sentences(link.putArray("original"), pair.original());
        sentences(link.putArray("revised"), pair.revised());
        ArrayNode edits = link.putArray("edits");
        for (WordEdit edit : pair.edits()) {
          ObjectNode node = edits.addObject();
          node.put("type", edit.type().name().toLowerCase(Locale.ROOT));
          node.put("punctuationOnly", edit.isPunctuationOnly());
          side(node.putObject("original"), edit.originalSpan(), alignment.original());
          side(node.putObject("revised"), edit.revisedSpan(), alignment.revised());
        }
      }
      try {
        return mapper.writeValueAsString(root) + "\n";
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    }

    private static void sentences(ArrayNode array, List<Sentence> sentences) {
      for (Sentence sentence : sentences) {
        ObjectNode node = array.addObject();
        node.put("index", sentence.index());
        node.put("kind", sentence.kind().name().toLowerCase(Locale.ROOT));
        span(node, sentence.span());
        node.put("text", sentence.text());
      }
    }

    private static void side(ObjectNode node, Span span, Article article) {
      span(node, span);
      node.put("text", article.text(span));
    }

    private static void span(ObjectNode node, Span span) {
      ArrayNode pair = node.putArray("span");
      pair.add(span.start());
      pair.add(span.end());
    }
  }
}
