package dev.factdiff.core.parse;

import dev.factdiff.core.model.Pronoun;
import dev.factdiff.core.model.Pronoun.Gender;
import dev.factdiff.core.model.Pronoun.Number;
import dev.factdiff.core.model.Pronoun.Person;
import dev.factdiff.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** English personal and possessive pronouns (a closed class) with their person, number and gender. */
final class PronounExtractor {

  private record Features(Person person, Number number, Gender gender, boolean possessive) {}

  private static final Map<String, Features> PRONOUNS =
      Map.ofEntries(
          Map.entry("i", new Features(Person.FIRST, Number.SINGULAR, Gender.ANY, false)),
          Map.entry("me", new Features(Person.FIRST, Number.SINGULAR, Gender.ANY, false)),
          Map.entry("myself", new Features(Person.FIRST, Number.SINGULAR, Gender.ANY, false)),
          Map.entry("my", new Features(Person.FIRST, Number.SINGULAR, Gender.ANY, true)),
          Map.entry("mine", new Features(Person.FIRST, Number.SINGULAR, Gender.ANY, true)),
          Map.entry("we", new Features(Person.FIRST, Number.PLURAL, Gender.ANY, false)),
          Map.entry("us", new Features(Person.FIRST, Number.PLURAL, Gender.ANY, false)),
          Map.entry("ourselves", new Features(Person.FIRST, Number.PLURAL, Gender.ANY, false)),
          Map.entry("our", new Features(Person.FIRST, Number.PLURAL, Gender.ANY, true)),
          Map.entry("ours", new Features(Person.FIRST, Number.PLURAL, Gender.ANY, true)),
          Map.entry("you", new Features(Person.SECOND, Number.EITHER, Gender.ANY, false)),
          Map.entry("yourself", new Features(Person.SECOND, Number.SINGULAR, Gender.ANY, false)),
          Map.entry("yourselves", new Features(Person.SECOND, Number.PLURAL, Gender.ANY, false)),
          Map.entry("your", new Features(Person.SECOND, Number.EITHER, Gender.ANY, true)),
          Map.entry("yours", new Features(Person.SECOND, Number.EITHER, Gender.ANY, true)),
          Map.entry("he", new Features(Person.THIRD, Number.SINGULAR, Gender.MASCULINE, false)),
          Map.entry("him", new Features(Person.THIRD, Number.SINGULAR, Gender.MASCULINE, false)),
          Map.entry("himself", new Features(Person.THIRD, Number.SINGULAR, Gender.MASCULINE, false)),
          Map.entry("his", new Features(Person.THIRD, Number.SINGULAR, Gender.MASCULINE, true)),
          Map.entry("she", new Features(Person.THIRD, Number.SINGULAR, Gender.FEMININE, false)),
          Map.entry("herself", new Features(Person.THIRD, Number.SINGULAR, Gender.FEMININE, false)),
          Map.entry("hers", new Features(Person.THIRD, Number.SINGULAR, Gender.FEMININE, true)),
          Map.entry("it", new Features(Person.THIRD, Number.SINGULAR, Gender.NEUTER, false)),
          Map.entry("itself", new Features(Person.THIRD, Number.SINGULAR, Gender.NEUTER, false)),
          Map.entry("its", new Features(Person.THIRD, Number.SINGULAR, Gender.NEUTER, true)),
          Map.entry("they", new Features(Person.THIRD, Number.PLURAL, Gender.ANY, false)),
          Map.entry("them", new Features(Person.THIRD, Number.PLURAL, Gender.ANY, false)),
          Map.entry("themselves", new Features(Person.THIRD, Number.PLURAL, Gender.ANY, false)),
          Map.entry("their", new Features(Person.THIRD, Number.PLURAL, Gender.ANY, true)),
          Map.entry("theirs", new Features(Person.THIRD, Number.PLURAL, Gender.ANY, true)));

  private PronounExtractor() {}

  static List<Pronoun> extract(List<Token> tokens) {
    List<Pronoun> pronouns = new ArrayList<>();
    for (Token token : tokens) {
      if (!token.pos().startsWith("PRP")) {
        continue; // "US" the country is a proper noun, not "us"
      }
      String word = token.text().toLowerCase(Locale.ROOT);
      Features f = PRONOUNS.get(word);
      if (f == null && word.equals("her")) {
        boolean possessive = token.pos().equals("PRP$");
        f = new Features(Person.THIRD, Number.SINGULAR, Gender.FEMININE, possessive);
      }
      if (f != null) {
        pronouns.add(new Pronoun(token.span(), token.text(), f.person(), f.number(), f.gender(), f.possessive()));
      }
    }
    return pronouns;
  }
}
