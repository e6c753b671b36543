package io.github.lede.model;

/** What kind of source a quote is attributed to. */
public enum SpeakerKind {
  /** A person; the speaker is the person's canonical name. */
  PERSON,
  /** Not a person ("the White House", "state media"); the speaker is kept as written. */
  OTHER,
  /** The article does not say who spoke. */
  NONE;

  /** The lower-case name used in JSON output. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
