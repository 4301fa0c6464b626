package dev.factdiff.core.parse;

import com.google.common.base.Suppliers;
import dev.factdiff.core.input.InputException;
import dev.factdiff.core.limits.Deadline;
import dev.factdiff.core.limits.Limits;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The only class that touches Stanford CoreNLP: builds the pipeline once, lazily and thread-safely, and turns
 * its annotations into our own records so that no CoreNLP type leaves it.
 */
final class CoreNlpAnnotator {

  private static final Set<String> TEMPORAL_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Texts shorter than this are not worth splitting across two threads. */
  private static final int MIN_SPLIT_LENGTH = 2_000;

  /** Sentences tagged between two looks at the deadline: a few hundred milliseconds of work at most. */
  private static final int SENTENCES_PER_STEP = 16;

  /** The pipeline in two stages: tokens and sentences of the whole text, then tags, one sentence at a time. */
  private record Stages(Annotator segmenter, Annotator tagger) {}

  private final Supplier<Stages> stages;
  private final Supplier<TimeAnnotator> timeAnnotator = Suppliers.memoize(CoreNlpAnnotator::buildTimeAnnotator);
  private final boolean separateTimes;

  /** Texts being annotated now: a text annotated alone is split in two for the idle core. */
  private final AtomicInteger annotating = new AtomicInteger();
  private final Supplier<ExecutorService> helper = Suppliers.memoize(CoreNlpAnnotator::newHelper);

  private CoreNlpAnnotator(boolean tuned) {
    this.separateTimes = tuned;
    this.stages = Suppliers.memoize(
        tuned ? () -> buildStages(timeAnnotator) : () -> new Stages(buildDefaultPipeline(), new AnnotationPipeline()));
  }

  /** factdiff's pipeline: only the models the rules use, dates recognized only where they can be. */
  static CoreNlpAnnotator tuned() {
    return new CoreNlpAnnotator(true);
  }

  /**
   * CoreNLP's default tokenize,ssplit,pos,lemma,ner pipeline (all three CRF models, fine-grained types, SUTime on
   * every sentence), as the reference that benchmarks compare against.
   */
  static CoreNlpAnnotator coreNlpDefault() {
    return new CoreNlpAnnotator(false);
  }

  private static AnnotationPipeline buildDefaultPipeline() {
    RedwoodConfiguration.current().clear().apply();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    return new StanfordCoreNLP(props);
  }

  /** Loads the models now rather than on the first parse. */
  void warmUp() {
    stages.get();
    if (separateTimes) {
      timeAnnotator.get();
    }
  }

  /** A text's sentences as annotated, and the same sentences by what the annotators read, for reuse. */
  record Annotated(List<AnnotatedSentence> sentences, TaggedSentences tagged) {}

  /**
   * A text cut into sentences, not yet tagged, with what the annotators will read of each (factdiff's pipeline).
   * CoreNLP reads {@code copy}, the text with its pathological runs neutralized ({@link TokenizerInput}); offsets
   * are the same in both, and every token's text is taken from {@code text}.
   */
  private record Segmented(String text, String copy, List<CoreMap> sentences, List<SentenceKey> keys) {}

  /** The {@code sentence}-th sentence of the {@code text}-th text. */
  private record Place(int text, int sentence) {}

  /**
   * Annotates texts together. A sentence that reads exactly as one in {@code known} or in an earlier one of the
   * texts (a revision repeats much of its original) is copied rather than tagged again: the tagger, the recognizer
   * and SUTime read one sentence at a time. When no other text is being annotated and the machine has a core to
   * spare, the sentences to tag are tagged in two runs at once. (Tokens and sentences come from each whole text
   * first: the tokenizer carries state, such as open quotation marks, across paragraphs.)
   */
  List<Annotated> annotate(List<String> texts, TaggedSentences known) {
    return annotate(texts, texts.stream().map(t -> "text").toList(), known, Limits.DEFAULT, Deadline.none());
  }

