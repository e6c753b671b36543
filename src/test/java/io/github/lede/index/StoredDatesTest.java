package io.github.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import java.util.List;
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
}
