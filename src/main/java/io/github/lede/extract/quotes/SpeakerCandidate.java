package io.github.lede.extract.quotes;

/**
 * One speaker the {@link SpeakerRanker} may give a quote the rules left without one: who ({@code speaker}, or
 * null for the choice of nobody), the features it is scored on, and in words what made it a candidate, for
 * {@code lede extract --explain} ("mention before, same paragraph").
 */
record SpeakerCandidate(Speaker speaker, String[] features, String what) {
  /** The choice of no speaker: lede keeps "no speaker rather than a wrong one" unless a candidate beats it. */
  boolean isNobody() {
    return speaker == null;
  }
}
