package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** trafilatura's snippet scoring, on hand-worked pages. */
class SnippetScoreTest {
  @Test
  void snippetsAreCountedOverAllPages() {
    SnippetScore s = new SnippetScore();
    s.page("The council voted on Tuesday. Parking rules change in May.",
        List.of("council voted", "Parking rules", "never written"), List.of("Impressum", "in May"));
    s.page(null, List.of("anything"), List.of("Menu"));
    assertEquals(2, s.truePositives());
    assertEquals(2, s.falseNegatives());
    assertEquals(1, s.falsePositives());
    assertEquals(2, s.trueNegatives());
    assertEquals(2.0 / 3, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
    assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), s.f1(), 1e-9);
  }

  @Test
  void namesCompareEqualWhateverTheListSeparator() {
    assertEquals(FieldAccuracy.foldNames("Ana Ruiz; Bo Lind"), FieldAccuracy.foldNames("ana  ruiz, Bo Lind"));
    assertEquals(FieldAccuracy.foldNames("Ana Ruiz and Bo Lind"), FieldAccuracy.foldNames("Ana Ruiz; Bo Lind"));
    assertEquals("a title", FieldAccuracy.fold("  A\u00a0 Title\n"));
  }
}
