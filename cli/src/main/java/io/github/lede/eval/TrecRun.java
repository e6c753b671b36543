package io.github.lede.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One topic's ranked documents as a TREC run file holds them, and in the order trec_eval reads them back:
 * trec_eval ignores the rank column and sorts by score, highest first, breaking ties by document id in
 * reverse string order. Measuring on that order, with the scores exactly as written, is what makes lede's
 * figures and trec_eval's agree on the same run file.
 */
public final class TrecRun {
  /** A retrieved document with the score the run file gives it. */
  public record Entry(String doc, double score) {
    /**
     * An entry for a float score as the run file writes it: {@link Float#toString} is the shortest decimal
     * that reads back as the same float, so equal scores stay tied and unequal ones keep their order.
     */
    public static Entry of(String doc, float score) {
      return new Entry(doc, Double.parseDouble(Float.toString(score)));
    }

    String scoreText() {
      return Float.toString((float) score);
    }
  }

  /** trec_eval's order: score descending, then document id descending (its {@code comp_sim_docno}). */
  static final Comparator<Entry> TREC_ORDER = Comparator.comparingDouble(Entry::score).reversed()
      .thenComparing(Entry::doc, Comparator.reverseOrder());

  private TrecRun() {}

  /** The entries in trec_eval's order; a document listed twice is refused, as trec_eval refuses it. */
  public static List<Entry> trecOrder(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(TREC_ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).doc().equals(sorted.get(i - 1).doc())) {
        throw new IllegalArgumentException("document " + sorted.get(i).doc() + " is retrieved twice");
      }
    }
    return sorted;
  }

  /** The document ids of entries already in trec_eval's order. */
  public static List<String> docs(List<Entry> ordered) {
    return ordered.stream().map(Entry::doc).toList();
  }

  /** Writes one topic's lines, {@code topic Q0 docid rank score tag}, ranks from 1 in trec_eval's order. */
  public static void write(Writer out, String topic, List<Entry> ordered, String tag) throws IOException {
    int rank = 1;
    for (Entry e : ordered) {
      out.write(String.format(Locale.ROOT, "%s Q0 %s %d %s %s%n", topic, e.doc(), rank++, e.scoreText(), tag));
    }
  }
}
