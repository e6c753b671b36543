package io.github.lede.text;

import java.util.List;
import java.util.Locale;

/**
 * The word lists lede reads text with, one meaning each, kept as data in {@code words/NAME.txt} beside this
 * class: a header of {@code #} lines says what the list means and where its words come from, then one word a
 * line, lower case, without a final dot. A word listed twice in one list stops start-up. To teach lede a word,
 * add it to the one list whose meaning fits; every extractor that reads that meaning sees it.
 *
 * <p>Which extractor reads a list is not its business: "speech-verbs" is read by the people finder (a name
 * before "said" is a person) and by quote attribution (the subject of "said" is the speaker) alike.
 */
public enum WordList {
  ABBREVIATIONS,
  BETWEEN_SUBJECT_AND_VERB,
  CALENDAR_PERIODS,
  CHARACTERISING_VERBS,
  COMMON_VERBS,
  COUNT_NOUNS,
  COURTESY_TITLES,
  DETERMINERS,
  FEMALE_WORDS,
  FIRM_ENDINGS,
  FIRM_PARTNERS,
  FUTURE_CLUES,
  GROUP_ADJECTIVES,
  HEADLINE_SPEECH_VERBS,
  HONORIFICS,
  LOWER_CASE_ROLES,
  MALE_WORDS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NAME_PARTICLES,
  NEVER_NAMES,
  NOT_NP_WORDS,
  NOUN_LIKE_VERBS,
  NP_LINKS,
  NUMBER_LABELS,
  OF_ROLES,
  OPINION_VERBS,
  ORGANISATION_CORE_WORDS,
  ORGANISATION_WORDS,
  PARTS_OF_DAY,
  PAST_CLUES,
  PERSON_NOUNS,
  PLACE_STARTS,
  PREPOSITIONS,
  PRONOUNS,
  QUALIFIER_TITLES,
  RELATIVES,
  REPORT_VERBS,
  ROLE_BODIES,
  ROLE_STOPS,
  SCENE_OPENERS,
  SPEECH_NOUNS,
  SPEECH_OPENERS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STATE_ABBREVIATIONS_ALSO_WORDS,
  TIME_PREPOSITIONS,
  TIME_ZONES,
  TITLE_MINOR_WORDS,
  TITLE_QUALIFIERS,
  TITLE_WORDS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAYS;

  /** This list's bit in a word's memberships ({@link Lexicon#of}). */
  public final long bit = 1L << ordinal();

  /** The list's file, {@code words/months.txt} for {@link #MONTHS}. */
  String file() {
    return "words/" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
  }

  /** Whether a key (lower case, without a final dot, straight apostrophes) is in this list. */
  public boolean contains(String key) {
    return (Lexicon.of(key) & bit) != 0;
  }

  /** Whether memberships from {@link Lexicon#of} include this list. */
  public boolean in(long memberships) {
    return (memberships & bit) != 0;
  }

  /** The words, in the order the file lists them (months and weekdays in calendar order). */
  public List<String> words() {
    return Lexicon.words(this);
  }

  /** The bits of several lists, to test a word's memberships against all of them at once. */
  public static long any(WordList... lists) {
    long bits = 0;
    for (WordList l : lists) {
      bits |= l.bit;
    }
    return bits;
  }
}
