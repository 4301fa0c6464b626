package dev.factdiff.core.input;

import dev.factdiff.core.model.ParagraphKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what a paragraph of plain text is: a short line without final punctuation is a headline (the first
 * one) or a subheading; a line of generic web-page furniture is boilerplate; the rest is body text.
 */
final class BlockClassifier {

  private static final int MAX_HEADING_WORDS = 20;

  /** Generic page furniture of news sites, whatever the article. */
  private static final List<Pattern> BOILERPLATE =
      List.of(
          "leave a (comment|reply)",
          "(\\d+ )?comments?",
          "share (this|on) .*",
          "share",
          "(click|tap) here.*",
          "read more.*",
          "related (articles?|stories|posts?|content)",
          "advertisement",
          "sponsored( content)?",
          "(sign up|subscribe)( now)?( to| for)? .*newsletter.*",
          "subscribe( now)?",
          "follow us( on .*)?",
          "all rights reserved.*",
          "(copyright|©) .*",
          "print( this (article|page))?",
          "(skip to|back to) (main )?content",
          "recommended( for you)?",
          "most (read|popular)",
          "you (may|might) also like.*")
          .stream()
          .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
          .toList();

  private BlockClassifier() {}

  static boolean isBoilerplate(String paragraph) {
    String text = paragraph.strip().replaceAll("[\\s.:!]+$", "");
    return BOILERPLATE.stream().anyMatch(p -> p.matcher(text).matches());
  }

  static ParagraphKind classify(String paragraph, boolean first) {
    if (isBoilerplate(paragraph)) {
      return ParagraphKind.BOILERPLATE;
    }
    if (looksLikeHeading(paragraph)) {
      return first ? ParagraphKind.HEADLINE : ParagraphKind.SUBHEADING;
    }
    return ParagraphKind.BODY;
  }

  static boolean looksLikeHeading(String paragraph) {
    String text = paragraph.strip();
    if (text.isEmpty() || text.contains("\n") || text.contains("\r")) {
      return false;
    }
    String words = text.toLowerCase(Locale.ROOT);
    if (words.split("\\s+").length > MAX_HEADING_WORDS) {
      return false;
    }
    String unquoted = text.replaceAll("[\\s\"'’”»)\\]]+$", "");
    return !unquoted.isEmpty() && ".!?…:;,".indexOf(unquoted.charAt(unquoted.length() - 1)) < 0;
  }
}
