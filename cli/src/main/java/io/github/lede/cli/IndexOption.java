package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.opensearch.OpenSearchStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the articles are: {@code --index DIR} (embedded) or {@code --opensearch URL} (a cluster). */
final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR",
      description = "Index directory (default: $LEDE_INDEX, else ./lede-index).")
  Path index;

  @Option(names = "--opensearch", paramLabel = "URL",
      description = "Keep the articles on an OpenSearch cluster instead, e.g. http://127.0.0.1:9200/news"
          + " (default: $LEDE_OPENSEARCH when set).")
  String opensearch;

  Path path() {
    if (index != null) {
      return index;
    }
    String env = System.getenv("LEDE_INDEX");
    return Path.of(env != null && !env.isBlank() ? env : "lede-index");
  }

  /** The cluster URL, when the articles are on one: the option, else $LEDE_OPENSEARCH unless --index is given. */
  String cluster() {
    if (opensearch != null && !opensearch.isBlank()) {
      return opensearch;
    }
    String env = System.getenv("LEDE_OPENSEARCH");
    return index == null && env != null && !env.isBlank() ? env : null;
  }

  /** Where the articles are, for messages: the index directory as given, or the cluster URL. */
  String where() {
    return cluster() != null ? cluster() : path().toString();
  }

  /** Opens the store for reading and writing with the given options. */
  Lede open(LedeOptions options) {
    return cluster() != null ? OpenSearchStore.openLede(cluster(), options) : Lede.open(path(), options);
  }

  /** Opens the index for searching only: another process may be writing to it meanwhile. */
  Lede openReadOnly() {
    return open(LedeOptions.builder().readOnly(true).build());
  }

  /**
   * Opens an index that must already exist for writing (to delete from it): a mistyped path fails as it does
   * for reading, instead of creating an empty index to delete nothing from.
   */
  Lede openExisting() {
    openReadOnly().close();
    return open(LedeOptions.defaults());
  }
}
