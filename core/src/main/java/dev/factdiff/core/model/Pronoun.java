package dev.factdiff.core.model;

/** A personal or possessive pronoun with the grammatical features that make a substitution a change of fact. */
public record Pronoun(Span span, String text, Person person, Number number, Gender gender, boolean possessive) {

  public enum Person {
    FIRST,
    SECOND,
    THIRD
  }

  public enum Number {
    SINGULAR,
    PLURAL,
    /** "you" and "your": singular or plural. */
    EITHER
  }

  public enum Gender {
    MASCULINE,
    FEMININE,
    NEUTER,
    /** Any gender: "I", "you", "they". */
    ANY
  }

  /** Whether the two refer differently: another person, number or gender. */
  public boolean differsFrom(Pronoun other) {
    boolean numberDiffers = number != other.number && number != Number.EITHER && other.number != Number.EITHER;
    boolean genderDiffers = gender != other.gender && gender != Gender.ANY && other.gender != Gender.ANY;
    return person != other.person || numberDiffers || genderDiffers;
  }
}
