package io.github.lede.extract.dates;

import io.github.lede.model.DateMention;
import java.util.List;

/**
 * The dates one text or article mentions, as {@link DateExtractor} finds them, with why each has its value: the
 * form that matched ("month", "weekday", "count-of-units") and how its value was reached ("weekday: past
 * tense", "shift from the date before", "written in full").
 */
public final class ArticleDates {
  private final List<DateMention> dates;
  /** Two a date, in turn: its form and how its value was reached (constants: nothing made per date). */
  private final List<String> reasons;

  ArticleDates(List<DateMention> dates, List<String> reasons) {
    this.dates = List.copyOf(dates);
    this.reasons = List.copyOf(reasons);
  }

  public List<DateMention> dates() {
    return dates;
  }

  /** Why date {@code d} was found and valued so: "form; how". */
  public String reason(int d) {
    return reasons.get(2 * d) + "; " + reasons.get(2 * d + 1);
  }
}
