package io.github.lede.extract.quotes;

import io.github.lede.extract.ModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear ranker over speaker candidates: a candidate's score is the sum of its features' weights (features
 * hashed into {@code 2^bits} buckets), and the best-scoring candidate wins, nobody included. The weights are
 * learned by {@link SpeakerTrainer} ({@code lede train quotes}); the shipped ones are the resource {@link
 * #RESOURCE}, with facts saying what they were trained on. The file starts with a magic word and a version,
 * so a wrong or stale file is refused with a clear message.
 */
final class SpeakerRanker implements SpeakerChooser {
  static final String RESOURCE = "speaker-ranker.bin";
  private static final int MAGIC = 0x4C455350; // "LESP"
  private static final int VERSION = 1;

  private final Map<String, String> facts;
  private final int bits;
  private final float[] weights;

  SpeakerRanker(Map<String, String> facts, int bits, float[] weights) {
    if (weights.length != 1 << bits) {
      throw new IllegalArgumentException("expected " + (1 << bits) + " weights, not " + weights.length);
    }
    this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    this.bits = bits;
    this.weights = weights;
  }

  static SpeakerRanker shipped() {
    return Shipped.RANKER;
  }

  /** Loaded on first use, so training can run before a ranker ships. */
  private static final class Shipped {
    static final SpeakerRanker RANKER = load();
  }

  Map<String, String> facts() {
    return facts;
  }

  @Override
  public SpeakerCandidate choose(QuoteSpan quote, List<SpeakerCandidate> candidates) {
    SpeakerCandidate best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (SpeakerCandidate c : candidates) {
      double score = score(c.features());
      // ties go to nobody, the last candidate: no speaker rather than a guess
      if (score > top || score == top && c.isNobody()) {
        top = score;
        best = c;
      }
    }
    return best;
  }

  double score(String[] features) {
    double s = 0;
    for (String f : features) {
      s += weights[bucket(f, bits)];
    }
    return s;
  }

  static int bucket(String feature, int bits) {
    int h = feature.hashCode() * 0x9E3779B9;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h & ((1 << bits) - 1);
  }

  void write(OutputStream raw) throws IOException {
    ModelFile.write(raw, MAGIC, VERSION, facts, out -> {
      out.writeInt(bits);
      for (float w : weights) {
        out.writeFloat(w);
      }
    });
  }

  /** Reads a ranker written by {@link #write}; {@code name} is for the error message. */
  static SpeakerRanker read(InputStream raw, String name) throws IOException {
    return ModelFile.read(raw, name, "speaker ranker", MAGIC, VERSION, (facts, in) -> {
      int bits = in.readInt();
      if (bits < 1 || bits > 24) {
        throw new IOException(name + ": bad bucket count 2^" + bits);
      }
      float[] weights = new float[1 << bits];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = in.readFloat();
      }
      return new SpeakerRanker(facts, bits, weights);
    });
  }

  private static SpeakerRanker load() {
    try (InputStream in = SpeakerRanker.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the speaker ranker " + RESOURCE + " is missing from the jar");
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