  /**
   * Likewise, within {@code limits}: a text with a sentence longer than the limit is refused with an
   * {@link InputException} that names it (by {@code names}, one for each text), and the work stops at
   * {@code deadline}, looked at between runs of sentences.
   */
  List<Annotated> annotate(List<String> texts, List<String> names, TaggedSentences known, Limits limits,
      Deadline deadline) {
    boolean alone = annotating.incrementAndGet() == 1;
    try {
      Stages stages = this.stages.get();
      List<Segmented> segmented = new ArrayList<>();
      for (int t = 0; t < texts.size(); t++) {
        deadline.check();
        Segmented text = segmented(stages, texts.get(t));
        requireShortSentences(names.get(t), text, limits.maxSentenceChars());
        segmented.add(text);
      }
      deadline.check();
      Map<SentenceKey, Place> firstTagged = new HashMap<>();
      List<Place> toTag = new ArrayList<>();
      for (int t = 0; t < segmented.size(); t++) {
        for (int s = 0; s < segmented.get(t).sentences().size(); s++) {
          if (!separateTimes) {
            // CoreNLP's default pipeline annotated whole texts while segmenting them: nothing to copy.
            toTag.add(new Place(t, s));
            continue;
          }
          SentenceKey key = segmented.get(t).keys().get(s);
          Place first = firstTagged.get(key);
          // Within one text a repeated sentence is tagged again: articles seldom repeat one, and the benchmark's
          // long articles, which repeat the seed text, should measure length rather than this reuse.
          if (known.find(key).isEmpty() && (first == null || first.text() == t)) {
            firstTagged.putIfAbsent(key, new Place(t, s));
            toTag.add(new Place(t, s));
          }
        }
      }
      Map<Place, AnnotatedSentence> tagged = tag(stages, segmented, toTag, alone, deadline);
      List<Annotated> annotated = new ArrayList<>();
      for (int t = 0; t < segmented.size(); t++) {
        Segmented text = segmented.get(t);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        Map<SentenceKey, AnnotatedSentence> byKey = new HashMap<>();
        for (int s = 0; s < text.sentences().size(); s++) {
          AnnotatedSentence sentence = tagged.get(new Place(t, s));
          if (sentence == null) {
            SentenceKey key = text.keys().get(s);
            sentence = known.find(key).orElseGet(() -> tagged.get(firstTagged.get(key))).movedTo(start(text, s));
          }
          sentences.add(sentence);
          if (separateTimes) {
            byKey.putIfAbsent(text.keys().get(s), sentence);
          }
        }
        annotated.add(new Annotated(sentences, new TaggedSentences(byKey)));
      }
      return annotated;
    } finally {
      annotating.decrementAndGet();
    }
  }

  private Segmented segmented(Stages stages, String text) {
    String copy = TokenizerInput.of(text);
    Annotation annotation = new Annotation(copy);
    stages.segmenter().annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    return new Segmented(
        text, copy, sentences, separateTimes ? sentences.stream().map(s -> key(text, s)).toList() : List.of());
  }

