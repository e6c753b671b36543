package io.github.lede.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Articles;
import io.github.lede.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Extraction's peak memory is bounded by its input: at most {@link #BYTES_PER_CHAR} bytes of heap per character
 * of an article, beyond {@link #FIXED_MB} for the name lists, word tables and people model every extraction
 * shares (the README states the same limit). Checked the only way a peak can be: an 8 MB article, one line of
 * generated news with people, quotes and dates all through it, is extracted in a child JVM whose heap is
 * exactly that bound (192 MB; the article needed 176 MB, and failed in 168, when the bound was set); running
 * out of memory fails the test. No time is measured.
 */
class ExtractionMemoryTest {
  static final int BYTES_PER_CHAR = 20;
  static final int FIXED_MB = 32;
  private static final int CHARS = 8 * 1024 * 1024;

  /** News-like sentences with a different name in each, so that the article names many people. */
  static String article(int chars) {
    String[] given = {"Anna", "John", "Maria", "David", "Sofia", "Peter", "Laura", "James"};
    Random r = new Random(11);
    StringBuilder sb = new StringBuilder(chars + 200).append("Harbour council votes on ferries\n\n");
    while (sb.length() < chars) {
      String name = given[r.nextInt(given.length)] + " Qal" + Integer.toString(r.nextInt(1 << 20), 36);
      switch (r.nextInt(4)) {
        case 0 -> sb.append("Mayor ").append(name).append(" said on Tuesday that the vote of June 18, 2024 stands. ");
        case 1 -> sb.append("\"We will not give up the ferry,\" ").append(name).append(" told reporters last week. ");
        case 2 -> sb.append("The council, which met two days ago, spent 2,022 hours on the plan since 1998. ");
        default -> sb.append("According to ").append(name).append(", a spokeswoman for the Harbour Trust, \"the "
            + "crossing is safe.\" ");
      }
    }
    return sb.toString();
  }

  /** The child JVM: extracts the generated article and says how much it found. */
  public static void main(String[] args) {
    Article a = Articles.extract(article(Integer.parseInt(args[0])));
    System.out.println("people " + a.people().size() + " quotes " + a.quotes().size() + " dates " + a.dates().size());
  }

  @Test
  void anArticleIsExtractedInTwentyBytesOfHeapPerCharacter() throws IOException, InterruptedException {
    long heapMb = FIXED_MB + (long) BYTES_PER_CHAR * CHARS / (1024 * 1024);
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), ExtractionMemoryTest.class.getName(), Integer.toString(CHARS)));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), () -> "extraction in " + heapMb + " MB of heap failed:\n" + out);
    assertTrue(out.contains("people ") && !out.contains("people 0 ") && !out.contains("quotes 0 "), out);
  }
}
