package io.github.lede.extract.people.tagger;

/**
 * Hashing of features: a template number and up to two values mixed into one well-spread 32-bit int, so a
 * feature needs no string and no dictionary. Collisions are rare at the model's bucket count and cost only a
 * shared weight.
 */
public final class FeatureHash {
  private FeatureHash() {}

  public static int of(int template, int value) {
    return mix(template * 0x9E3779B9 ^ mix(value + 0x7F4A7C15));
  }

  public static int of(int template, int a, int b) {
    return mix(of(template, a) * 31 + mix(b ^ 0x5BD1E995));
  }

  /** A string's hash that differs from {@link String#hashCode()} only in being cheaper to chain. */
  public static int text(CharSequence s, int from, int to) {
    int h = 0x811C9DC5;
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return h;
  }

  /** Murmur3's finaliser: every input bit moves every output bit. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
