package dev.factdiff.core.parse;

import com.google.common.base.Suppliers;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The only class that touches Stanford CoreNLP: builds the pipeline once, lazily and thread-safely, and turns
 * its annotations into our own records so that no CoreNLP type leaves it.
 */
final class CoreNlpAnnotator {

  private final Supplier<StanfordCoreNLP> pipeline = Suppliers.memoize(CoreNlpAnnotator::buildPipeline);

  /** Loads the models now rather than on the first parse. */
  void warmUp() {
    pipeline.get();
  }

  List<AnnotatedSentence> annotate(String text) {
    CoreDocument document = new CoreDocument(text);
    pipeline.get().annotate(document);
    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (CoreSentence sentence : document.sentences()) {
      sentences.add(convert(text, sentence));
    }
    return sentences;
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

  private static StanfordCoreNLP buildPipeline() {
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
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("ner.applyNumericClassifiers", "true");
    return new StanfordCoreNLP(props);
  }
}
