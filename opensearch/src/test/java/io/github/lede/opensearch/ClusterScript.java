package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes of the cluster the tests run on, when opensearch/cluster.sh started it (as {@code ./lede test}
 * does): tests that add, kill and restart nodes do it through the script and the PID files it writes. The
 * cluster's folder and port come from the environment the script reads ({@code LEDE_CLUSTER_DIR},
 * {@code LEDE_CLUSTER_PORT}), else its defaults.
 */
final class ClusterScript {
  private final Path script;
  private final Path root;

  private ClusterScript(Path script, Path root) {
    this.script = script;
    this.root = root;
  }

  /**
   * The script that runs the test cluster, or the test is skipped: a cluster the script did not start (or
   * started elsewhere) is not this test's to kill nodes of.
   */
  static ClusterScript ofTestCluster() {
    String url = TestCluster.url();
    String scriptPath = System.getProperty("lede.cluster.script", "");
    if (scriptPath.isBlank()) {
      abort("no lede.cluster.script: the test cluster was not started by opensearch/cluster.sh");
    }
    Path script = Path.of(scriptPath);
    String dir = System.getenv("LEDE_CLUSTER_DIR");
    Path root = dir != null && !dir.isBlank() ? Path.of(dir) : script.getParent().resolve("target/cluster");
    String port = System.getenv().getOrDefault("LEDE_CLUSTER_PORT", "9200");
    ClusterScript cluster = new ClusterScript(script, root);
    if (URI.create(url).getPort() != Integer.parseInt(port) || cluster.pid(1) < 0) {
      abort("the cluster at " + url + " was not started by opensearch/cluster.sh with the folder " + root);
    }
    return cluster;
  }

  /** Runs {@code cluster.sh start --nodes N} with the extra arguments: starts the nodes not running. */
  void start(int nodes, String... args) {
    List<String> command = new ArrayList<>(List.of("bash", script.toString(), "start", "--nodes",
        Integer.toString(nodes)));
    command.addAll(List.of(args));
    run(command);
  }

  /** Stops these nodes by their PIDs (a node already dead is passed over). */
  void stop(int... nodes) {
    List<String> command = new ArrayList<>(List.of("bash", script.toString(), "stop"));
    for (int n : nodes) {
      command.add(Integer.toString(n));
    }
    run(command);
  }

  /** Kills node {@code n} at once (SIGKILL), as a machine lost is; true when it was running. */
  boolean kill(int n) {
    long pid = pid(n);
    return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false);
  }

  /** Node {@code n}'s process id, or -1 when it has none running. */
  long pid(int n) {
    Path file = root.resolve("node-" + n).resolve("opensearch.pid");
    try {
      long pid = Long.parseLong(Files.readString(file).strip());
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? pid : -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  private static void run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).inheritIO().start();
      assertEquals(0, p.waitFor(), String.join(" ", command));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
