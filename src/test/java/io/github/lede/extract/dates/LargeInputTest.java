package io.github.lede.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ten megabytes of text, on one line and on many, and runs of words the grammar looks at twice ("the", "May",
 * years, abbreviations): each must come back with every date found. A scan that is not linear would not end
 * in the time of a test run, which is how a regression shows; no timing is asserted.
 */
class LargeInputTest {
  private static final int TEN_MB = 10 * 1024 * 1024;
  private static final LocalDate REFERENCE = LocalDate.of(2024, 6, 19);
  private static final String UNIT = "Officials said on June 18 that the plant, built in the 1990s, employs 2,022 people and ";

  private static List<DateMention> extract(String text) {
    return new DateExtractor().extract(text, REFERENCE);
  }

  @Test
  void tenMegabytesOnOneLine() {
    int repeats = TEN_MB / UNIT.length();
    List<DateMention> dates = extract(UNIT.repeat(repeats));
    assertEquals(2 * repeats, dates.size());
    assertEquals("2024-06-18", dates.get(dates.size() - 2).value());
    assertEquals("199X", dates.get(dates.size() - 1).value());
  }

  @Test
  void tenMegabytesOnManyLines() {
    String line = UNIT + "\n";
    int repeats = TEN_MB / line.length();
    assertEquals(2 * repeats, extract(line.repeat(repeats)).size());
  }

  @Test
  void tenMegabytesOfParagraphs() {
    String paragraph = "The vote was held on Friday.\n\n";
    int repeats = TEN_MB / paragraph.length();
    List<DateMention> dates = extract(paragraph.repeat(repeats));
    assertEquals(repeats, dates.size());
    assertEquals("2024-06-14", dates.get(repeats - 1).value());
  }

  @Test
  void runsOfWordsTheGrammarLooksAt() {
    assertEquals(0, extract("the ".repeat(TEN_MB / 4)).size());
    assertEquals(0, extract("May may ".repeat(TEN_MB / 8)).size());
    assertEquals(0, extract("Sept. ".repeat(TEN_MB / 6)).size());
    assertEquals(0, extract("last early the mid- ".repeat(TEN_MB / 20)).size());
    assertEquals(TEN_MB / 50, extract("2024 ".repeat(TEN_MB / 50)).size());
  }

  @Test
  void longTokensWithoutSpaces() {
    assertEquals(0, extract("9".repeat(TEN_MB)).size());
    assertEquals(0, extract("x".repeat(TEN_MB)).size());
    assertEquals(0, extract("-".repeat(TEN_MB)).size());
  }
}
