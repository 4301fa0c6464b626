package dev.factdiff.core.parse;

import dev.factdiff.core.model.Quotation.Speaker;
import dev.factdiff.core.model.Span;
import dev.factdiff.core.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Attributes a quotation to its speaker from the words around it: the subject of a speech verb ("the minister told",
 * "said the minister"), the object of "quoted X as saying", or the source of "according to X".
 */
final class SpeakerFinder {

  /** Verbs of saying: a closed set of reporting verbs, by lemma. */
  static final Set<String> SPEECH_VERBS =
      Set.of(
          "say", "tell", "add", "state", "declare", "announce", "write", "ask", "insist", "warn", "claim",
          "note", "explain", "describe", "call", "quote", "reply", "respond", "answer", "stress", "urge",
          "argue", "acknowledge", "admit", "deny", "report", "comment", "remark", "tweet", "conclude",
          "continue", "denounce", "praise", "affirm", "assert", "confirm", "suggest", "recall", "predict");

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");

  private SpeakerFinder() {}

  /** The speaker of the quotation spanning {@code quote}, looking in the sentences that hold it. */
  static Optional<Speaker> find(Span quote, List<AnnotatedSentence> sentences) {
    Optional<Speaker> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (AnnotatedSentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (quote.contains(token.span())) {
          continue;
        }
        Optional<Speaker> speaker = speakerAround(sentence, i, quote);
        if (speaker.isPresent()) {
          int distance = Math.min(Math.abs(token.span().start() - quote.end()), Math.abs(quote.start() - token.span().end()));
          if (distance < bestDistance) {
            bestDistance = distance;
            best = speaker;
          }
        }
      }
    }
    return best;
  }

  private static Optional<Speaker> speakerAround(AnnotatedSentence sentence, int i, Span quote) {
    List<Token> tokens = sentence.tokens();
    Token token = tokens.get(i);
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("accord") && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
      return nameAfter(sentence, i + 1, quote);
    }
    if (!token.isVerb() || !SPEECH_VERBS.contains(lemma)) {
      return Optional.empty();
    }
    if (lemma.equals("quote")) {
      return nameAfter(sentence, i, quote);
    }
    Optional<Speaker> subject = nameBefore(sentence, i, quote);
    return subject.isPresent() ? subject : nameAfter(sentence, i, quote);
  }

  /** The nearest name (or subject pronoun) before token {@code i}, not crossing the quotation. */
  private static Optional<Speaker> nameBefore(AnnotatedSentence sentence, int i, Span quote) {
    Optional<EntitySpan> entity =
        sentence.entities().stream()
            .filter(e -> e.lastToken() < i && e.lastToken() >= i - 15 && isSpeakerType(e.type()))
            .filter(e -> !quote.overlaps(e.span()) && !crosses(quote, e.span().end(), sentence.tokens().get(i).span().start()))
            .reduce((a, b) -> rank(b.type()) >= rank(a.type()) ? b : a);
    if (entity.isPresent()) {
      return Optional.of(new Speaker(entity.get().span(), entity.get().text()));
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      Token t = sentence.tokens().get(j);
      if (SUBJECT_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)) && !quote.contains(t.span())) {
        return Optional.of(new Speaker(t.span(), t.text()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Speaker> nameAfter(AnnotatedSentence sentence, int i, Span quote) {
    return sentence.entities().stream()
        .filter(e -> e.firstToken() > i && e.firstToken() <= i + 4 && isSpeakerType(e.type()))
        .filter(e -> !quote.overlaps(e.span()))
        .findFirst()
        .map(e -> new Speaker(e.span(), e.text()));
  }

  /** People speak more often than organizations, and organizations more often than places. */
  private static int rank(String type) {
    return type.equals("PERSON") ? 3 : type.equals("ORGANIZATION") ? 2 : 1;
  }

  private static boolean crosses(Span quote, int from, int to) {
    return from <= quote.start() && quote.end() <= to;
  }

  private static boolean isSpeakerType(String type) {
    return type.equals("PERSON") || type.equals("ORGANIZATION") || type.equals("LOCATION") || type.equals("MISC");
  }
}
