package io.github.lede.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodySignatureTest {
  private static final String TEXT = """
      The county council said on Monday that the ferry to the island would run twice a day through the winter,
      after residents complained that the single morning crossing left pupils stranded at the mainland school.
      The new timetable starts next month. Fares stay as they are, and the council will review the service in
      the spring, when the operator's contract comes up for renewal. Islanders welcomed the change but said the
      boat itself, now thirty years old, needed replacing.""";

  @Test
  void theContentHashIgnoresCaseSpacingAndPunctuation() {
    assertEquals(BodySignature.contentHash("A", TEXT), BodySignature.contentHash("B", TEXT.toUpperCase()
        .replace(",", " ,  ").replace("\n", " ")));
    assertNotEquals(BodySignature.contentHash("A", TEXT), BodySignature.contentHash("A", TEXT.replace("twice", "three times")));
    assertNotEquals(BodySignature.contentHash("A", ""), BodySignature.contentHash("B", ""), "no body: the headline");
  }

  @Test
  void smallEditsKeepTextsNearDuplicates() {
    List<String> a = BodySignature.bands(TEXT);
    // One word changed in about 90: resemblance about 0.9, a shared band with probability 0.98 (the hashes
    // are fixed, so this pair's outcome is too).
    List<String> b = BodySignature.bands(TEXT.replace("next month", "in March"));
    assertEquals(BodySignature.BANDS, a.size());
    assertTrue(BodySignature.resemblance(a, b) >= BodySignature.MIN_RESEMBLANCE, a + " " + b);
    assertTrue(BodySignature.nearDuplicates(a, b));
    assertEquals(1.0, BodySignature.resemblance(a, BodySignature.bands(TEXT.toLowerCase())));
  }

  @Test
  void anotherTextOnTheSameSubjectIsNot() {
    String other = """
        Pupils on the island have missed the first lesson of the day all autumn because the ferry's single
        morning crossing arrives late, parents told the council on Monday, and they asked for a second boat
        before the winter storms begin. The operator said it had no crew for a second crossing.""";
    assertFalse(BodySignature.nearDuplicates(BodySignature.bands(TEXT), BodySignature.bands(other)));
    assertTrue(BodySignature.resemblance(BodySignature.bands(TEXT), BodySignature.bands(other)) < 0.3);
  }

  @Test
  void emptyAndShortBodies() {
    assertEquals(List.of(), BodySignature.bands(""));
    assertEquals(List.of(), BodySignature.bands(" ,.; "));
    assertEquals(BodySignature.bands("Storm warning"), BodySignature.bands("storm   WARNING!"));
    assertEquals(0, BodySignature.resemblance(List.of(), BodySignature.bands("x")));
  }

  @Test
  void foldingKeepsTheBestRankedAsHeadAndComparesWithHeadsOnly() {
    List<String> a = BodySignature.bands(TEXT);
    List<String> a2 = BodySignature.bands(TEXT + " Reporting by A. Writer.");
    List<String> c = BodySignature.bands("A different story about a bakery that opened on the high street.");
    Folding.Result r = Folding.fold(List.of(a, c, a2, List.of(), c), 10);
    assertEquals(List.of(new Folding.Group(0, List.of(2)), new Folding.Group(1, List.of(4)),
        new Folding.Group(3, List.of())), r.groups());
    assertEquals(5, r.scanned());
    Folding.Result two = Folding.fold(List.of(a, c, a2, List.of(), c), 2);
    assertEquals(2, two.groups().size());
    assertEquals(3, two.scanned(), "the item at 3 would have been the third head");
  }
}
