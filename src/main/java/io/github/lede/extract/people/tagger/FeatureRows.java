package io.github.lede.extract.people.tagger;

import java.util.Arrays;

/**
 * The hashed features of a sequence, one row per position, in one growing int array so that extracting
 * them allocates nothing once the buffers have grown. A feature is a well-mixed 32-bit hash of its template
 * and value ({@link FeatureHash}); a model keeps as many of its low bits as it has buckets.
 */
public final class FeatureRows {
  private int[] features = new int[256];
  private int size;
  private int[] rowStarts = new int[33];
  private int rows;
  /** Each feature's template, when recorded ({@link #recordingTemplates}): to explain a decision, not to make it. */
  private int[] templates;

  /** Rows that also keep which template made each feature, so that a decision can be told by template. */
  public static FeatureRows recordingTemplates() {
    FeatureRows r = new FeatureRows();
    r.templates = new int[r.features.length];
    return r;
  }

  /** Empties the rows, keeping the buffers. */
  public void clear() {
    size = 0;
    rows = 0;
  }

  /** Starts the next position's row. */
  public void startRow() {
    if (rows + 1 >= rowStarts.length) {
      rowStarts = Arrays.copyOf(rowStarts, rowStarts.length * 2);
    }
    rowStarts[rows++] = size;
    rowStarts[rows] = size;
  }

  public void add(int feature) {
    if (size == features.length) {
      features = Arrays.copyOf(features, size * 2);
    }
    features[size++] = feature;
    rowStarts[rows] = size;
  }

  /** Adds a feature made by {@code template}; the template is kept only when rows record templates. */
  public void add(int feature, int template) {
    add(feature);
    if (templates != null) {
      if (templates.length < features.length) {
        templates = Arrays.copyOf(templates, features.length);
      }
      templates[size - 1] = template;
    }
  }

  /** The template of feature {@code i} of {@link #features()}, when recorded. */
  public int template(int i) {
    return templates[i];
  }

  /** The features held, over all rows. */
  public int size() {
    return size;
  }

  public int rows() {
    return rows;
  }

  /** Where row {@code r}'s features start in {@link #features()}; row {@code r} ends where {@code r + 1} starts. */
  public int rowStart(int r) {
    return rowStarts[r];
  }

  public int rowEnd(int r) {
    return rowStarts[r + 1];
  }

  /** The backing array; valid up to {@code rowEnd(rows() - 1)}. */
  public int[] features() {
    return features;
  }

  /** A compact copy of rows [from, to), for training, which keeps every sequence's features. */
  public Frozen freeze(int from, int to) {
    int base = rowStarts[from];
    int[] starts = new int[to - from + 1];
    for (int r = from; r <= to; r++) {
      starts[r - from] = rowStarts[r] - base;
    }
    return new Frozen(Arrays.copyOfRange(features, base, rowStarts[to]), starts);
  }

  /** Features of a fixed sequence: row r holds {@code features[starts[r]..starts[r+1])}. */
  public record Frozen(int[] features, int[] starts) {
    public int length() {
      return starts.length - 1;
    }
  }
}
