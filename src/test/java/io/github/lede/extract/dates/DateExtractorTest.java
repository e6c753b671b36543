package io.github.lede.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each form news writes a date in, its TimeML value, and what is not a date. */
class DateExtractorTest {
  /** A Wednesday. */
  private static final LocalDate JUNE_19 = LocalDate.of(2024, 6, 19);
  private static final DateExtractor EXTRACTOR = new DateExtractor();

  /** The mentions as "text=value" lines, the easiest thing to compare and to read in a failure. */
  private static String dates(String text, LocalDate reference) {
    StringBuilder sb = new StringBuilder();
    for (DateMention m : EXTRACTOR.extract(text, reference)) {
      assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m);
      sb.append(m.text()).append('=').append(m.value()).append('\n');
    }
    return sb.toString().strip();
  }

  private static void same(String text, String expected) {
    assertEquals(expected, dates(text, JUNE_19), text);
  }

  @Test
  void fullDates() {
    same("It happened on Sept. 13, 2023.", "Sept. 13, 2023=2023-09-13");
    same("It happened on 13 September 2023.", "13 September 2023=2023-09-13");
    same("It happened on 2023-09-13.", "2023-09-13=2023-09-13");
    same("It happened on September 13th, 2023.", "September 13th, 2023=2023-09-13");
    same("It happened on 9/13/2023.", "9/13/2023=2023-09-13");
  }

  @Test
  void monthsYearsDecadesAndQuarters() {
    same("Prices rose in June 2024.", "June 2024=2024-06");
    same("Prices rose in 2022.", "2022=2022");
    same("Prices rose in the 1990s and the '80s.", "the 1990s=199X\nthe '80s=198X");
    same("The plant was delayed in mid-2024.", "mid-2024=2024");
    same("Prices will be reviewed in the first quarter of 2025.", "the first quarter of 2025=2025-Q1");
    same("Profit rose in the second half of 2023.", "the second half of 2023=2023-H2");
    same("It was built in the 20th century.", "the 20th century=19XX");
    same("They met in the summer of 1998.", "summer of 1998=1998-SU");
    same("Sales fell in fiscal 1989.", "fiscal 1989=1989");
  }

  @Test
  void partialDatesTakeTheNearestFittingYear() {
    same("The strike began on June 18.", "June 18=2024-06-18");
    same("The strike began in January.", "January=2024-01");
    same("The talks resume in July.", "July=2024-07");
    same("Sales fell in the first quarter.", "the first quarter=2024-Q1");
  }

  @Test
  void relativeDates() {
    same("The council met yesterday.", "yesterday=2024-06-18");
    same("The council met last week.", "last week=2024-W24");
    same("The council meets this month.", "this month=2024-06");
    same("The council met two days ago.", "two days ago=2024-06-17");
    same("Prices rose earlier this year.", "earlier this year=2024");
    same("Prices will rise next year.", "next year=2025");
    same("The council met last month.", "last month=2024-05");
    same("The council meets next week.", "next week=2024-W26");
    same("The mine closed three years ago.", "three years ago=2021");
    same("It rained last summer.", "last summer=2023-SU");
    same("It snowed in June last year.", "June last year=2023-06");
    same("The vote is today.", "today=2024-06-19");
    same("The vote is tomorrow night.", "tomorrow night=2024-06-20TNI");
  }

  @Test
  void weekdaysAndPartsOfTheDay() {
    same("The missile was fired on Wednesday morning.", "Wednesday morning=2024-06-19TMO");
    same("Flooding began on Monday night.", "Monday night=2024-06-17TNI");
    same("The siren sounded at 9 p.m. Monday.", "9 p.m. Monday=2024-06-17T21:00");
    same("Police said Tuesday that two men were held.", "Tuesday=2024-06-18");
  }

  @Test
  void aWeekdayInAPastTenseSentenceLiesInThePast() {
    same("The council voted on Friday.", "Friday=2024-06-14");
    same("The council will vote on Friday.", "Friday=2024-06-21");
    same("The minister said Monday that talks had failed.", "Monday=2024-06-17");
    same("The minister will meet his counterpart on Monday.", "Monday=2024-06-24");
    same("The bridge was closed on Thursday.", "Thursday=2024-06-13");
    same("The bridge is expected to reopen on Thursday.", "Thursday=2024-06-20");
    same("The talks are scheduled for Saturday.", "Saturday=2024-06-22");
  }

  @Test
  void explicitDirections() {
    same("They met last Friday and meet again next Tuesday.", "last Friday=2024-06-14\nnext Tuesday=2024-06-25");
    same("They met last June.", "last June=2023-06");
    same("It opens next January.", "next January=2025-01");
  }

  @Test
  void aDateWithoutAYearRollsOverTheNewYear() {
    LocalDate january5 = LocalDate.of(2024, 1, 5);
    assertEquals("Dec. 28=2023-12-28", dates("The fire started on Dec. 28.", january5));
    assertEquals("December=2023-12", dates("Sales were strong in December.", january5));
    assertEquals("Jan. 14=2024-01-14", dates("The deadline is Jan. 14.", january5));
    assertEquals("Christmas Day=2023-12-25", dates("The shop was shut on Christmas Day.", january5));
  }

  @Test
  void theWeekdayOfAWrittenDayPicksItsYear() {
    assertEquals("Saturday, April 25=1998-04-25",
        dates("The Times said in an editorial on Saturday, April 25: the court erred.", LocalDate.of(1998, 4, 24)));
  }

  @Test
  void withoutAReferenceDateRelativeDatesAreKeptUnresolved() {
    assertEquals("Wednesday=null\nlast week=null\nJune 18=null\ntwo days ago=null",
        dates("It rained on Wednesday, last week, on June 18 and two days ago.", null));
    assertEquals("Sept. 13, 2023=2023-09-13\n2022=2022\nthe 1990s=199X",
        dates("It rained on Sept. 13, 2023, in 2022 and through the 1990s.", null));
  }

  @Test
  void durationsAndSetsAreNotDates() {
    same("He served 24 years in prison.", "");
    same("The talks lasted three days.", "");
    same("It was a decade of growth.", "");
    same("Prices fell over the past 10 days.", "");
    same("The market opens every Monday.", "");
    same("Volunteers clean up on Saturday mornings.", "");
    same("Each summer the river floods.", "");
    same("The last three years were hard.", "");
  }

  @Test
  void numbersThatAreNotYears() {
    same("The fire displaced 2,022 people.", "");
    same("The bill came to $2022.", "");
    same("The candidate received 2022 votes.", "");
    same("Flight 2022 landed safely.", "");
    same("Members of Local 1147 walked out.", "");
  }

  @Test
  void mayAndMarchAreMonthsOnlyWhereADateIsExpected() {
    same("It may rain, Theresa May said.", "");
    same("Protesters march on parliament.", "");
    same("The Women's March drew crowds.", "");
    same("Elections are due in May.", "May=2025-05");
    same("The law passed in March.", "March=2024-03");
  }

  @Test
  void businessQuartersAndNamedDays() {
    same("Sales in Q2 rose, and Q3 2023 was weak.", "Q2=2024-Q2\nQ3 2023=2023-Q3");
    same("Net income for this year's third quarter fell.", "this year's third quarter=2024-Q3");
    same("He writes for the Sunday Times about Good Friday.", "");
  }

  @Test
  void timemlReferenceValues() {
    same("Prices are now falling.", "now=PRESENT_REF");
    same("The firm recently cut jobs.", "recently=PAST_REF");
    same("Nobody knows what the future holds.", "the future=FUTURE_REF");
  }

  @Test
  void mentionsComeInFieldOrderWithTheirPlace() {
    Article a = Article.builder("x", "Floods hit on Monday", "Rain fell on Tuesday.\n\nIt stopped yesterday.")
        .captions(List.of("Residents wade through water, June 18."))
        .build();
    List<DateMention> dates = EXTRACTOR.extract(a, JUNE_19);
    assertEquals(4, dates.size());
    assertEquals(new DateMention("Monday", "2024-06-17", ArticleField.HEADLINE, 0, 14, 20), dates.get(0));
    assertEquals(new DateMention("June 18", "2024-06-18", ArticleField.CAPTION, 0, 30, 37), dates.get(1));
    assertEquals(new DateMention("Tuesday", "2024-06-18", ArticleField.BODY, 0, 13, 20), dates.get(2));
    assertEquals(new DateMention("yesterday", "2024-06-18", ArticleField.BODY, 0, 34, 43), dates.get(3));
  }

  @Test
  void aDerivedHeadlineRepeatsTheBodyAndIsSkipped() {
    Article a = Article.builder("x", "Rain fell on Tuesday.", "Rain fell on Tuesday.").headlineDerived(true).build();
    List<DateMention> dates = EXTRACTOR.extract(a, JUNE_19);
    assertEquals(1, dates.size());
    assertEquals(ArticleField.BODY, dates.get(0).field());
  }

  @Test
  void anUnresolvableValueIsNull() {
    assertNull(EXTRACTOR.extract("The day before, it rained.", JUNE_19).stream().findFirst()
        .map(DateMention::value).orElse(null));
  }
}
