package io.github.lede.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.ItemFailure;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input files, generated: every kind lede reads (text, JSON lines, JSON, HTML, gzip, folders with
 * links, pipes and devices), each run as a batch of its own between two good files. Each must end in the
 * report expected for it (a failure, skip, duplicate or notice with a specific reason, or a correct article),
 * the good files on either side must be indexed (the batch goes on), every report must be one short line, and
 * what the batch allocates must stay within what the size limit allows where the input would hold far more.
 * Times are recorded as figures, never asserted.
 *
 * <p>Sizes scale with {@code -Dlede.reliability.scale=N} (default 1): {@code ./lede mvn test
 * -Dtest=InputReliabilityTest -Dlede.reliability.scale=16} is the long run (a 1 GiB gzip bomb, 16 MB lines).
 */
class InputReliabilityTest {
  private static final int SCALE = Integer.getInteger("lede.reliability.scale", 1);
  private static final long LIMIT = 4L << 20;
  private static final String GOOD = "Harbour reopens after storm\n\nThe harbour at Port Isla reopened on Monday"
      + " after a week of repairs, the port authority said.";
  private static final String BODY = "The pound fell to \u00a31.05 in Z\u00fcrich, traders said.";
  /** Each case's outcome, as {what, value}, in the order run. */
  private static final List<String[]> FIGURES = new ArrayList<>();
  private static int casesRun;
  private static double slowest;
  private static String slowestCase = "";

  @TempDir static Path root;

  /**
   * What a case must end in: a report kind and the start of its reason, or an article with this text (under
   * this id; null for the file's path).
   */
  private record Expect(String kind, String reason, String id) {
    Expect(String kind, String reason) {
      this(kind, reason, null);
    }

    static Expect failed(String reason) {
      return new Expect("failed", reason);
    }

    static Expect skipped(String reason) {
      return new Expect("skipped", reason);
    }

    static Expect notice(String reason) {
      return new Expect("notice", reason);
    }

    static Expect duplicate(String reason) {
      return new Expect("duplicate", reason);
    }

    /** Indexed under the file's path, with this text in the body and no report about it. */
    static Expect article(String bodyContains) {
      return new Expect("article", bodyContains);
    }

    /** Indexed under this id, with this text in the body and no report about it. */
    static Expect article(String id, String bodyContains) {
      return new Expect("article", bodyContains, id);
    }
  }

  /** Makes a case's files in its folder; returns the path the expectation is about. */
  private interface Setup {
    Path make(Path dir) throws Exception;
  }

  /**
   * One case.
   *
   * @param allocationBound bytes the batch may allocate at most, or 0 for no bound (recorded only)
   */
  private record Case(String name, Setup setup, Expect expect, long allocationBound) {}

