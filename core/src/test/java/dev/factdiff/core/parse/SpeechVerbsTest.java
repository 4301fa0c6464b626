package dev.factdiff.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

/**
 * The reporting verbs the speaker finder reads are WordNet's verbs of communication: each has a sense in WordNet's
 * {@code verb.communication} lexicographer file, so the list is a choice among them, not words of our own.
 */
class SpeechVerbsTest {

  private static final String WORDNET = "/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml";

  /** Posting on Twitter: a sense newer than WordNet 3.1, which knows "tweet" only as a bird's chirp. */
  private static final Set<String> NEWER_THAN_WORDNET = Set.of("tweet");

  @Test
  void everySpeechVerbHasASenseOfCommunication() throws JWNLException {
    Dictionary wordnet = Dictionary.getResourceInstance(WORDNET);
    Set<String> without = new TreeSet<>();
    for (String verb : SpeakerFinder.SPEECH_VERBS) {
      IndexWord word = wordnet.getIndexWord(POS.VERB, verb);
      boolean communicates = false;
      if (word != null) {
        for (Synset sense : word.getSenses()) {
          communicates |= sense.getLexFileName().equals("verb.communication");
        }
      }
      if (!communicates) {
        without.add(verb);
      }
    }
    assertEquals(NEWER_THAN_WORDNET, without, "speech verbs with no sense of communication in WordNet");
  }
}
