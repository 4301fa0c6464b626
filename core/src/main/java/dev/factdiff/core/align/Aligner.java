package dev.factdiff.core.align;

import dev.factdiff.core.meaning.Meaning;
import dev.factdiff.core.meaning.MeaningModel;
import dev.factdiff.core.meaning.MiniLmMeaningModel;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aligns two versions of an article: which sentences of the revision render which sentences of the original
 * (one to one, one split into several, several merged into one, dropped, added, moved), and the word edits
 * inside every linked pair. Given a meaning model, it also links sentences that share few words but say the same
 * thing (a free translation) and judges how alike in meaning every reworded pair is (see {@link MeaningPass}).
 * Thread-safe; holds no state but the model.
 */
public final class Aligner {

  private final Optional<MeaningModel> meaning;
  private final MeaningPass.Bounds bounds;

  /** An aligner by words alone: no pair's meaning is measured. */
  public Aligner() {
    this.meaning = Optional.empty();
    this.bounds = MeaningPass.Bounds.DEFAULT;
  }

  /** An aligner that consults {@code meaning} for reworded pairs and for sentences the words leave unlinked. */
  public Aligner(MeaningModel meaning) {
    this(meaning, MeaningPass.Bounds.DEFAULT);
  }

  /** As {@link #Aligner(MeaningModel)}, giving the model at most the work {@code bounds} allow (for tests). */
  Aligner(MeaningModel meaning, MeaningPass.Bounds bounds) {
    this.meaning = Optional.of(meaning);
    this.bounds = bounds;
  }

  /** The standard aligner, with factdiff's meaning model, which starts loading now on a thread of its own. */
  public static Aligner create() {
    return new Aligner(MiniLmMeaningModel.startLoading());
  }

  public Alignment align(Article original, Article revised) {
    List<Sentence> from = original.sentences();
    List<Sentence> to = revised.sentences();
    Vocabulary vocabulary = new Vocabulary();
    List<Profile> fromProfiles = from.stream().map(s -> Profile.of(s, vocabulary)).toList();
    List<Profile> toProfiles = to.stream().map(s -> Profile.of(s, vocabulary)).toList();
    List<Link> links = new MonotoneLinker(fromProfiles, toProfiles).link();
    Map<Integer, Link> moves = MoveFinder.find(links, fromProfiles, toProfiles);
    boolean[] movedAway = new boolean[from.size()];
    moves.values().forEach(move -> movedAway[move.originalStart()] = true);

    List<AlignedPair> pairs = new ArrayList<>();
    for (Link link : links) {
      if (link.revisedCount() == 0 && movedAway[link.originalStart()]) {
        continue;
      }
      Link placed = link.originalCount() == 0 ? moves.getOrDefault(link.revisedStart(), link) : link;
      pairs.add(pair(placed, from, to));
    }
    if (meaning.isPresent()) {
      pairs = new MeaningPass(meaning.get(), bounds, fromProfiles, toProfiles).apply(pairs);
    }
    return new Alignment(original, revised, pairs);
  }

  private static AlignedPair pair(Link link, List<Sentence> from, List<Sentence> to) {
    List<Sentence> original = from.subList(link.originalStart(), link.originalStart() + link.originalCount());
    List<Sentence> revised = to.subList(link.revisedStart(), link.revisedStart() + link.revisedCount());
    return new AlignedPair(
        kind(link),
        original,
        revised,
        link.similarity(),
        link.moved(),
        WordAligner.edits(original, revised),
        Meaning.notMeasured());
  }

  private static LinkKind kind(Link link) {
    if (link.revisedCount() == 0) {
      return LinkKind.DROPPED;
    }
    if (link.originalCount() == 0) {
      return LinkKind.ADDED;
    }
    if (link.originalCount() == 1) {
      return link.revisedCount() == 1 ? LinkKind.ONE_TO_ONE : LinkKind.ONE_TO_MANY;
    }
    return LinkKind.MANY_TO_ONE;
  }
}
