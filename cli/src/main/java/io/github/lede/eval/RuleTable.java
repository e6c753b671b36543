package io.github.lede.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each extraction rule fired on an evaluation set and how often it was right, so that a weak rule
 * shows: a row per rule (the reason {@code lede extract --explain} prints), most fired first.
 */
public final class RuleTable {
  /** Per rule: fired, scored (could be judged against the gold), right. */
  private final Map<String, int[]> counts = new TreeMap<>();

  /** The rule decided something found. */
  public void fired(String rule) {
    counts.computeIfAbsent(rule, k -> new int[3])[0]++;
  }

  /** What the rule decided was judged against the gold: right or not. */
  public void scored(String rule, boolean right) {
    int[] c = counts.computeIfAbsent(rule, k -> new int[3]);
    c[1]++;
    c[2] += right ? 1 : 0;
  }

  public Map<String, int[]> counts() {
    return counts;
  }

  /**
   * Prints the table: {@code title} heads the rule column, {@code scoredAs} names what was judged
   * ("correct", "speaker right").
   */
  public void print(PrintWriter out, String title, String scoredAs) {
    List<Map.Entry<String, int[]>> rows = new ArrayList<>(counts.entrySet());
    rows.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? b.getValue()[0] - a.getValue()[0]
        : a.getKey().compareTo(b.getKey()));
    int width = Math.max(title.length(), rows.stream().mapToInt(e -> e.getKey().length()).max().orElse(0));
    out.println(String.format(Locale.ROOT, "%-" + width + "s  %6s  %6s  %6s  %s", title, "fired", "judged",
        "right", scoredAs));
    for (Map.Entry<String, int[]> e : rows) {
      int[] c = e.getValue();
      out.println(String.format(Locale.ROOT, "%-" + width + "s  %6d  %6d  %6d  %s", e.getKey(), c[0], c[1], c[2],
          c[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) c[2] / c[1])));
    }
  }
}
