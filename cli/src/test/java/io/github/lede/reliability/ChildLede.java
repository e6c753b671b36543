package io.github.lede.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, as a user runs it, on this test's class path: to be killed, signalled
 * or run out of disk without taking the test down. Its output goes to files beside the index.
 */
public final class ChildLede {
  public final Process process;
  final Path out;
  final Path err;
  private long readSize = -1;
  private List<Long> commits = List.of();

  private ChildLede(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** The command that runs {@code lede ARGS...}: this JVM's java, class path and flags as in ./lede. */
  public static List<String> command(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString()));
    cmd.addAll(List.of("-Xmx512m", "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), "io.github.lede.cli.Main"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Starts {@code lede ARGS...}, its output in {@code logs/name.out} and {@code .err}. */
  public static ChildLede start(Path logs, String name, String... args) {
    return start(command(args), logs, name);
  }

  static ChildLede start(List<String> command, Path logs, String name) {
    try {
      Files.createDirectories(logs);
      Path out = logs.resolve(name + ".out");
      Path err = logs.resolve(name + ".err");
      Process p = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      return new ChildLede(p, out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for the exit (at most the bound: a hung child is a failure, not a hung build) and returns its code. */
  public int await(long seconds) {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor();
        throw new AssertionError("lede did not finish within " + seconds + " s: " + err());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** SIGKILL: no shutdown hook, no flush, no commit. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends a signal by name (TERM, INT) with kill(1). */
  public void signal(String name) {
    try {
      Process k = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
      if (k.waitFor() != 0) {
        throw new AssertionError("kill -" + name + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public String out() {
    return read(out);
  }

  public String err() {
    return read(err);
  }

  /**
   * The durable counts the child reported as it committed ({@code committed: N articles durable}); read again
   * only when its error output has grown, as the crash suite asks every half millisecond.
   */
  List<Long> reportedCommits() {
    long size;
    try {
      size = Files.exists(err) ? Files.size(err) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size == readSize) {
      return commits;
    }
    readSize = size;
    List<Long> counts = new ArrayList<>();
    for (String line : err().split("\n")) {
      if (line.startsWith("committed: ") && line.endsWith(" articles durable")) {
        counts.add(Long.parseLong(line.substring("committed: ".length(), line.length() - " articles durable".length())));
      }
    }
    commits = counts;
    return counts;
  }

  private static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
