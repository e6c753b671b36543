package io.github.lede.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Articles;
import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.model.Person;
import io.github.lede.model.Quote;
import io.github.lede.model.RawArticle;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * No extracted value outgrows what lede promises (names and roles to 100 characters, quote sources as written
 * to 300) or what its index field can hold, however the text is built: a 64 KB run of capitalised words before
 * "said on Monday." is no one's name, and the article is indexed.
 */
class LongValuesTest {
  private static final String[] GIVEN = {"John", "Mary", "Peter", "Anna", "James", "Sarah", "David", "Laura"};

  /** About {@code size} characters of capitalised given names and made-up words, one after another. */
  private static String capitalisedRun(int size) {
    Random r = new Random(7);
    StringBuilder sb = new StringBuilder(size + 16);
    while (sb.length() < size) {
      sb.append(r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "Qx" + Integer.toString(r.nextInt(1 << 20), 36))
          .append(' ');
    }
    return sb.toString();
  }

  private static void assertBounded(Article a) {
    for (Person p : a.people()) {
      assertTrue(p.name().length() <= 100, () -> "a name of " + p.name().length() + " characters");
      assertTrue(p.role() == null || p.role().length() <= 100, () -> "a role of " + p.role().length() + " characters");
    }
    for (Quote q : a.quotes()) {
      assertTrue(q.speaker() == null || q.speaker().length() <= 100, () -> "a speaker of " + q.speaker().length());
      assertTrue(q.speakerAsWritten() == null || q.speakerAsWritten().length() <= 300);
    }
  }

  @Test
  void aRunOfCapitalisedWordsIsNoName() {
    Article a = Articles.extract("Harbour news\n\nJohn Smith spoke. " + capitalisedRun(64 * 1024)
        + "said on Monday. \"We will win,\" Mr. " + capitalisedRun(4 * 1024) + "said.");
    assertBounded(a);
    assertFalse(a.dates().isEmpty());
  }

  @Test
  void oneEnormousWordIsNoName() {
    String word = "Q" + "x".repeat(70_000);
    Article a = Articles.extract("Harbour news\n\nSen. " + word + " said on Monday. \"We will win,\" " + word
        + " said. Said " + word + ", a " + "y".repeat(40_000) + "ist: \"Yes.\"");
    assertBounded(a);
  }

  @Test
  void theArticleIsIndexed() {
    try (Lede lede = Lede.inMemory()) {
      RawArticle raw = RawArticle.ofText("Harbour news\n\nMr. " + capitalisedRun(64 * 1024) + "said on Monday.");
      IndexSummary s = lede.indexRaw(List.of(raw), IndexListener.NONE);
      assertEquals(1, s.indexed());
      assertEquals(0, s.failed());
    }
  }
}
