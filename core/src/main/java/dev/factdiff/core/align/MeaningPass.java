package dev.factdiff.core.align;

import dev.factdiff.core.meaning.Embedding;
import dev.factdiff.core.meaning.Meaning;
import dev.factdiff.core.meaning.MeaningModel;
import dev.factdiff.core.meaning.MeaningUnavailableException;
import dev.factdiff.core.model.ParagraphKind;
import dev.factdiff.core.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the meaning model adds to an alignment by words, in one batch of embeddings: (1) between two linked pairs,
 * a dropped and an added sentence that say the same thing in other words (a free translation shares few words
 * with its original) become a pair; (2) every linked pair reworded beyond a few words gets the model's
 * similarity. A pair with the same text on both sides is identical and never embedded; a pair worded closely
 * is not embedded either, because the model tells nothing about a one-word edit that the word rules do not.
 * When the model fails, the alignment by words stands and its reworded pairs say the meaning is unavailable.
 */
final class MeaningPass {

  /**
   * A pair sharing at least this much in words ({@link Similarity}) is a close edit: one to three words changed
   * in a sentence kept otherwise. The word rules judge it; the model is not asked.
   */
  static final double CLOSE_WORDING = 0.8;

  /**
   * A dropped and an added sentence at least this alike in meaning render each other. Sentences of one article
   * on one subject lie around 0.3 to 0.6 apart; two renderings of one sentence above 0.75.
   */
  static final double LINK_THRESHOLD = 0.75;

  /**
   * At most this many texts are embedded for one check (a few milliseconds each: some ten seconds of work). An
   * article with more reworded sentences than that (two unrelated articles, a whole book) is judged by its words
   * alone, and MEANING_DRIFT says so as a processing error, rather than the check spending minutes embedding.
   */
  static final int MAX_TEXTS = 2_000;

  /** How much work one check may give the model; {@link #DEFAULT} outside tests. */
  record Bounds(int maxTexts, long maxRunCells) {
    static final Bounds DEFAULT = new Bounds(MAX_TEXTS, MAX_RUN_CELLS);
  }

  /**
   * A stretch of dropped and added sentences is relinked by meaning only while its table of dropped × added
   * sentences has at most this many cells (700 × 700): the table is held whole, and a longer stretch is not one
   * passage reworded but text cut and text written anew.
   */
  static final int MAX_RUN_CELLS = 500_000;

  private final MeaningModel model;
  private final Bounds bounds;
  private final List<Profile> from;
  private final List<Profile> to;

  MeaningPass(MeaningModel model, Bounds bounds, List<Profile> from, List<Profile> to) {
    this.model = model;
    this.bounds = bounds;
    this.from = from;
    this.to = to;
  }

  List<AlignedPair> apply(List<AlignedPair> pairs) {
    Set<String> texts = new LinkedHashSet<>();
    for (List<AlignedPair> run : unmatchedRuns(pairs)) {
      run.forEach(p -> p.original().forEach(s -> texts.add(s.text())));
      run.forEach(p -> p.revised().forEach(s -> texts.add(s.text())));
    }
    for (AlignedPair pair : pairs) {
      if (needsModel(pair)) {
        texts.add(text(pair.original()));
        texts.add(text(pair.revised()));
      }
    }
    if (texts.size() > bounds.maxTexts()) {
      return pairs.stream().map(p -> p.withMeaning(judgedWithout(p))).toList();
    }
    Map<String, Embedding> embedded = new HashMap<>();
    if (!texts.isEmpty()) {
      List<String> batch = List.copyOf(texts);
      try {
        List<Embedding> embeddings = model.embed(batch);
        for (int i = 0; i < batch.size(); i++) {
          embedded.put(batch.get(i), embeddings.get(i));
        }
      } catch (MeaningUnavailableException e) {
        return pairs.stream().map(p -> p.withMeaning(judgedWithout(p))).toList();
      }
    }
    List<AlignedPair> linked = linkUnmatched(pairs, embedded);
    return linked.stream().map(p -> p.withMeaning(judged(p, embedded))).toList();
  }

  private static boolean needsModel(AlignedPair pair) {
    return pair.isMatched()
        && !text(pair.original()).equals(text(pair.revised()))
        && pair.similarity() < CLOSE_WORDING;
  }

  private static Meaning judged(AlignedPair pair, Map<String, Embedding> embedded) {
    if (!pair.isMatched()) {
      return Meaning.notMeasured();
    }
    String original = text(pair.original());
    String revised = text(pair.revised());
    if (original.equals(revised)) {
      return Meaning.sameText();
    }
    Embedding a = embedded.get(original);
    Embedding b = embedded.get(revised);
    if (a == null || b == null) {
      return Meaning.closeWording();
    }
    return Meaning.measured(a.similarity(b));
  }

  private static Meaning judgedWithout(AlignedPair pair) {
    if (!pair.isMatched()) {
      return Meaning.notMeasured();
    }
    if (text(pair.original()).equals(text(pair.revised()))) {
      return Meaning.sameText();
    }
    return needsModel(pair) ? Meaning.unavailable() : Meaning.closeWording();
  }

  /** The text of a side as the model reads it: its sentences, one space apart. */
  private static String text(List<Sentence> sentences) {
    return sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
  }

