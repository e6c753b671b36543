package io.github.lede.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.lede.json.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reading the benchmarks' JSON files into plain maps and lists. */
final class JsonFiles {
  private JsonFiles() {}

  static Map<?, ?> object(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no " + file);
    }
    try (JsonParser p = JsonFactory.builder().build().createParser(file.toFile())) {
      p.nextToken();
      if (!(JsonTree.read(p) instanceof Map<?, ?> map)) {
        throw new IOException(file + ": expected a JSON object");
      }
      return map;
    }
  }

  static String string(Map<?, ?> map, String key) {
    return map.get(key) instanceof String s && !s.isBlank() ? s : null;
  }

  static List<String> strings(Map<?, ?> map, String key) {
    if (!(map.get(key) instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }
}
