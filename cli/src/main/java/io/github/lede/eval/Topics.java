package io.github.lede.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A ranking test collection's queries: {@code topic TAB query} a line, the query as a user would type it. */
public final class Topics {
  /** One topic and its query. */
  public record Topic(String id, String query) {}

  private Topics() {}

  /** Reads the topics in file order; a line without a tab, or a topic named twice, names its file and line. */
  public static List<Topic> read(Path file) throws IOException {
    List<Topic> topics = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0 || line.substring(tab + 1).isBlank()) {
          throw new IOException(file + ":" + n + ": expected 'topic<TAB>query', got \"" + line + "\"");
        }
        String id = line.substring(0, tab).strip();
        if (!seen.add(id)) {
          throw new IOException(file + ":" + n + ": topic " + id + " has a query already");
        }
        topics.add(new Topic(id, line.substring(tab + 1).strip()));
      }
    }
    return topics;
  }
}