  /** Each stretch of consecutive unlinked pairs that holds both a dropped and an added sentence. */
  private List<List<AlignedPair>> unmatchedRuns(List<AlignedPair> pairs) {
    List<List<AlignedPair>> runs = new ArrayList<>();
    List<AlignedPair> run = new ArrayList<>();
    for (AlignedPair pair : pairs) {
      if (!pair.isMatched()) {
        run.add(pair);
        continue;
      }
      addIfMixed(run, runs);
      run = new ArrayList<>();
    }
    addIfMixed(run, runs);
    return runs;
  }

  private void addIfMixed(List<AlignedPair> run, List<List<AlignedPair>> runs) {
    long dropped = run.stream().filter(p -> p.kind() == LinkKind.DROPPED).count();
    long added = run.stream().filter(p -> p.kind() == LinkKind.ADDED).count();
    if (dropped > 0 && added > 0 && dropped * added <= bounds.maxRunCells()) {
      runs.add(run);
    }
  }

  /** The pairs with each stretch of unlinked sentences relinked, in order, where the meaning says so. */
  private List<AlignedPair> linkUnmatched(List<AlignedPair> pairs, Map<String, Embedding> embedded) {
    List<AlignedPair> out = new ArrayList<>();
    List<AlignedPair> run = new ArrayList<>();
    for (AlignedPair pair : pairs) {
      if (!pair.isMatched()) {
        run.add(pair);
        continue;
      }
      out.addAll(relink(run, embedded));
      run.clear();
      out.add(pair);
    }
    out.addAll(relink(run, embedded));
    return out;
  }

  /**
   * Links the dropped and added sentences of one stretch one to one, in order (a longest-common-subsequence over
   * their similarities), each link worth its similarity above {@link #LINK_THRESHOLD}. The linked pairs take the
   * place of their added sentence; what stays unlinked stays where it was.
   */
  private List<AlignedPair> relink(List<AlignedPair> run, Map<String, Embedding> embedded) {
    List<AlignedPair> dropped = run.stream().filter(p -> p.kind() == LinkKind.DROPPED).toList();
    List<AlignedPair> added = run.stream().filter(p -> p.kind() == LinkKind.ADDED).toList();
    if (dropped.isEmpty() || added.isEmpty() || (long) dropped.size() * added.size() > bounds.maxRunCells()) {
      return List.copyOf(run);
    }
    int n = dropped.size();
    int m = added.size();
    double[][] gain = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        gain[i][j] = linkGain(dropped.get(i).original().get(0), added.get(j).revised().get(0), embedded);
      }
    }
    double[][] best = new double[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        double link = gain[i][j] > 0 ? gain[i][j] + best[i + 1][j + 1] : Double.NEGATIVE_INFINITY;
        best[i][j] = Math.max(link, Math.max(best[i + 1][j], best[i][j + 1]));
      }
    }
    // By identity: a pair is a record whose equals and hashCode walk all its sentences and edits.
    Map<AlignedPair, AlignedPair> partnerOfAdded = new IdentityHashMap<>();
    Set<AlignedPair> linkedDropped = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0, j = 0; i < n && j < m; ) {
      if (gain[i][j] > 0 && best[i][j] == gain[i][j] + best[i + 1][j + 1]) {
        partnerOfAdded.put(added.get(j), dropped.get(i));
        linkedDropped.add(dropped.get(i));
        i++;
        j++;
      } else if (best[i][j] == best[i + 1][j]) {
        i++;
      } else {
        j++;
      }
    }
    List<AlignedPair> out = new ArrayList<>();
    for (AlignedPair pair : run) {
      if (linkedDropped.contains(pair)) {
        continue;
      }
      AlignedPair partner = partnerOfAdded.get(pair);
      out.add(partner == null ? pair : linked(partner.original().get(0), pair.revised().get(0)));
    }
    return out;
  }

  private double linkGain(Sentence original, Sentence revised, Map<String, Embedding> embedded) {
    if (profile(from, original).compartment() != profile(to, revised).compartment()
        && !subheadingOrBody(original.kind(), revised.kind())) {
      return 0;
    }
    return embedded.get(original.text()).similarity(embedded.get(revised.text())) - LINK_THRESHOLD;
  }

  /**
   * A short paragraph inside the body is a subheading or a sentence of the body by its form alone (a final stop, a
   * closing quotation mark): two renderings of one line can fall either side of that line. The words alone never
   * link across it; the meaning may. The headline stays apart: it is the first line, not a form.
   */
  private static boolean subheadingOrBody(ParagraphKind a, ParagraphKind b) {
    Set<ParagraphKind> either = EnumSet.of(ParagraphKind.SUBHEADING, ParagraphKind.BODY);
    return either.contains(a) && either.contains(b);
  }

  private AlignedPair linked(Sentence original, Sentence revised) {
    return new AlignedPair(
        LinkKind.ONE_TO_ONE,
        List.of(original),
        List.of(revised),
        Similarity.of(profile(from, original), profile(to, revised)),
        false,
        WordAligner.edits(List.of(original), List.of(revised)),
        Meaning.notMeasured());
  }

  private static Profile profile(List<Profile> profiles, Sentence sentence) {
    return profiles.get(sentence.index());
  }
}
