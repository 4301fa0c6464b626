package dev.factdiff.core.parse;

import dev.factdiff.core.model.Mention;
import java.util.ArrayList;
import java.util.List;

/** Named entities (people, places, organizations) from the pipeline's mentions. */
final class MentionExtractor {

  private MentionExtractor() {}

  static List<Mention> extract(AnnotatedSentence sentence) {
    List<Mention> mentions = new ArrayList<>();
    for (EntitySpan entity : sentence.entities()) {
      if (isPronoun(sentence, entity)) {
        continue; // the pipeline also tags "he" and "his" as PERSON; pronouns are kept apart
      }
      typeOf(entity.type()).ifPresent(type -> mentions.add(new Mention(entity.span(), entity.text(), type)));
    }
    return mentions;
  }

  private static boolean isPronoun(AnnotatedSentence sentence, EntitySpan entity) {
    return sentence.tokens().subList(entity.firstToken(), entity.lastToken() + 1).stream()
        .allMatch(t -> t.pos().startsWith("PRP"));
  }

  private static java.util.Optional<Mention.Type> typeOf(String nerType) {
    switch (nerType) {
      case "PERSON":
        return java.util.Optional.of(Mention.Type.PERSON);
      case "LOCATION":
      case "CITY":
      case "COUNTRY":
      case "STATE_OR_PROVINCE":
        return java.util.Optional.of(Mention.Type.LOCATION);
      case "ORGANIZATION":
        return java.util.Optional.of(Mention.Type.ORGANIZATION);
      case "MISC":
      case "NATIONALITY":
        return java.util.Optional.of(Mention.Type.MISC);
      default:
        return java.util.Optional.empty();
    }
  }
}
