package io.github.lede.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Relevance judgments in TREC's qrels format, one {@code topic iteration docid relevance} a line. As in
 * trec_eval, a grade of 1 or more is relevant and is the document's gain in nDCG, 0 is judged not relevant,
 * a negative grade is in the pool but unjudged, and a document not listed counts as not relevant.
 */
public final class Qrels {
  private final Map<String, Map<String, Integer>> byTopic;

  private Qrels(Map<String, Map<String, Integer>> byTopic) {
    this.byTopic = byTopic;
  }

  /** Reads a qrels file; a malformed line or a document judged twice for a topic names its file and line. */
  public static Qrels read(Path file) throws IOException {
    Map<String, Map<String, Integer>> byTopic = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] f = t.split("\\s+");
        if (f.length != 4) {
          throw new IOException(file + ":" + n + ": expected 'topic iteration docid relevance', got \"" + t + "\"");
        }
        int grade;
        try {
          grade = Integer.parseInt(f[3]);
        } catch (NumberFormatException e) {
          throw new IOException(file + ":" + n + ": relevance \"" + f[3] + "\" is not a whole number");
        }
        if (byTopic.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).putIfAbsent(f[2], grade) != null) {
          throw new IOException(file + ":" + n + ": " + f[2] + " is judged twice for topic " + f[0]);
        }
      }
    }
    return new Qrels(byTopic);
  }

  /** The topics judged, in the order the file first names them. */
  public Set<String> topics() {
    return Collections.unmodifiableSet(byTopic.keySet());
  }

  /** A topic's judgments, document id to grade; empty for a topic not judged. */
  public Map<String, Integer> of(String topic) {
    return Collections.unmodifiableMap(byTopic.getOrDefault(topic, Map.of()));
  }
}
