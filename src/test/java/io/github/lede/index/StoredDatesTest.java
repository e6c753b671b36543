package io.github.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.lede.LedeException;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class StoredDatesTest {
  @Test
  void mentionsComeBackAsTheyWent() {
    List<DateMention> dates = List.of(
        new DateMention("Wednesday morning", "2024-06-19TMO", ArticleField.BODY, 0, 10, 27),
        new DateMention("last week", null, ArticleField.CAPTION, 2, 0, 9),
        new DateMention("June 2024", "2024-06", ArticleField.HEADLINE, 0, 5, 14));
    assertEquals(dates, StoredDates.decode(StoredDates.encode(dates)));
  }

  @Test
  void noMentionsIsAnEmptyList() {
    assertEquals(List.of(), StoredDates.decode(StoredDates.encode(List.of())));
    assertEquals(List.of(), StoredDates.decode(null));
  }

  @Test
  void textInAnyScriptSurvives() {
    List<DateMention> dates = List.of(new DateMention("2024年6月19日", "2024-06-19", ArticleField.BODY, 0, 300, 311),
        new DateMention("\u0627\u0644\u0627\u062b\u0646\u064a\u0646", null, ArticleField.CAPTION, 1, 0, 7));
    assertEquals(dates, StoredDates.decode(StoredDates.encode(dates)));
  }

  @Test
  void aTruncatedFieldIsReportedAsDamaged() {
    BytesRef whole = StoredDates.encode(List.of(
        new DateMention("last week", null, ArticleField.BODY, 0, 10, 19)));
    BytesRef cut = new BytesRef(Arrays.copyOf(whole.bytes, whole.length - 3));
    assertThrows(LedeException.class, () -> StoredDates.decode(cut));
  }
}
