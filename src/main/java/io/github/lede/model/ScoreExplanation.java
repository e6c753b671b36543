package io.github.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a hit scored as it did, as a tree: each node is a value, what it is, and the values it was made of.
 * The root's value is the hit's score; below it, the query's clauses (a field and a term, a phrase, the
 * recency boost), and at the leaves BM25's parts (idf, term frequency, field length) and boosts. The texts
 * are the search engine's own (Lucene's on both stores).
 *
 * @param value this node's value
 * @param description what the value is
 * @param details the values it was computed from, in the engine's order
 */
public record ScoreExplanation(float value, String description, List<ScoreExplanation> details) {
  public ScoreExplanation {
    Objects.requireNonNull(description, "description");
    details = List.copyOf(details);
  }

  /** This tree as indented lines, two spaces a level: value, then description. */
  public String render() {
    StringBuilder out = new StringBuilder();
    render(out, 0);
    return out.toString();
  }

  private void render(StringBuilder out, int depth) {
    out.append("  ".repeat(depth)).append(String.format(java.util.Locale.ROOT, "%.4f", value)).append("  ")
        .append(description).append('\n');
    for (ScoreExplanation d : details) {
      d.render(out, depth + 1);
    }
  }
}
