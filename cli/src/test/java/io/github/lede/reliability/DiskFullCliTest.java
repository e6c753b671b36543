package io.github.lede.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: {@code lede index} writing to a 2 MB tmpfs, mounted in a mount namespace of its own
 * ({@code unshare}) so that nothing outside the test sees it. Where the machine does not allow that (no
 * unshare, no user namespaces), the test is skipped; the library's DiskFullTest covers the same faults on a
 * Lucene directory with a quota everywhere. The user must see one line saying the disk is full and a summary
 * of what is durable, no stack trace; the index must hold exactly that, and a rerun with space must complete it.
 */
class DiskFullCliTest {
  private static final int ARTICLES = 3000;
  private static final int COMMIT_EVERY = 200;

  @TempDir Path tmp;

  @Test
  void aFullFilesystemEndsInOneLineAndASummaryOfWhatIsDurable() throws IOException, InterruptedException {
    Path corpus = tmp.resolve("news.jsonl");
    GeneratedNews.writeJsonLines(11, ARTICLES, corpus);
    Path mount = tmp.resolve("small-disk");
    Path copy = tmp.resolve("index-copy");
    java.nio.file.Files.createDirectories(mount);
    // In the namespace: mount the small disk, index onto it, copy the index out before the mount goes away.
    List<String> command = new ArrayList<>(List.of("unshare", "-rm", "sh", "-c",
        "mnt=$1; copy=$2; shift 2; mount -t tmpfs -o size=2m tmpfs \"$mnt\" || exit 97; \"$@\"; code=$?; "
            + "cp -r \"$mnt/idx\" \"$copy\"; exit $code",
        "sh", mount.toString(), copy.toString()));
    command.addAll(ChildLede.command("index", corpus.toString(), "--index", mount.resolve("idx").toString(),
        "--commit-every", Integer.toString(COMMIT_EVERY)));
    Assumptions.assumeTrue(canMountTmpfs(), "this machine does not let a test mount a tmpfs in a namespace");

    ChildLede child = ChildLede.start(command, tmp.resolve("logs"), "disk-full");
    int code = child.await(600);
    String out = child.out();
    String err = child.err();
    assertEquals(1, code, out + err);
    List<String> said = err.lines().filter(l -> !l.startsWith("WARNING: ") && !l.isBlank()
        && !l.startsWith("committed: ") && !l.startsWith("indexing: ")).toList();
    long stackLines = err.lines().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by")).count();
    assertEquals(0, stackLines, err);
    assertEquals(1, said.size(), err);
    assertTrue(said.get(0).startsWith("lede: indexing stopped: disk full: no space left for the index at "), err);
    assertTrue(said.get(0).contains("No space left on device"), err);
    assertTrue(out.startsWith("indexed "), out);
    String durableLine = out.lines().filter(l -> l.startsWith("durable: ")).findFirst()
        .orElseThrow(() -> new AssertionError("no 'durable:' line: " + out));
    long durable = Long.parseLong(durableLine.substring("durable: ".length(), durableLine.indexOf(" articles")));
    assertTrue(durable > 0 && durable < ARTICLES && durable % COMMIT_EVERY == 0, out);

    IndexState s = IndexState.of(copy);
    assertTrue(s.clean(), s.check());
    assertEquals(durable, s.articles(), out);
    assertEquals(s.articles(), s.distinctIds());
    assertEquals(0, s.orphanQuotes());

    ChildLede rerun = ChildLede.start(tmp.resolve("logs"), "rerun", "index", corpus.toString(), "--index",
        copy.toString());
    assertEquals(0, rerun.await(600), rerun.err());
    IndexState full = IndexState.of(copy);
    assertTrue(full.clean(), full.check());
    assertEquals(ARTICLES, full.articles());
    assertEquals(0, full.orphanQuotes());

    SuiteReport.of("disk-full-real", "disk full, on a real filesystem", 61,
            "lede index on a disk that fills says so in one line (exit 1), prints the summary and how many "
                + "articles are durable; the index holds exactly those, and the same command completes it once "
                + "there is space.")
        .figure("filesystem", "a 2 MB tmpfs, " + SuiteReport.count(ARTICLES) + " generated articles, a commit every "
            + SuiteReport.count(COMMIT_EVERY))
        .figure("what the user saw", said.size() + " line on standard error, " + stackLines
            + " lines of stack trace, exit " + code)
        .figure("durable when the disk filled", SuiteReport.of(durable, ARTICLES) + " articles, all in the index")
        .figure("rerun with space", SuiteReport.of(full.articles(), ARTICLES) + " articles, CheckIndex clean")
        .write();
  }

  private boolean canMountTmpfs() throws InterruptedException {
    try {
      Path probe = tmp.resolve("probe");
      java.nio.file.Files.createDirectories(probe);
      Process p = new ProcessBuilder("unshare", "-rm", "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
          probe.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
