package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress display: by bytes within a file, and a last frame that holds the batch's final figures. */
class ProgressTest {
  private static String lastFrame(String err) {
    String[] frames = err.split("[\r\n]");
    for (int i = frames.length - 1; i >= 0; i--) {
      if (!frames[i].isBlank()) {
        return frames[i].strip();
      }
    }
    return "";
  }

  @Test
  void theLastFrameOnATerminalHoldsTheFinalFiguresHoweverFewFramesWereDrawn() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true);
    p.onListed(1, 40_000_000);
    // One big file, read in steps too quick to draw: only the last frame counts.
    for (long done = 0; done <= 40_000_000; done += 4_000_000) {
      p.onProgress(0, done / 4000, done);
    }
    p.onProgress(1, 10_000, 40_000_000);
    p.finish();
    String last = lastFrame(err.toString());
    assertTrue(last.startsWith("[" + "#".repeat(30) + "] 1/1 files, 40.0/40.0 MB, 10,000 articles"), last);
    assertTrue(err.toString().endsWith("\n"), "the bar's line is ended");
  }

  @Test
  void theBarMovesWithBytesWithinOneFile() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true);
    p.onListed(1, 10_000_000);
    p.onProgress(0, 0, 5_000_000);
    p.finish();
    assertTrue(lastFrame(err.toString()).startsWith("[" + "#".repeat(15) + " ".repeat(15) + "] 0/1 files, 5.0/10.0 MB"),
        err.toString());
  }

  @Test
  void aLogGetsNoFrameForAShortBatch() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), false);
    p.onListed(2, 100);
    p.onProgress(2, 2, 100);
    p.finish();
    assertEquals("", err.toString());
  }

  @Test
  void aLogDoesNotRepeatItsLastLineAtTheEnd() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), false, 0);
    p.onListed(1, 100);
    p.onProgress(0, 10, 50);
    p.onProgress(1, 20, 100);
    p.finish();
    String[] lines = err.toString().split("\n");
    assertEquals(2, lines.length, err.toString());
    assertTrue(lines[0].startsWith("indexing: 0/1 files, 0.0/0.0 MB, 10 articles"), lines[0]);
    assertTrue(lines[1].startsWith("indexing: 1/1 files, 0.0/0.0 MB, 20 articles"), lines[1]);
  }
}
