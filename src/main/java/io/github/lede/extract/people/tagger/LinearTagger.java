package io.github.lede.extract.people.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A trained first-order linear tagger: a weight per hashed feature bucket and tag, and a weight per pair of
 * adjacent tags. Weights are held at half precision's values (what the model file stores), so a model
 * scores the same before it is saved and after it is read back. Immutable and thread-safe; decoding needs
 * a {@link Decoder} per thread.
 */
public final class LinearTagger {
  private static final int K = Bilou.COUNT;

  private final int bits;
  private final int mask;
  /**
   * The buckets that hold a weight, in an open-addressed table: a perceptron touches few of its buckets
   * (tens of thousands of a million), so the table is small enough to stay in cache, and a feature never
   * seen in training finds no weight instead of another feature's.
   */
  private final int[] keys;
  private final float[] weights;
  private final int slotMask;
  private final double[] transition;

  /** From dense weights, {@code (1 << bits) * COUNT} of them; they are rounded to half precision. */
  LinearTagger(int bits, float[] emission, double[] transition) {
    this(bits, usedOf(emission), emission, transition);
  }

  /** The buckets of dense weights that hold a weight, and their weights packed {@code COUNT} a bucket. */
  private static int[] usedOf(float[] emission) {
    int used = 0;
    for (int b = 0; b < emission.length; b += K) {
      used += isUsed(emission, b) ? 1 : 0;
    }
    int[] buckets = new int[used];
    int n = 0;
    for (int b = 0; b < emission.length; b += K) {
      if (isUsed(emission, b)) {
        System.arraycopy(emission, b, emission, n * K, K);
        buckets[n++] = b / K;
      }
    }
    return buckets;
  }

