package io.github.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one tokenizer: words with what joins them, kept dots, possessives, sentences, shapes and lists. */
class TokenizerTest {
  private static List<String> words(String text) {
    Tokens t = Tokenizer.tokenize(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.isLineBreak(i) ? "\\n" : t.text(i));
    }
    return out;
  }

  @Test
  void wordsKeepWhatJoinsThemInside() {
    assertEquals(List.of("Moon", "Jae-in", "met", "O'Brien", "in", "the", "U.S.", "at", "9", "a.m.", "on", "9/11", "."),
        words("Moon Jae-in met O'Brien in the U.S. at 9 a.m. on 9/11."));
    assertEquals(List.of("2,022", "people", ",", "3.5", "pct", ",", "13", ".", "09.2023"),
        words("2,022 people, 3.5 pct, 13.09.2023"));
  }

  @Test
  void abbreviationsAndInitialsKeepTheirDotNumbersDoNot() {
    assertEquals(List.of("Sen.", "Bernie", "Sanders", "and", "John", "F.", "Kennedy", "(", "R-Wis.", ")", "wrote",
        "105.9", "."), words("Sen. Bernie Sanders and John F. Kennedy (R-Wis.) wrote 105.9."));
    assertEquals(List.of("in", "Springfield", ",", "Ill.", "on", "Wed.", "He", "sat", "."),
        words("in Springfield, Ill. on Wed. He sat."));
  }

  @Test
  void possessivesAreWordsOfTheirOwn() {
    Tokens t = Tokenizer.tokenize("Putin's aides and the Pastoralists' Forum");
    assertEquals(List.of("Putin", "'s", "aides", "and", "the", "Pastoralists", "'", "Forum"),
        words("Putin's aides and the Pastoralists' Forum"));
    assertTrue(t.possessive(1));
    assertTrue(t.possessive(6));
    assertEquals("putin", t.key(0));
  }

  @Test
  void sentencesEndAtStopsBeforeCapitalsAndAtLineBreaks() {
    Tokens t = Tokenizer.tokenize("Mr. Kim said so. “We will win,” he said.\nHEADLINE HERE\nthe end. of it");
    assertEquals(4, t.sentences(), "a stop before a lower-case word ends no sentence");
    assertEquals("Mr.", t.text(t.sentenceStartToken(0)));
    assertEquals("“", t.text(t.sentenceStartToken(1)));
    assertEquals("HEADLINE", t.text(t.sentenceStartToken(2)));
    assertEquals("the", t.text(t.sentenceStartToken(3)));
    assertEquals(1, t.sentence(t.sentenceStartToken(1) + 2));
    assertTrue(t.inCapsLine(t.sentenceStartToken(2)));
    assertFalse(t.inCapsLine(0));
  }

  @Test
  void cjkStopsEndSentencesWithoutASpaceOrACapital() {
    Tokens t = Tokenizer.tokenize("港口将于明天重新开放。渡轮恢复运行！「你好吗？」他问。Done.");
    assertEquals(5, t.sentences());
    assertEquals("港口将于明天重新开放", t.text(t.sentenceStartToken(0)));
    assertEquals("渡轮恢复运行", t.text(t.sentenceStartToken(1)));
    assertEquals("「", t.text(t.sentenceStartToken(2)));
    assertEquals("他问", t.text(t.sentenceStartToken(3)), "the closing bracket stays with its sentence");
    assertEquals("Done", t.text(t.sentenceStartToken(4)));
    assertTrue(t.leading(t.sentenceStartToken(1)));
    assertEquals(2, Tokenizer.tokenize("He said 。 and left").sentences(),
        "a CJK stop inside Latin text ends a sentence all the same");
  }

  @Test
  void leadingWordsAreWhereAnyWordIsCapitalised() {
    Tokens t = Tokenizer.tokenize("The vote: Kim won. “Lee” spoke");
    assertTrue(t.leading(0));
    assertTrue(t.leading(3), "after a colon");
    assertFalse(t.leading(4));
    assertTrue(t.leading(7), "after an opening quote that opens the sentence");
    assertFalse(t.leading(9));
  }

  @Test
  void shapesKeysAndListsComeWithEachToken() {
    Tokens t = Tokenizer.tokenize("NATO’s Sept. figures");
    assertTrue(t.upper(0));
    assertTrue(t.capitalised(0));
    assertEquals("'s", t.key(1));
    assertEquals("sept", t.key(2));
    assertTrue(t.in(2, WordList.MONTH_ABBREVIATIONS));
    assertTrue(t.in(2, WordList.ABBREVIATIONS));
    assertFalse(t.in(3, WordList.MONTHS));
    assertTrue(t.keyIs(2, "sept"));
    assertEquals(2, t.tokenAt(6));
  }

  @Test
  void noBreakSpacesAreSpace() {
    assertEquals(List.of("June", "18"), words("June\u00a018"));
  }
}