  private static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    // Plain text.
    c.add(new Case("empty file", d -> Files.write(d.resolve("b.txt"), new byte[0]), Expect.failed("empty file"), 0));
    c.add(new Case("white space only", d -> Files.writeString(d.resolve("b.txt"), " \n\t\n "),
        Expect.failed("empty file (only white space)"), 0));
    c.add(new Case("binary with NUL bytes", d -> Files.write(d.resolve("b.txt"), new byte[] {(byte) 0x89, 'P', 'N',
        'G', 0, 0, 0, 13}), Expect.failed("binary file (it contains NUL bytes)"), 0));
    c.add(new Case("binary without NUL bytes", d -> Files.write(d.resolve("b.txt"), noise(64 * 1024)),
        Expect.failed("invalid UTF-8"), 0));
    c.add(new Case("a byte neither UTF-8 nor windows-1252", d -> Files.write(d.resolve("b.txt"),
        ("Headline\n\nA bad \u0081 byte.").getBytes(StandardCharsets.ISO_8859_1)),
        Expect.failed("invalid UTF-8 (byte 0x81 at offset 16), and not windows-1252 either"), 0));
    c.add(new Case("Latin-1 text", d -> Files.write(d.resolve("b.txt"),
        ("Pound falls\n\n" + BODY).getBytes(StandardCharsets.ISO_8859_1)),
        Expect.notice("not valid UTF-8: 2 bytes read as windows-1252 (the first: 0xA3 as '\u00a3')"), 0));
    c.add(new Case("a stray Latin-1 byte in UTF-8 text", d -> Files.write(d.resolve("b.txt"), concat(
        "Pound \u201cfalls\u201d\n\nThe pound fell to ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xA3},
        "1.05, traders said.".getBytes(StandardCharsets.UTF_8))),
        Expect.notice("not valid UTF-8: 1 byte read as windows-1252 (the first: 0xA3 as '\u00a3')"), 0));
    for (String charset : List.of("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
      c.add(new Case("byte-order mark, " + charset, d -> Files.write(d.resolve("b.txt"),
          ("\uFEFFPound falls\n\n" + BODY).getBytes(Charset.forName(charset))), Expect.article(BODY), 0));
    }
    c.add(new Case("a byte-order mark the bytes contradict", d -> Files.write(d.resolve("b.txt"), concat(
        "\uFEFFPound falls\n\nText.".getBytes(StandardCharsets.UTF_16LE), new byte[] {'A'})),
        Expect.failed("invalid UTF-16LE at offset"), 0));
    c.add(new Case("a huge line (" + SCALE + " MB paragraph, no line break)", d -> Files.writeString(
        d.resolve("b.txt"), "Long report\n\n" + hugeLine(SCALE << 20)), Expect.article("The committee met again"), 0));
    c.add(new Case("over the size limit", d -> Files.write(d.resolve("b.txt"), new byte[(int) LIMIT + 1]),
        Expect.failed("file is 4194305 bytes, over the limit of 4194304 bytes"), LIMIT));
    c.add(new Case("unknown extension", d -> Files.writeString(d.resolve("b.docx"), GOOD),
        Expect.skipped("unknown extension .docx"), 0));
    c.add(new Case("a copy of a good file", d -> Files.writeString(d.resolve("b.txt"), GOOD),
        Expect.notice("the same headline and text as"), 0));
    c.add(new Case("a JSON line repeated", d -> Files.writeString(d.resolve("b.jsonl"),
        ("{\"id\": \"r1\", \"body\": \"" + BODY + "\"}\n").repeat(2)), Expect.duplicate("the same article as"), 0));
    c.add(new Case("a header date that is none", d -> Files.writeString(d.resolve("b.txt"),
        "Title: Pound falls\nPublished: not a date\n\n" + BODY), Expect.notice("header \"Published: not a date\""), 0));
    // JSON lines and JSON.
    c.add(new Case("truncated JSON line", d -> Files.writeString(d.resolve("b.jsonl"),
        "{\"id\": \"t1\", \"body\": \"Fine.\"}\n{\"id\": \"t2\", \"body\": \"Cut"),
        Expect.failed("malformed JSON"), 0));
    c.add(new Case("truncated JSON file", d -> Files.writeString(d.resolve("b.json"),
        "[{\"id\": \"t1\", \"body\": \"Fine.\"}, {\"id\": \"t2\", \"bo"), Expect.failed("malformed JSON"), 0));
    c.add(new Case("deep JSON (" + 100_000 * SCALE + " levels)", d -> Files.writeString(d.resolve("b.json"),
        "[".repeat(100_000 * SCALE) + "]".repeat(100_000 * SCALE)), Expect.failed("malformed JSON"), 0));
    c.add(new Case("deep JSON line", d -> Files.writeString(d.resolve("b.jsonl"),
        "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "\n"), Expect.failed("malformed JSON"), 0));
    c.add(new Case("a JSON field of the wrong type", d -> Files.writeString(d.resolve("b.jsonl"),
        "{\"headline\": [\"Pound\", \"falls\"], \"body\": \"" + BODY + "\"}\n"),
        Expect.notice("field \"headline\" should be a string, found an array"), 0));
    c.add(new Case("a JSON date that is none", d -> Files.writeString(d.resolve("b.jsonl"),
        "{\"headline\": \"Pound falls\", \"published\": \"not a date\", \"body\": \"" + BODY + "\"}\n"),
        Expect.notice("field \"published\" \"not a date\" is not a date lede can read"), 0));
    c.add(new Case("a JSON line without text", d -> Files.writeString(d.resolve("b.jsonl"),
        "{\"headline\": \"Only a title\"}\n"), Expect.failed("article has no text"), 0));
    c.add(new Case("a JSON line of " + SCALE + " MB", d -> Files.writeString(d.resolve("b.jsonl"),
        "{\"id\": \"long-1\", \"headline\": \"Long\", \"body\": \"" + hugeLine(SCALE << 20) + "\"}\n"),
        Expect.article("long-1", "The committee met again"), 0));
    // HTML.
    c.add(new Case("deep HTML (" + 100_000 * SCALE + " levels)", d -> Files.writeString(d.resolve("b.html"),
        "<html><body>" + "<div>".repeat(100_000 * SCALE) + "<p>" + BODY + " It was the lowest close in years.</p>"
            + "</div>".repeat(100_000 * SCALE) + "</body></html>"), Expect.article(BODY), 0));
    c.add(new Case("HTML without article text", d -> Files.writeString(d.resolve("b.html"),
        "<html><body><nav><a href=/>Home</a></nav></body></html>"), Expect.failed("HTML page has no article text"), 0));
    // Gzip.
    c.add(new Case("gzip bomb (" + 64 * SCALE + " MiB of zeros)", d -> gzipZeros(d.resolve("b.txt.gz"),
        (64L * SCALE) << 20), Expect.failed("decompresses to more than the limit of 4194304 bytes"), 6 * LIMIT));
    c.add(new Case("fake gzip", d -> Files.writeString(d.resolve("b.jsonl.gz"), "{\"body\": \"not compressed\"}"),
        Expect.failed("not a valid gzip file"), 0));
    c.add(new Case("truncated gzip", d -> {
      Path full = gzipText(d.resolve("b.txt.gz"), GOOD.replace("Harbour", "Quay"));
      byte[] bytes = Files.readAllBytes(full);
      return Files.write(full, java.util.Arrays.copyOf(bytes, bytes.length - 12));
    }, Expect.failed("not a valid gzip file"), 0));
    // Folders.
    c.add(new Case("symbolic link loop", d -> Files.createSymbolicLink(d.resolve("b-loop"), d),
        Expect.skipped("a symbolic link loop"), 0));
    c.add(new Case("link to a device (/dev/zero)", d -> Files.createSymbolicLink(d.resolve("b.txt"),
        Path.of("/dev/zero")), Expect.skipped("a device, not a regular file"), 0));
    c.add(new Case("broken link", d -> Files.createSymbolicLink(d.resolve("b.txt"), d.resolve("nowhere.txt")),
        Expect.skipped("a broken symbolic link"), 0));
    c.add(new Case("named pipe (FIFO)", d -> mkfifo(d.resolve("b.jsonl")),
        Expect.skipped("a named pipe (FIFO), not a regular file"), 0));
    c.add(new Case("unreadable file", d -> {
      Path p = Files.writeString(d.resolve("b.txt"), "Locked\n\nA locked file.");
      p.toFile().setReadable(false);
      return Files.isReadable(p) ? null : p;
    }, Expect.failed("cannot read: permission denied"), 0));
    c.add(new Case("a file that vanishes mid-batch", d -> Files.writeString(d.resolve("b.txt"), "Gone\n\nSoon."),
        Expect.failed("gone: it no longer exists"), 0));
    return c;
  }

  @TestFactory
  List<DynamicTest> everyHostileInputEndsInAClearAnswerAndTheBatchGoesOn() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c))).toList();
  }

  private static void run(Case c) throws Exception {
    Path dir = Files.createDirectories(root.resolve(c.name().replaceAll("[^a-zA-Z0-9]+", "-")));
    Files.writeString(dir.resolve("a-good.txt"), GOOD);
    Path subject = c.setup().make(dir);
    if (subject == null) {
      // No mkfifo here, or running as a user who reads every file (root).
      FIGURES.add(new String[] {c.name(), "not tried on this machine"});
      return;
    }
    Files.writeString(dir.resolve("z-good.txt"), GOOD.replace("Monday", "Tuesday"));
    boolean vanishes = c.name().startsWith("a file that vanishes");
    IndexListener listener = new IndexListener() {
      @Override
      public void onProgress(long files, long articles, long bytes) {
        if (vanishes && files == 1) {
          try {
            Files.deleteIfExists(subject);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }
    };
    try (Lede lede = Lede.inMemory(LedeOptions.builder().maxFileBytes(LIMIT).build())) {
      runIn(lede, c, dir, subject, listener);
    } finally {
      // A link out of the temporary folder (to /dev/zero) is removed here rather than by JUnit's clean-up.
      if (Files.isSymbolicLink(subject)) {
        Files.delete(subject);
      }
    }
  }

  /** Runs the case's batch and checks it: the expected report, the good files indexed, the bounds. */
  private static void runIn(Lede lede, Case c, Path dir, Path subject, IndexListener listener) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getTotalThreadAllocatedBytes();
    long start = System.nanoTime();
    IndexSummary s = lede.index(List.of(dir), listener);
    double seconds = (System.nanoTime() - start) / 1e9;
    long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;

    // The batch went on: both good files are indexed, whatever came between them.
    assertTrue(lede.get(dir.getFileName() + "/a-good.txt").isPresent(), c.name() + ": " + s);
    assertTrue(lede.get(dir.getFileName() + "/z-good.txt").isPresent(), c.name() + ": " + s);
    String outcome = check(c, s, lede, subject);
    for (List<ItemFailure> reports : List.of(s.failures(), s.skips(), s.duplicates(), s.notices())) {
      for (ItemFailure f : reports) {
        assertTrue(f.reason().length() < 400 && f.reason().indexOf('\n') < 0, "not one short line: " + f);
      }
    }
    if (c.allocationBound() > 0) {
      assertTrue(allocated < c.allocationBound(), c.name() + ": allocated " + mb(allocated) + ", bound "
          + mb(c.allocationBound()));
    }
    // Paths in reasons are this run's temporary folders: shown relative to the case's folder.
    record(c, outcome.replace(dir + java.io.File.separator, ""), seconds, allocated);
  }

  /** Asserts the expected report (or article) and returns it in words for the figures. */
  private static String check(Case c, IndexSummary s, Lede lede, Path subject) {
    Expect e = c.expect();
    List<ItemFailure> reports = switch (e.kind()) {
      case "failed" -> s.failures();
      case "skipped" -> s.skips();
      case "duplicate" -> s.duplicates();
      case "notice" -> s.notices();
      default -> List.of();
    };
    if (e.kind().equals("article")) {
      assertEquals(List.of(), s.failures(), c.name());
      assertEquals(List.of(), s.notices(), c.name());
      String id = e.id() != null ? e.id() : subject.getParent().getFileName() + "/" + subject.getFileName();
      Article a = lede.get(id).orElseThrow();
      assertTrue(a.body().contains(e.reason()), c.name() + ": " + a.body().substring(0, Math.min(200,
          a.body().length())));
      return "indexed, " + a.body().length() + " characters of body";
    }
    List<ItemFailure> about = reports.stream().filter(f -> f.file().startsWith(subject.toString())).toList();
    assertEquals(1, about.size(), c.name() + ": expected one " + e.kind() + " report about " + subject + " in " + s);
    assertTrue(about.get(0).reason().startsWith(e.reason()), c.name() + ": " + about.get(0));
    // Nothing else went wrong: the only reports are the one expected (and, for a notice, its article).
    long others = s.failures().size() + s.skips().size() + s.duplicates().size() + s.notices().size() - 1;
    assertEquals(0, others, c.name() + ": " + s);
    return e.kind() + ": " + about.get(0).reason();
  }

  private static synchronized void record(Case c, String outcome, double seconds, long allocated) {
    casesRun++;
    if (seconds > slowest) {
      slowest = seconds;
      slowestCase = c.name();
    }
    FIGURES.add(new String[] {c.name(), String.format(Locale.ROOT, "%s (%.2f s, %s allocated)",
        clip(outcome), seconds, mb(allocated))});
  }

  @AfterAll
  static void writeFigures() {
    SuiteReport report = SuiteReport.of("hostile-input-files", "hostile input files", 10,
        "Every bad file, line or folder entry ends in a report naming it (failed, skipped, duplicate or notice,"
            + " one line each) or in a correct article; the batch goes on to the next file; a file never costs"
            + " more memory than the size limit allows, however much it would inflate to.")
        .figure("kinds of hostile input tried", String.valueOf(cases().size()))
        .figure("batches that went on past the bad input to the next file", SuiteReport.of(casesRun, casesRun))
        .figure("slowest case", String.format(Locale.ROOT, "%s, %.2f s", slowestCase, slowest))
        .figure("size scale (-Dlede.reliability.scale)", String.valueOf(SCALE));
    for (String[] f : FIGURES) {
      report.figure(f[0], f[1]);
    }
    report.write();
  }

  private static String clip(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Random bytes with no NUL and none windows-1252 leaves undefined: only control characters betray them. */
  private static byte[] noise(int n) {
    byte[] b = new byte[n];
    new java.util.Random(13).nextBytes(b);
    for (int i = 0; i < n; i++) {
      int v = b[i] & 0xff;
      if (v == 0 || v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
        b[i] = 1;
      }
    }
    return b;
  }

  /** Sentences of reporting, one after another, with no line break: one paragraph of about n characters. */
  private static String hugeLine(int n) {
    String sentence = "The committee met again on Thursday and agreed to publish its findings soon. ";
    return sentence.repeat(Math.max(1, n / sentence.length()));
  }

  private static Path gzipZeros(Path p, long bytes) throws IOException {
    byte[] zeros = new byte[1 << 20];
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p), 1 << 16)) {
      for (long done = 0; done < bytes; done += zeros.length) {
        out.write(zeros);
      }
    }
    return p;
  }

  private static Path gzipText(Path p, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  /** A named pipe, or null where mkfifo is missing. */
  private static Path mkfifo(Path p) throws Exception {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
    return mk.waitFor() == 0 ? p : null;
  }
}
