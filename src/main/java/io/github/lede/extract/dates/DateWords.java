package io.github.lede.extract.dates;

import io.github.lede.text.WordList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The words the date grammar knows (the shared {@link WordList}s of months, weekdays, abbreviations and the
 * like, and the grammar's own words of time with their values), looked up straight from the text without allocating: an open-addressing
 * table keyed by the lower-cased letters, probed with the characters of a token in place. Every word not here
 * is ordinary text, which is what makes the scanner fast: most tokens are rejected by one failed lookup.
 */
final class DateWords {
  private static final int SIZE = 2048;
  private static final int MASK = SIZE - 1;
  private static final int MAX_LENGTH = 16;
  private static final Word[] TABLE = new Word[SIZE];

  private DateWords() {}

  /** The entry for {@code text[start, end)} in any case, or null. */
  static Word lookup(CharSequence text, int start, int end) {
    int len = end - start;
    if (len > MAX_LENGTH) {
      return null;
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + lower(text.charAt(i));
    }
    for (int slot = mix(h) & MASK; ; slot = (slot + 1) & MASK) {
      Word w = TABLE[slot];
      if (w == null) {
        return null;
      }
      if (w.text.length() == len && sameLetters(w.text, text, start)) {
        return w;
      }
    }
  }

  private static boolean sameLetters(String key, CharSequence text, int start) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != lower(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static int mix(int h) {
    return h ^ (h >>> 7) ^ (h >>> 15);
  }

  /** Adds or extends the entry for a lower-case word. */
  private static void put(String word, Consumer<Word> meaning) {
    int h = 0;
    for (int i = 0; i < word.length(); i++) {
      h = 31 * h + word.charAt(i);
    }
    int slot = mix(h) & MASK;
    while (TABLE[slot] != null && !TABLE[slot].text.equals(word)) {
      slot = (slot + 1) & MASK;
    }
    if (TABLE[slot] == null) {
      TABLE[slot] = new Word(word);
    }
    meaning.accept(TABLE[slot]);
  }

  private static void all(Consumer<Word> meaning, String... words) {
    all(meaning, List.of(words));
  }

  private static void all(Consumer<Word> meaning, List<String> words) {
    for (String w : words) {
      put(w, meaning);
    }
  }

  static {
    List<String> months = WordList.MONTHS.words();
    for (int m = 0; m < months.size(); m++) {
      int month = m + 1;
      put(months.get(m), w -> w.month = month);
    }
    for (String a : WordList.MONTH_ABBREVIATIONS.words()) {
      int month = startOf(months, a);
      put(a, w -> {
        w.month = month;
        w.abbreviation = true;
        w.dottedAbbreviation = true;
      });
    }
    List<String> days = WordList.WEEKDAYS.words();
    for (int d = 0; d < days.size(); d++) {
      int weekday = d + 1;
      put(days.get(d), w -> w.weekday = weekday);
    }
    for (String a : WordList.WEEKDAY_ABBREVIATIONS.words()) {
      int weekday = startOf(days, a);
      put(a, w -> {
        w.weekday = weekday;
        w.abbreviation = true;
        w.dottedAbbreviation = true;
      });
    }
    for (String a : WordList.ABBREVIATIONS.words()) {
      put(a, w -> w.dottedAbbreviation = true);
    }
    units();
    numbers();
    partsOfDay();
    all(w -> w.season = Season.SPRING, "spring");
    all(w -> w.season = Season.SUMMER, "summer");
    all(w -> w.season = Season.FALL, "fall", "autumn");
    all(w -> w.season = Season.WINTER, "winter");
    relations();
    deictics();
    markers();
    Holidays.words(DateWords::put);
    countNouns();
    TenseWords.words(DateWords::put);
  }

  /** The number (from 1) of the name in {@code names} that {@code abbreviation} abbreviates. */
  private static int startOf(List<String> names, String abbreviation) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).startsWith(abbreviation)) {
        return i + 1;
      }
    }
    throw new IllegalStateException("\"" + abbreviation + "\" abbreviates no name in " + names);
  }

  private static void partsOfDay() {
    String[][] parts = {{"morning", "mornings"}, {"afternoon", "afternoons"}, {"evening", "evenings"},
      {"night", "nights"}};
    for (int p = 0; p < parts.length; p++) {
      PartOfDay part = PartOfDay.values()[p];
      put(parts[p][0], w -> w.part = part);
      put(parts[p][1], w -> {
        w.part = part;
        w.plural = true;
      });
    }
    all(w -> w.part = PartOfDay.NIGHT, "overnight");
  }

  private static void units() {
    String[][] units = {{"day", "days"}, {"week", "weeks"}, {"month", "months"}, {"year", "years"},
      {"decade", "decades"}, {"century", "centuries"}, {"quarter", "quarters"}, {"weekend", "weekends"},
      {"fortnight", "fortnights"}, {"hour", "hours"}, {"minute", "minutes"}, {"half", "halves"}};
    Unit[] codes = {Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR, Unit.DECADE, Unit.CENTURY, Unit.QUARTER,
      Unit.WEEKEND, Unit.FORTNIGHT, Unit.HOUR, Unit.MINUTE, Unit.HALF};
    for (int i = 0; i < units.length; i++) {
      Unit code = codes[i];
      put(units[i][0], w -> w.unit = code);
      put(units[i][1], w -> {
        w.unit = code;
        w.plural = true;
      });
    }
    all(w -> w.unit = Unit.YEAR, "yr");
  }

  private static void numbers() {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int n = 0; n < small.length; n++) {
      int value = n;
      put(small[n], w -> w.number = value);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    String[] decades = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
    for (int t = 0; t < tens.length; t++) {
      int value = (t + 2) * 10;
      put(tens[t], w -> w.number = value);
      put(decades[t], w -> {
        w.number = value;
        w.plural = true;
      });
    }
    all(w -> w.number = 1, "a", "an");
    all(w -> w.number = 100, "hundred");
    all(w -> w.number = 1000, "thousand");
    all(w -> w.number = 12, "dozen");
    all(w -> w.number = 2, "couple");
    all(w -> w.vagueCount = true, "several", "few", "many", "some");
    String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth"};
    for (int n = 0; n < ordinals.length; n++) {
      int value = n + 1;
      put(ordinals[n], w -> w.ordinal = value);
    }
    all(w -> w.ordinal = 19, "nineteenth");
    all(w -> w.ordinal = 20, "twentieth");
  }

  private static void relations() {
    all(w -> w.relation = Word.LAST, "last");
    all(w -> w.relation = Word.NEXT, "next");
    all(w -> w.relation = Word.THIS, "this");
    all(w -> w.relation = Word.COMING, "coming", "upcoming");
    all(w -> w.relation = Word.PAST, "past");
    all(w -> w.relation = Word.PREVIOUS, "previous", "prior", "preceding");
    all(w -> w.relation = Word.FOLLOWING, "following", "succeeding");
    all(w -> w.relation = Word.CURRENT, "current", "present");
    all(w -> w.relation = Word.LATEST, "latest");
    all(w -> w.relation = Word.THAT, "that");
    all(w -> w.modifier = Word.EARLY, "early", "beginning", "start");
    all(w -> w.modifier = Word.LATE, "late", "end");
    all(w -> w.modifier = Word.MID, "mid", "middle");
    all(w -> {
      w.modifier = Word.EARLIER;
      w.shift = Word.BEFORE;
    }, "earlier");
    all(w -> {
      w.modifier = Word.LATER;
      w.shift = Word.AFTER;
    }, "later");
    all(w -> w.shift = Word.AGO, "ago");
    all(w -> w.shift = Word.BEFORE, "before");
    all(w -> w.shift = Word.AFTER, "after");
    all(w -> w.shift = Word.HENCE, "hence");
    all(w -> w.setMarker = true, "every", "each", "per");
  }

  private static void deictics() {
    all(w -> w.deictic = Word.TODAY, "today");
    all(w -> w.deictic = Word.YESTERDAY, "yesterday");
    all(w -> w.deictic = Word.TOMORROW, "tomorrow");
    all(w -> w.deictic = Word.TONIGHT, "tonight");
    all(w -> w.deictic = Word.NOW, "now", "nowadays");
    all(w -> w.deictic = Word.RECENTLY, "recently", "lately");
    all(w -> w.deictic = Word.CURRENTLY, "currently", "presently");
  }

  private static void markers() {
    all(w -> w.marker = Word.FISCAL, "fiscal");
    all(w -> w.marker = Word.NOON, "noon", "midday");
    all(w -> w.marker = Word.MIDNIGHT, "midnight");
    all(w -> w.marker = Word.FUTURE, "future");
    all(w -> w.marker = Word.NEAR, "near", "distant", "immediate", "short");
    all(w -> w.marker = Word.FULL, "full", "whole", "entire");
    all(w -> w.marker = Word.PERIOD_LETTER, "q", "h");
    all(w -> w.marker = Word.THESE, "these");
    all(w -> w.marker = Word.PERIOD, "period");
    all(w -> w.marker = Word.APPROXIMATELY, "nearly", "almost", "about", "around", "some", "roughly", "approximately",
        "just", "only", "barely", "over", "fully");
    all(w -> w.marker = Word.ZONE, WordList.TIME_ZONES.words());
    all(w -> w.marker = Word.PREPOSITION, "in", "since", "until", "till", "by", "during", "of", "from", "to",
        "through", "throughout", "before", "after", "between", "and", "or", "circa", "for", "on", "at",
        "within", "into", "as", "than", "early", "late", "mid", "last", "next", "this", "that", "end", "beginning",
        "start", "middle", "year", "nor", "versus", "vs", "against", "past", "latest", "prior", "following",
        "previous", "ahead", "toward", "towards", "each", "every");
    all(w -> w.marker = Word.DETERMINER, "the", "its", "his", "her", "their", "our", "my", "your", "a", "an",
        "whose");
  }

  /** Nouns that a plain count goes with, so that "2022 votes" and "1500 troops" are not years. */
  private static void countNouns() {
    all(w -> w.countNoun = true, WordList.COUNT_NOUNS.words());
    all(w -> w.numberLabel = true, WordList.NUMBER_LABELS.words());
  }
}
