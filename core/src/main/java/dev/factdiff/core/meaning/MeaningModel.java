package dev.factdiff.core.meaning;

import java.util.List;

/**
 * Embeds sentences so that sentences that say the same thing lie close together, whatever their words. Evidence
 * for free rewording (two translations of one sentence), not for one-word edits: "rose" and "fell" in a sentence
 * kept otherwise lie as close as "rose" and "climbed". Implementations are thread-safe.
 */
public interface MeaningModel {

  /**
   * One embedding per text, in order.
   *
   * @throws MeaningUnavailableException when the model could not be loaded or run
   */
  List<Embedding> embed(List<String> texts);
}
