package io.github.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared word lists: one meaning each, documented, no word twice, looked up in one normalisation. */
class LexiconTest {
  @Test
  void everyListSaysWhatItMeansAndWhereItComesFrom() throws IOException {
    for (WordList list : WordList.values()) {
      try (InputStream in = WordList.class.getResourceAsStream(list.file())) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# "), list + " opens with what it means");
        assertTrue(text.contains("\n# Source: "), list + " names its source");
      }
      assertFalse(list.words().isEmpty(), list + " has words");
    }
  }

  @Test
  void aWordListedTwiceStopsStartUp() {
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> Lexicon.parse("words/test.txt", "# test\n# Source: a test.\nsaid\ntold\nsaid\n"));
    assertEquals("words/test.txt line 5: \"said\" is listed twice (also line 3)", e.getMessage());
  }

  @Test
  void aWordNotWrittenAsAKeyStopsStartUp() {
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> Lexicon.parse("words/test.txt", "Said\n"));
    assertTrue(e.getMessage().startsWith("words/test.txt line 1: \"Said\" is not written as a key"));
  }

  @Test
  void looksUpInAnyCaseWithTheFinalDotAndCurlyApostrophes() {
    String text = "Sen. SAID shi’ite";
    assertTrue(WordList.ABBREVIATIONS.in(Lexicon.of(text, 0, 4)));
    assertTrue(WordList.HONORIFICS.in(Lexicon.of(text, 0, 4)));
    assertTrue(WordList.SPEECH_VERBS.in(Lexicon.of(text, 5, 9)));
    assertTrue(WordList.GROUP_ADJECTIVES.in(Lexicon.of(text, 10, 17)));
    assertEquals(0, Lexicon.of("ministerial"));
  }

  @Test
  void calendarListsKeepCalendarOrder() {
    assertEquals("may", WordList.MONTHS.words().get(4));
    assertEquals("sunday", WordList.WEEKDAYS.words().get(6));
    assertEquals(9, CalendarNames.month("Sept."));
    assertEquals(4, CalendarNames.weekday("Thurs"));
  }

  @Test
  void listsHaveOneMeaningButMaySharewords() {
    // "said" is a verb of speech and a word that opens an inverted sentence: two meanings, two lists.
    long said = Lexicon.of("said");
    assertTrue(WordList.SPEECH_VERBS.in(said));
    assertTrue(WordList.SPEECH_OPENERS.in(said));
    assertEquals(List.of(), WordList.SPEECH_VERBS.words().stream().filter(w -> !w.equals(Lexicon.normalised(w)))
        .toList());
  }
}