  /**
   * Refuses a text with a sentence longer than the limit: the tagger and the word-level comparisons grow faster
   * than linearly with a sentence's length, and no article's sentence runs this long.
   */
  private static void requireShortSentences(String name, Segmented text, int maxChars) {
    for (CoreMap sentence : text.sentences()) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int begin = tokens.get(0).beginPosition();
      int length = tokens.get(tokens.size() - 1).endPosition() - begin;
      if (length > maxChars) {
        throw new InputException(String.format(java.util.Locale.ROOT,
            "%s: a sentence of %,d characters (from character %,d); the limit is %,d (--max-sentence-chars)",
            name, length, begin, maxChars));
      }
    }
  }

  private static int start(Segmented text, int sentence) {
    return text.sentences().get(sentence).get(CoreAnnotations.TokensAnnotation.class).get(0).beginPosition();
  }

  /** Tags the sentences at these places, in two runs at once when this is the only annotation running. */
  private Map<Place, AnnotatedSentence> tag(
      Stages stages, List<Segmented> texts, List<Place> places, boolean alone, Deadline deadline) {
    int[] lengths = new int[places.size()];
    int characters = 0;
    for (int i = 0; i < lengths.length; i++) {
      List<CoreLabel> tokens = sentence(texts, places.get(i)).get(CoreAnnotations.TokensAnnotation.class);
      lengths[i] = tokens.size();
      characters += tokens.get(tokens.size() - 1).endPosition() - tokens.get(0).beginPosition();
    }
    int split = alone && separateTimes && characters >= MIN_SPLIT_LENGTH
        && Runtime.getRuntime().availableProcessors() > 1 ? splitIndex(lengths) : -1;
    if (split <= 0) {
      return tag(stages, texts, places, deadline);
    }
    CompletableFuture<Map<Place, AnnotatedSentence>> first =
        CompletableFuture.supplyAsync(() -> tag(stages, texts, places.subList(0, split), deadline), helper.get());
    Map<Place, AnnotatedSentence> tagged =
        new HashMap<>(tag(stages, texts, places.subList(split, places.size()), deadline));
    tagged.putAll(joined(first));
    return tagged;
  }

  /**
   * Tags the sentences at these places on this thread, one document for each run of a few sentences of a text
   * (the annotators read one sentence at a time, so how the runs are cut changes nothing), looking at the
   * deadline before each run.
   */
  private Map<Place, AnnotatedSentence> tag(
      Stages stages, List<Segmented> texts, List<Place> places, Deadline deadline) {
    Map<Place, AnnotatedSentence> tagged = new HashMap<>();
    int from = 0;
    while (from < places.size()) {
      deadline.check();
      int text = places.get(from).text();
      int to = from;
      while (to < places.size() && to - from < SENTENCES_PER_STEP && places.get(to).text() == text) {
        to++;
      }
      List<Place> run = places.subList(from, to);
      Annotation part = part(texts.get(text).copy(), run.stream().map(p -> sentence(texts, p)).toList());
      List<AnnotatedSentence> sentences = tagged(stages, texts.get(text).text(), part);
      for (int i = 0; i < run.size(); i++) {
        tagged.put(run.get(i), sentences.get(i));
      }
      from = to;
    }
    return tagged;
  }

  private static CoreMap sentence(List<Segmented> texts, Place place) {
    return texts.get(place.text()).sentences().get(place.sentence());
  }

  /** What the annotators read of a sentence (see {@link SentenceKey}). */
  private static SentenceKey key(String text, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    List<String> words = new ArrayList<>(tokens.size());
    List<Integer> offsets = new ArrayList<>(2 * tokens.size());
    for (CoreLabel token : tokens) {
      words.add(token.word());
      offsets.add(token.beginPosition() - begin);
      offsets.add(token.endPosition() - begin);
    }
    return new SentenceKey(text.substring(begin, end), words, offsets, orEmpty(tokens.get(0).before()),
        orEmpty(tokens.get(tokens.size() - 1).after()), end < text.length() ? text.charAt(end) : -1);
  }

  /** Tags the sentences of a segmented document and converts them, with their times. */
  private List<AnnotatedSentence> tagged(Stages stages, String text, Annotation annotation) {
    stages.tagger().annotate(annotation);
    CoreDocument document = new CoreDocument(annotation);
    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (CoreSentence sentence : document.sentences()) {
      AnnotatedSentence converted = convert(text, sentence);
      if (!separateTimes) {
        sentences.add(converted);
        continue;
      }
      List<EntitySpan> times =
          TemporalCues.mayHoldTime(converted.tokens()) ? times(text, sentence, converted.tokens()) : List.of();
      sentences.add(withTimes(text, converted, times));
    }
    return sentences;
  }

  /**
   * Where to split sentences of these token counts into two runs of about the same number of tokens: the index of
   * the first sentence of the second run, or -1 when there are fewer than two sentences.
   */
  static int splitIndex(int[] sentenceLengths) {
    if (sentenceLengths.length < 2) {
      return -1;
    }
    long total = 0;
    for (int length : sentenceLengths) {
      total += length;
    }
    long before = 0;
    int best = 1;
    long bestGap = Long.MAX_VALUE;
    for (int i = 1; i < sentenceLengths.length; i++) {
      before += sentenceLengths[i - 1];
      long gap = Math.abs(2 * before - total);
      if (gap < bestGap) {
        bestGap = gap;
        best = i;
      }
    }
    return best;
  }

  /** A document of some of a text's sentences, whose tokens are those sentences' tokens: tagging it tags them. */
  private static Annotation part(String text, List<CoreMap> sentences) {
    Annotation part = new Annotation(text);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return part;
  }

  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static ExecutorService newHelper() {
    return Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "factdiff-parse-helper");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Runs SUTime on the windows of one sentence that can hold a time expression (see {@link TemporalCues#windows}):
   * dates, times, durations and sets with their TIMEX3 values.
   */
  private List<EntitySpan> times(String text, CoreSentence sentence, List<Token> tokens) {
    List<CoreLabel> labels = sentence.tokens();
    List<EntitySpan> times = new ArrayList<>();
    for (TemporalCues.Window window : TemporalCues.windows(tokens)) {
      CoreMap part = window.from() == 0 && window.to() == labels.size()
          ? sentence.coreMap()
          : window(text, sentence.coreMap(), labels, window);
      times.addAll(times(text, part, labels));
    }
    return times;
  }

  /** A window of a sentence as a sentence of its own: its tokens, text and offsets. */
  private static CoreMap window(String text, CoreMap sentence, List<CoreLabel> labels, TemporalCues.Window window) {
    List<CoreLabel> tokens = new ArrayList<>(labels.subList(window.from(), window.to()));
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    CoreMap part = new ArrayCoreMap(sentence);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    Integer firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (firstToken != null) {
      part.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + window.from());
      part.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + window.to());
    }
    return part;
  }

  /** Runs SUTime on one sentence, or one window of it; token indices are into the whole sentence's labels. */
  private List<EntitySpan> times(String text, CoreMap sentence, List<CoreLabel> labels) {
    Annotation single = new Annotation(text);
    single.set(CoreAnnotations.TokensAnnotation.class, sentence.get(CoreAnnotations.TokensAnnotation.class));
    single.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    timeAnnotator.get().annotate(single);
    List<CoreMap> timexes = single.get(TimeAnnotations.TimexAnnotations.class);
    List<EntitySpan> times = new ArrayList<>();
    if (timexes == null) {
      return times;
    }
    for (CoreMap timex : timexes) {
      Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
      List<CoreLabel> tokens = timex.get(CoreAnnotations.TokensAnnotation.class);
      if (value == null || tokens == null || tokens.isEmpty() || value.timexType() == null) {
        continue;
      }
      int first = labels.indexOf(tokens.get(0));
      int last = labels.indexOf(tokens.get(tokens.size() - 1));
      if (first < 0 || last < first) {
        continue;
      }
      Span span = new Span(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
      String normalized = normalized(value, timex.get(TimeExpression.Annotation.class));
      // "the decade-long conflict" holds a duration, not the date "the decade".
      boolean modifierHalf = span.end() < text.length() && text.charAt(span.end()) == '-';
      if (!normalized.isEmpty() && !modifierHalf) {
        times.add(new EntitySpan(span, span.of(text), value.timexType(), normalized, first, last));
      }
    }
    return times;
  }

  /**
   * Replaces the tagger's temporal mentions with SUTime's and drops numbers that are part of a date. A number
   * the tagger took for a date or duration but SUTime did not ("rose 3.5 per cent") stays a number.
   */
  private static AnnotatedSentence withTimes(String text, AnnotatedSentence sentence, List<EntitySpan> times) {
    List<EntitySpan> entities = new ArrayList<>(times);
    for (EntitySpan entity : sentence.entities()) {
      boolean insideTime = times.stream().anyMatch(t -> t.span().overlaps(entity.span()));
      if (insideTime) {
        continue;
      }
      if (TEMPORAL_TYPES.contains(entity.type())) {
        entities.addAll(numbersIn(text, sentence.tokens(), entity));
      } else {
        entities.add(entity);
      }
    }
    entities.sort((a, b) -> a.span().compareTo(b.span()));
    return new AnnotatedSentence(sentence.span(), sentence.tokens(), entities);
  }

  /**
   * The TIMEX3 value, or for a date relative to an unknown document date, SUTime's relative form ("THIS P1W
   * OFFSET P-1W" for "last week"), so that "last week" and "last month" still differ.
   */
  private static String normalized(Timex timex, TimeExpression expression) {
    if (timex.value() != null) {
      return timex.value();
    }
    if (expression != null && expression.getTemporal() != null) {
      return expression.getTemporal().toString();
    }
    return "";
  }

  private static List<EntitySpan> numbersIn(String text, List<Token> tokens, EntitySpan entity) {
    List<EntitySpan> numbers = new ArrayList<>();
    int i = entity.firstToken();
    while (i <= entity.lastToken()) {
      if (!tokens.get(i).isNumber()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 <= entity.lastToken() && tokens.get(j + 1).isNumber()) {
        j++;
      }
      Span span = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
      String words = span.of(text);
      try {
        Number value = NumberNormalizer.wordToNumber(words);
        if (value != null) {
          numbers.add(new EntitySpan(span, words, "NUMBER", value.toString(), i, j));
        }
      } catch (RuntimeException notANumber) {
        // Words the normalizer cannot read as a number are not a quantity.
      }
      i = j + 1;
    }
    return numbers;
  }

  private static AnnotatedSentence convert(String text, CoreSentence sentence) {
    List<CoreLabel> labels = sentence.tokens();
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      Span span = new Span(label.beginPosition(), label.endPosition());
      tokens.add(
          new Token(
              i,
              span,
              span.of(text),
              orEmpty(label.lemma()),
              orEmpty(label.tag()),
              label.ner() == null ? "O" : label.ner()));
    }
    int sentenceStart = labels.get(0).beginPosition();
    int sentenceEnd = labels.get(labels.size() - 1).endPosition();
    List<EntitySpan> entities = new ArrayList<>();
    List<CoreEntityMention> mentions = sentence.entityMentions();
    if (mentions != null) {
      for (CoreEntityMention mention : mentions) {
        entities.add(convert(text, labels, mention));
      }
    }
    return new AnnotatedSentence(new Span(sentenceStart, sentenceEnd), tokens, entities);
  }

  private static EntitySpan convert(String text, List<CoreLabel> labels, CoreEntityMention mention) {
    List<CoreLabel> mentionTokens = mention.tokens();
    int first = labels.indexOf(mentionTokens.get(0));
    int last = labels.indexOf(mentionTokens.get(mentionTokens.size() - 1));
    Span span = new Span(mentionTokens.get(0).beginPosition(), mentionTokens.get(mentionTokens.size() - 1).endPosition());
    String normalized = orEmpty(mention.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
    if (timex != null && timex.value() != null) {
      normalized = timex.value();
    }
    return new EntitySpan(span, span.of(text), mention.entityType(), normalized, first, last);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** Loads the tagger, the recognizer and SUTime at once, each on a thread of its own. */
  private static Stages buildStages(Supplier<TimeAnnotator> times) {
    RedwoodConfiguration.current().clear().apply();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.language", "en");
    // A blank line ends a sentence: a subheading never runs on into the paragraph after it.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // One CRF model for people, places and organizations; numbers and dates come from the numeric
    // classifiers and SUTime. The fine-grained gazetteers are not needed by any rule.
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    // Dates come from SUTime, run apart on the sentences that can hold one (see TemporalCues): on every
    // sentence it costs four times the rest of the pipeline.
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "true");
    // Dedicated threads: on two cores the common pool has one worker, which would load the models in turn.
    CompletableFuture<Annotator> ner = onNewThread("factdiff-ner-load", () -> {
      try {
        return new NERCombinerAnnotator(props);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the named-entity models", e);
      }
    });
    CompletableFuture<TimeAnnotator> sutime = onNewThread("factdiff-sutime-load", times::get);
    Annotator pos = new POSTaggerAnnotator("pos", props);
    sutime.join();
    return new Stages(
        new AnnotationPipeline(List.of(new TokenizerAnnotator(false, props), new WordsToSentencesAnnotator(props))),
        new AnnotationPipeline(List.of(pos, new MorphaAnnotator(false), ner.join())));
  }

  private static <T> CompletableFuture<T> onNewThread(String name, Supplier<T> load) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(load.get());
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  private static TimeAnnotator buildTimeAnnotator() {
    Properties props = new Properties();
    props.setProperty("sutime.includeRange", "true");
    return new TimeAnnotator("sutime", props);
  }
}
