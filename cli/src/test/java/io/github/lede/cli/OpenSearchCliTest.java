package io.github.lede.cli;

import static io.github.lede.cli.CliTest.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import org.junit.jupiter.api.Test;

/** {@code --opensearch URL}: the same commands on a cluster (./lede test starts one), and a clear line when it is down. */
class OpenSearchCliTest {
  private static String cluster() {
    String unavailable = System.getProperty("lede.opensearch.unavailable", "");
    String url = System.getProperty("lede.opensearch", "");
    if (!unavailable.isBlank() || url.isBlank()) {
      abort("no OpenSearch cluster: " + (unavailable.isBlank() ? "none named (./lede test starts one)" : unavailable));
    }
    return url + "/cli-test-" + ProcessHandle.current().pid();
  }

  @Test
  void aClusterThatIsDownIsOneLineNamingTheUrl() {
    CliTest.Run r = lede("stats", "--opensearch", "http://127.0.0.1:1/news");
    assertEquals(Main.FAILED, r.code());
    assertTrue(r.err().startsWith("lede: cannot reach OpenSearch at http://127.0.0.1:1/news"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void indexStatsSearchAndShowWorkOnACluster() {
    String url = cluster();
    CliTest.Run index = lede("index", "index-fixtures/wire", "--opensearch", url);
    assertEquals(0, index.code(), index.err());
    CliTest.Run stats = lede("stats", "--opensearch", url);
    assertTrue(stats.out().lines().anyMatch(l -> l.matches("articles\\s+\\d+")), stats.out());
    CliTest.Run search = lede("search", "--opensearch", url, "missile");
    assertTrue(search.out().contains("North Korea fires ballistic missile"), search.out());
    CliTest.Run none = lede("show", "--opensearch", url, "no-such-id");
    assertEquals(Main.FAILED, none.code());
    assertTrue(none.err().contains("no article with id no-such-id in " + url), none.err());
  }
}
