package io.github.lede.extract.quotes;

import java.util.List;

/**
 * Picks one of the {@link SpeakerCandidates} of a quote the rules left without a speaker: the shipped
 * {@link SpeakerRanker}, or, while {@link SpeakerTrainer} reads the training texts, a recorder of the choices.
 */
interface SpeakerChooser {
  /** The candidate chosen; the last candidate is nobody. */
  SpeakerCandidate choose(QuoteSpan quote, List<SpeakerCandidate> candidates);
}
