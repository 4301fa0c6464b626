package dev.factdiff.core.parse;

import dev.factdiff.core.input.Block;
import dev.factdiff.core.input.SourceText;
import dev.factdiff.core.limits.Deadline;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Claim;
import dev.factdiff.core.model.Paragraph;
import dev.factdiff.core.model.Quotation;
import dev.factdiff.core.model.Sentence;
import dev.factdiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a version of an article into paragraphs, sentences and claims. Thread-safe; the NLP models load once,
 * on first use (or on {@link #warmUp()}).
 */
public final class ArticleParser {

  private final CoreNlpAnnotator annotator;

  private ArticleParser(CoreNlpAnnotator annotator) {
    this.annotator = annotator;
  }

  public static ArticleParser create() {
    return new ArticleParser(CoreNlpAnnotator.tuned());
  }

  /**
   * A parser on CoreNLP's default tokenize,ssplit,pos,lemma,ner pipeline, the reference for benchmarks: slower,
   * and not what the rules are tuned for.
   */
  public static ArticleParser withCoreNlpDefaults() {
    return new ArticleParser(CoreNlpAnnotator.coreNlpDefault());
  }

  /** Loads the models now, so that the first parse is as fast as the others. */
  public void warmUp() {
    annotator.warmUp();
  }

  /** Parses plain text: paragraphs separated by blank lines. */
  public Article parse(String name, String text) {
    return parse(SourceText.ofPlainText(name, text));
  }

  /** Parses within the default {@link Limits}, with no deadline. */
  public Article parse(SourceText source) {
    return parse(source, Limits.DEFAULT, Deadline.none());
  }

  /**
   * Parses within {@code limits} (a sentence longer than its limit is an
   * {@link dev.factdiff.core.input.InputException}), stopping with a
   * {@link dev.factdiff.core.limits.DeadlineExceededException} once {@code deadline} has passed.
   */
  public Article parse(SourceText source, Limits limits, Deadline deadline) {
    return parseTogether(List.of(source), TaggedSentences.NONE, limits, deadline).get(0).article();
  }

  List<ParsedText> parseTogether(List<SourceText> sources, TaggedSentences known) {
    return parseTogether(sources, known, Limits.DEFAULT, Deadline.none());
  }

  /**
   * Parses texts together: a sentence found in {@code known} or in an earlier one of the texts is not tagged again
   * (see {@link CoreNlpAnnotator#annotate(List, TaggedSentences)}).
   */
  List<ParsedText> parseTogether(List<SourceText> sources, TaggedSentences known, Limits limits, Deadline deadline) {
    List<SourceText> present = sources.stream().filter(s -> !s.text().isBlank()).toList();
    List<CoreNlpAnnotator.Annotated> annotated = present.isEmpty()
        ? List.of()
        : annotator.annotate(present.stream().map(SourceText::text).toList(),
            present.stream().map(SourceText::name).toList(), known, limits, deadline);
    List<ParsedText> parsed = new ArrayList<>();
    int next = 0;
    for (SourceText source : sources) {
      CoreNlpAnnotator.Annotated text = source.text().isBlank()
          ? new CoreNlpAnnotator.Annotated(List.of(), TaggedSentences.NONE)
          : annotated.get(next++);
      parsed.add(new ParsedText(article(source, text.sentences(), deadline), text.tagged()));
    }
    return parsed;
  }

  private static Article article(SourceText source, List<AnnotatedSentence> annotated, Deadline deadline) {
    String text = source.text();
    List<Paragraph> paragraphs = new ArrayList<>();
    int next = 0;
    int sentenceIndex = 0;
    List<Block> blocks = source.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      deadline.check();
      Block block = blocks.get(b);
      List<AnnotatedSentence> inBlock = new ArrayList<>();
      while (next < annotated.size() && annotated.get(next).span().start() < block.span().end()) {
        if (annotated.get(next).span().start() >= block.span().start()) {
          inBlock.add(annotated.get(next));
        }
        next++;
      }
      boolean continues = b + 1 < blocks.size() && QuotationScanner.opensWithQuote(blocks.get(b + 1).span().of(text));
      List<Quotation> quotations = quotations(text, block.span(), inBlock, continues);
      List<Sentence> sentences = new ArrayList<>();
      for (AnnotatedSentence s : inBlock) {
        sentences.add(sentence(text, sentenceIndex++, b, block, s, quotations));
      }
      paragraphs.add(new Paragraph(b, block.kind(), block.span(), sentences));
    }
    return new Article(source.name(), text, paragraphs);
  }

  private static Sentence sentence(
      String text, int index, int paragraph, Block block, AnnotatedSentence s, List<Quotation> quotations) {
    Span span = s.span();
    List<Quotation> opening = quotations.stream().filter(q -> span.contains(new Span(q.span().start(), q.span().start() + 1))).toList();
    Claim claim =
        new Claim(
            QuantityExtractor.extract(text, s),
            TimeExtractor.extract(text, s),
            opening,
            MentionExtractor.extract(s),
            PronounExtractor.extract(s.tokens()),
            NegationExtractor.extract(s.tokens()),
            ContentWords.lemmas(s.tokens()));
    return new Sentence(index, paragraph, block.kind(), span, span.of(text), s.tokens(), claim);
  }

  private static List<Quotation> quotations(
      String text, Span paragraph, List<AnnotatedSentence> sentences, boolean continuesInNext) {
    List<Quotation> quotations = new ArrayList<>();
    for (QuotationScanner.Found found : QuotationScanner.scan(text, paragraph, continuesInNext)) {
      quotations.add(
          new Quotation(
              found.span(),
              found.inner(),
              found.inner().of(text),
              SpeakerFinder.find(found.span(), holding(found.span(), sentences)),
              found.status()));
    }
    return quotations;
  }

  /** The sentences a quotation overlaps, or the one after it when it fills its sentences ("“...” he said"). */
  private static List<AnnotatedSentence> holding(Span quote, List<AnnotatedSentence> sentences) {
    List<AnnotatedSentence> holding = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).span().overlaps(quote)) {
        holding.add(sentences.get(i));
        if (i + 1 < sentences.size() && sentences.get(i).span().end() <= quote.end()) {
          holding.add(sentences.get(i + 1));
        }
      }
    }
    return holding;
  }
}
