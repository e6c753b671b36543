package io.github.lede.eval;

import java.util.List;

/**
 * One fold of N over a corpus's texts, to hold back a slice of a train split for tuning: a text falls in fold
 * {@code floorMod(name.hashCode(), n)}, where the name is the text's (the .ann name without its annotator
 * part), so every annotator's copy of a text falls in the same fold. {@link String#hashCode} is fixed by the
 * Java specification, so the folds are the same on every machine and run.
 */
public record DocumentFold(int k, int n) {
  public DocumentFold {
    if (n < 2 || k < 0 || k >= n) {
      throw new IllegalArgumentException("a fold is K/N with 0 <= K < N and N >= 2, not " + k + "/" + n);
    }
  }

  /** Parses "K/N", as "0/5". */
  public static DocumentFold parse(String s) {
    int slash = s.indexOf('/');
    try {
      if (slash > 0) {
        return new DocumentFold(Integer.parseInt(s.substring(0, slash).trim()),
            Integer.parseInt(s.substring(slash + 1).trim()));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("expected a fold as K/N (for example 0/5), not \"" + s + "\"");
  }

  public boolean holds(BratReader.Document doc) {
    String name = doc.name();
    int cut = name.lastIndexOf('_');
    String text = cut > 0 ? name.substring(0, cut) : name;
    return Math.floorMod(text.hashCode(), n) == k;
  }

  /** The documents in this fold. */
  public List<BratReader.Document> of(List<BratReader.Document> docs) {
    return docs.stream().filter(this::holds).toList();
  }

  /** The documents outside this fold: the rest of the split, to train on. */
  public List<BratReader.Document> without(List<BratReader.Document> docs) {
    return docs.stream().filter(d -> !holds(d)).toList();
  }
}
