package io.github.lede.extract.people.tagger;

/**
 * The five tags of a BILOU encoding for one entity type: outside, begin, inside, last, unit (a one-token
 * entity). Tags are small ints so that weights for one feature sit together, one per tag.
 */
public final class Bilou {
  public static final int O = 0;
  public static final int B = 1;
  public static final int I = 2;
  public static final int L = 3;
  public static final int U = 4;
  public static final int COUNT = 5;

  private Bilou() {}

  /** Whether {@code next} may follow {@code previous}: an open entity must go on or end, a closed one not. */
  public static boolean allowed(int previous, int next) {
    boolean open = previous == B || previous == I;
    return open == (next == I || next == L);
  }

  /** Whether a sequence may end on this tag (no entity left open). */
  public static boolean canEnd(int tag) {
    return tag != B && tag != I;
  }

  /** Tags for the spans [start, end) given as pairs, over a sequence of {@code n} positions. */
  public static int[] encode(int n, int[] spans) {
    int[] tags = new int[n];
    for (int s = 0; s + 1 < spans.length; s += 2) {
      int from = spans[s];
      int to = spans[s + 1];
      if (to - from == 1) {
        tags[from] = U;
      } else {
        tags[from] = B;
        for (int i = from + 1; i < to - 1; i++) {
          tags[i] = I;
        }
        tags[to - 1] = L;
      }
    }
    return tags;
  }
}
