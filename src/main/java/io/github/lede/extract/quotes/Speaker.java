package io.github.lede.extract.quotes;

import io.github.lede.model.SpeakerKind;

/**
 * Who a quote is attributed to: a person's canonical name, or a non-person source as written; and how the
 * phrase was read as this speaker ("named", "by surname", "pronoun: nearest fitting person").
 */
record Speaker(String name, SpeakerKind kind, String how) {
  /** The same speaker, reached another way. */
  Speaker how(String way) {
    return new Speaker(name, kind, way);
  }

  /** The same speaker, however reached. */
  boolean same(Speaker other) {
    return other != null && name.equals(other.name) && kind == other.kind;
  }
}
