package dev.factdiff.reports;

import dev.factdiff.core.align.AlignedPair;
import dev.factdiff.core.align.Alignment;
import dev.factdiff.core.model.Article;
import dev.factdiff.core.model.Paragraph;
import dev.factdiff.core.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lines up the paragraphs of two versions for the side-by-side view, from the sentence alignment: paragraphs
 * linked by sentences that stayed in place share a row; a paragraph the revision moved, dropped or added gets a
 * row of its own at its place in its version, so both columns always read in text order.
 */
public final class ParagraphRows {
  private ParagraphRows() {}

  public static List<ParagraphRow> of(Alignment alignment) {
    Article original = alignment.original();
    Article revised = alignment.revised();
    Map<Integer, Integer> originalPosition = positions(original);
    Map<Integer, Integer> revisedPosition = positions(revised);
    List<Group> groups = new ArrayList<>();
    for (AlignedPair pair : alignment.pairs()) {
      if (!pair.isMatched() || pair.moved()) {
        continue;
      }
      Group group =
          new Group(positionsOf(pair.original(), originalPosition), positionsOf(pair.revised(), revisedPosition));
      if (!group.original.isEmpty() && !group.revised.isEmpty()) {
        groups.add(group);
      }
    }
    List<Group> merged = mergeCrossing(groups);
    return layout(merged, original.paragraphs().size(), revised.paragraphs().size());
  }

  private static Map<Integer, Integer> positions(Article article) {
    Map<Integer, Integer> byIndex = new HashMap<>();
    List<Paragraph> paragraphs = article.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      byIndex.put(paragraphs.get(i).index(), i);
    }
    return byIndex;
  }

  private static TreeSet<Integer> positionsOf(List<Sentence> sentences, Map<Integer, Integer> position) {
    TreeSet<Integer> result = new TreeSet<>();
    for (Sentence s : sentences) {
      Integer p = position.get(s.paragraphIndex());
      if (p != null) {
        result.add(p);
      }
    }
    return result;
  }

  /**
   * Joins groups until each one comes wholly after the previous in both versions (groups that share a
   * paragraph overlap, so they are joined too).
   */
  private static List<Group> mergeCrossing(List<Group> groups) {
    List<Group> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.comparingInt((Group g) -> g.original.first()).thenComparingInt(g -> g.revised.first()));
    List<Group> result = new ArrayList<>();
    for (Group g : sorted) {
      Group current = g;
      while (!result.isEmpty() && result.get(result.size() - 1).crosses(current)) {
        current = current.union(result.remove(result.size() - 1));
      }
      result.add(current);
    }
    return result;
  }

  private static List<ParagraphRow> layout(List<Group> groups, int originalCount, int revisedCount) {
    List<ParagraphRow> rows = new ArrayList<>();
    int nextOriginal = 0;
    int nextRevised = 0;
    for (Group g : groups) {
      while (nextOriginal < g.original.first()) {
        rows.add(new ParagraphRow(List.of(nextOriginal++), List.of()));
      }
      while (nextRevised < g.revised.first()) {
        rows.add(new ParagraphRow(List.of(), List.of(nextRevised++)));
      }
      List<Integer> originals = new ArrayList<>();
      while (nextOriginal <= g.original.last()) {
        originals.add(nextOriginal++);
      }
      List<Integer> reviseds = new ArrayList<>();
      while (nextRevised <= g.revised.last()) {
        reviseds.add(nextRevised++);
      }
      rows.add(new ParagraphRow(originals, reviseds));
    }
    while (nextOriginal < originalCount) {
      rows.add(new ParagraphRow(List.of(nextOriginal++), List.of()));
    }
    while (nextRevised < revisedCount) {
      rows.add(new ParagraphRow(List.of(), List.of(nextRevised++)));
    }
    return rows;
  }

  private record Group(TreeSet<Integer> original, TreeSet<Integer> revised) {
    boolean crosses(Group later) {
      return later.original.first() <= original.last() || later.revised.first() <= revised.last();
    }

    Group union(Group other) {
      TreeSet<Integer> o = new TreeSet<>(original);
      o.addAll(other.original);
      TreeSet<Integer> r = new TreeSet<>(revised);
      r.addAll(other.revised);
      return new Group(o, r);
    }
  }
}
