package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixtures indexed twice, in memory and in a fresh index of one shard on the test cluster: what the parity
 * tests compare. Closing closes both.
 */
record FixturesOnBothStores(Lede embedded, Lede cluster) implements AutoCloseable {
  /** Indexes index-fixtures/ into both, the cluster's index named after {@code name}. */
  static FixturesOnBothStores index(String name) {
    String url = TestCluster.freshIndex(name);
    Lede embedded = Lede.inMemory();
    Lede cluster = Lede.open(OpenSearchStore.connect(url, OpenSearchOptions.builder().replicas(0).build(),
        LedeOptions.defaults()), LedeOptions.defaults());
    IndexSummary a = embedded.index(List.of(Path.of("index-fixtures")), IndexListener.NONE);
    IndexSummary b = cluster.index(List.of(Path.of("index-fixtures")), IndexListener.NONE);
    assertTrue(a.ok() && b.ok(), a.failures() + " " + b.failures());
    assertEquals(a.indexed(), b.indexed());
    return new FixturesOnBothStores(embedded, cluster);
  }

  @Override
  public void close() {
    embedded.close();
    cluster.close();
  }
}