  /** From the buckets that hold a weight and their weights, {@code COUNT} a bucket, in the same order. */
  private LinearTagger(int bits, int[] buckets, float[] packed, double[] transition) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.transition = transition;
    for (int i = 0; i < transition.length; i++) {
      transition[i] = halfPrecision((float) transition[i]);
    }
    int capacity = Integer.highestOneBit(Math.max(16, buckets.length * 2)) * 2;
    this.keys = new int[capacity];
    this.weights = new float[capacity * K];
    this.slotMask = capacity - 1;
    for (int i = 0; i < buckets.length; i++) {
      int slot = slot(buckets[i]);
      keys[slot] = buckets[i] + 1;
      for (int t = 0; t < K; t++) {
        weights[slot * K + t] = halfPrecision(packed[i * K + t]);
      }
    }
  }

  private static boolean isUsed(float[] emission, int b) {
    return emission[b] != 0 || emission[b + 1] != 0 || emission[b + 2] != 0 || emission[b + 3] != 0
        || emission[b + 4] != 0;
  }

  /**
   * The slot of a bucket: where it is, or the empty slot where it would go. Buckets are bits of mixed
   * hashes already, so their own low bits spread them.
   */
  private int slot(int bucket) {
    int s = bucket & slotMask;
    while (keys[s] != 0 && keys[s] != bucket + 1) {
      s = (s + 1) & slotMask;
    }
    return s;
  }

  public int bits() {
    return bits;
  }

  /** Buckets with at least one non-zero weight: what the model file holds. */
  public int usedBuckets() {
    int used = 0;
    for (int k : keys) {
      used += k != 0 ? 1 : 0;
    }
    return used;
  }

  /** Adds each position's tag scores to {@code out[p * COUNT + t]} for rows [from, from + n). */
  void score(FeatureRows rows, int from, int n, double[] out) {
    int[] f = rows.features();
    for (int p = 0; p < n; p++) {
      int o = p * K;
      for (int i = rows.rowStart(from + p), end = rows.rowEnd(from + p); i < end; i++) {
        int s = slot(f[i] & mask);
        if (keys[s] != 0) {
          int b = s * K;
          out[o] += weights[b];
          out[o + 1] += weights[b + 1];
          out[o + 2] += weights[b + 2];
          out[o + 3] += weights[b + 3];
          out[o + 4] += weights[b + 4];
        }
      }
    }
  }

  /** The weight of a feature for a tag (0 for a feature the model never saw): to explain a decision. */
  public float weight(int feature, int tag) {
    int s = slot(feature & mask);
    return keys[s] != 0 ? weights[s * K + tag] : 0;
  }

  double[] transition() {
    return transition;
  }

  /** Tags sequences with one model; one per thread, as it keeps scratch buffers. */
  public static final class Decoder {
    private final Viterbi viterbi = new Viterbi();
    private double[] scores = new double[32 * K];

    /** Tags rows [from, from + n) into {@code out[0..n)}. */
    public void tag(LinearTagger model, FeatureRows rows, int from, int n, int[] out) {
      tag(model, rows, null, from, n, null, out);
    }

    /**
     * Tags rows [from, from + n) whose features are split over two row sets of the same shape (a second
     * pass reads the first pass's features and its own); {@code more} may be null. {@code forbidden}, when
     * not null, holds per position a bit for each tag the position may not take.
     */
    public void tag(LinearTagger model, FeatureRows rows, FeatureRows more, int from, int n, int[] forbidden,
        int[] out) {
      if (scores.length < n * K) {
        scores = new double[n * K * 2];
      }
      java.util.Arrays.fill(scores, 0, n * K, 0);
      model.score(rows, from, n, scores);
      if (more != null) {
        model.score(more, from, n, scores);
      }
      if (forbidden != null) {
        for (int p = 0; p < n; p++) {
          for (int t = 0; t < K; t++) {
            if ((forbidden[p] & 1 << t) != 0) {
              scores[p * K + t] = Double.NEGATIVE_INFINITY;
            }
          }
        }
      }
      viterbi.decode(scores, n, model.transition, out);
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeByte(bits);
    for (double t : transition) {
      out.writeShort(Float.floatToFloat16((float) t));
    }
    int[] buckets = new int[usedBuckets()];
    int n = 0;
    for (int k : keys) {
      if (k != 0) {
        buckets[n++] = k - 1;
      }
    }
    java.util.Arrays.sort(buckets);
    out.writeInt(buckets.length);
    int previous = -1;
    for (int bucket : buckets) {
      int b = slot(bucket) * K;
      writeVarint(out, bucket - previous);
      previous = bucket;
      int present = 0;
      for (int t = 0; t < K; t++) {
        present |= weights[b + t] != 0 ? 1 << t : 0;
      }
      out.writeByte(present);
      for (int t = 0; t < K; t++) {
        if (weights[b + t] != 0) {
          out.writeShort(Float.floatToFloat16(weights[b + t]));
        }
      }
    }
  }

  static LinearTagger read(DataInputStream in) throws IOException {
    int bits = in.readUnsignedByte();
    if (bits < 8 || bits > 26) {
      throw new IOException("bad bucket bits " + bits);
    }
    double[] transition = new double[(K + 1) * K];
    for (int i = 0; i < transition.length; i++) {
      transition[i] = Float.float16ToFloat(in.readShort());
    }
    int used = in.readInt();
    if (used < 0 || used > 1 << bits) {
      throw new IOException("bad bucket count " + used);
    }
    int[] buckets = new int[used];
    float[] packed = new float[used * K];
    int bucket = -1;
    for (int u = 0; u < used; u++) {
      bucket += readVarint(in);
      if (bucket < 0 || bucket >= 1 << bits) {
        throw new IOException("bucket out of range: " + bucket);
      }
      buckets[u] = bucket;
      int present = in.readUnsignedByte();
      for (int t = 0; t < K; t++) {
        if ((present & 1 << t) != 0) {
          packed[u * K + t] = Float.float16ToFloat(in.readShort());
        }
      }
    }
    return new LinearTagger(bits, buckets, packed, transition);
  }

  private static float halfPrecision(float v) {
    return Float.float16ToFloat(Float.floatToFloat16(v));
  }

  private static void writeVarint(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarint(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("malformed varint");
  }
}
