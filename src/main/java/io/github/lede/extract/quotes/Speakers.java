package io.github.lede.extract.quotes;

import io.github.lede.text.WordList;
import io.github.lede.model.ArticleField;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import io.github.lede.model.SpeakerKind;
import io.github.lede.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a speaker phrase into a {@link Speaker}, for one field of one article: a phrase holding a person's
 * mention is that person (by canonical name); a pronoun is the most recent fitting person; a role ("the
 * president") is the one person with that role; anything else is a non-person source, kept as written.
 */
final class Speakers {
  /** Paragraphs back from a pronoun in which its person must have been named. */
  private static final int PRONOUN_REACH = 2;
  /** Mentions looked at for one pronoun, at most: keeps a pronoun's cost constant in a crowded text. */
  private static final int PRONOUN_CANDIDATES = 40;

  private final String text;
  private final Tokens tokens;
  private final List<Person> people;
  private final Genders genders;
  private final QuoteScanner.Scan scan;
  /** This field's person mentions, sorted by start: start, end and person index side by side. */
  private final int[] starts;
  private final int[] ends;
  private final int[] owners;

  Speakers(Tokens tokens, ArticleField field, int index, List<Person> people, Genders genders,
      QuoteScanner.Scan scan) {
    this.tokens = tokens;
    this.text = tokens.text();
    this.people = people;
    this.genders = genders;
    this.scan = scan;
    List<long[]> all = new ArrayList<>();
    for (int p = 0; p < people.size(); p++) {
      for (Mention m : people.get(p).mentions()) {
        if (m.field() == field && m.index() == index && m.end() <= text.length()) {
          all.add(new long[] {m.start(), m.end(), p});
        }
      }
    }
    all.sort((a, b) -> Long.compare(a[0], b[0]));
    starts = new int[all.size()];
    ends = new int[all.size()];
    owners = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      starts[i] = (int) all.get(i)[0];
      ends[i] = (int) all.get(i)[1];
      owners[i] = (int) all.get(i)[2];
    }
  }

  String text() {
    return text;
  }

  QuoteScanner.Scan scan() {
    return scan;
  }

  /** This field's person mentions, by start: the count, each one's offsets and person, and the last before. */
  int mentions() {
    return starts.length;
  }

  int mentionStart(int k) {
    return starts[k];
  }

  int mentionEnd(int k) {
    return ends[k];
  }

  int owner(int k) {
    return owners[k];
  }

  int lastMentionBefore(int at) {
    return lowerBound(starts, at) - 1;
  }

  int mentionsOf(int person) {
    return people.get(person).mentions().size();
  }

  Speaker person(int person) {
    return of(person, null);
  }

  /**
   * The speaker for a phrase found by {@link Attribution}, or null when it names nobody lede can stand by.
   *
   * @param previous the speaker of the nearest quote before, or null
   * @param previousParagraph the paragraph that quote ended in
   */
  Speaker resolve(SpeakerPhrase found, SpeakerPhrase lead, Speaker previous, int previousParagraph) {
    if (found.pronoun() != null) {
      return pronoun(found.pronoun(), found.start(), lead, previous, previousParagraph);
    }
    return named(found.start(), found.end());
  }

  private Speaker pronoun(String pronoun, int at, SpeakerPhrase lead, Speaker previous, int previousParagraph) {
    int paragraph = scan.paragraphOf(at);
    boolean recent = previous != null && paragraph - previousParagraph <= PRONOUN_REACH;
    return switch (pronoun) {
      case "he", "she" -> leadOr(lead, pronoun.equals("he") ? Genders.MALE : Genders.FEMALE, at, paragraph);
      case "they", "it" -> group(pronoun, at, paragraph, recent ? previous : null, previousParagraph);
      default -> null;
    };
  }

  /**
   * "they" (a group most often, a person sometimes) and "it" (an organisation): the subject of the
   * paragraph's first sentence when it comes before the pronoun, else the speaker of the quotes just before,
   * else the subject of the previous paragraph's first sentence. "it" takes only a source that is no person.
   */
  private Speaker group(String pronoun, int at, int paragraph, Speaker previous, int previousParagraph) {
    int[] starts = scan.paragraphStarts();
    Speaker here = subjectOf(starts[paragraph], at);
    Speaker found = here != null ? here.how(pronoun + ": subject of its paragraph")
        : previous != null && paragraph - previousParagraph <= 1 ? previous.how(pronoun + ": speaker before")
        : paragraph > 0 ? how(subjectOf(starts[paragraph - 1], starts[paragraph]),
            pronoun + ": subject of the paragraph before") : null;
    if (found == null && previous != null) {
      found = previous.how(pronoun + ": speaker before");
    }
    return found != null && (pronoun.equals("they") || found.kind() == SpeakerKind.OTHER) ? found : null;
  }

  private Speaker subjectOf(int paragraphStart, int before) {
    SpeakerPhrase f = Attribution.paragraphSubject(tokens, paragraphStart, before);
    return f == null ? null : named(f.start(), f.end());
  }

  /**
   * The speaker of the sentence before, when that is a person the pronoun fits ("Pence said Trump would wait.
   * “...,” he said": Pence, not Trump); else the most recent fitting person.
   */
  private Speaker leadOr(SpeakerPhrase lead, int gender, int at, int paragraph) {
    // someone named in the quote's own sentence, before it, comes first: "Trump seemed to suggest: “...,” he said"
    if (lead != null) {
      Speaker own = person(at, paragraph, gender, lead.attributionEnd());
      if (own != null) {
        return own.how("pronoun: person named in its sentence");
      }
    }
    if (lead != null && lead.pronoun() == null) {
      int k = lastMentionWithin(lead.start(), lead.end());
      if (k >= 0 && closesPhrase(ends[k], lead.end())) {
        int g = genders.of(owners[k]);
        if (g == Genders.UNKNOWN || g == gender) {
          return of(owners[k], "pronoun: speaker of the sentence before");
        }
      }
    }
    return how(person(at, paragraph, gender), "pronoun: nearest fitting person");
  }

  /** The last mention inside {@code [from, to)} not followed by a possessive, or -1. */
  private int lastMentionWithin(int from, int to) {
    int best = -1;
    for (int k = lowerBound(starts, from); k < starts.length && starts[k] < to && ends[k] <= to; k++) {
      if (!possessiveAfter(ends[k])) {
        best = k;
      }
    }
    return best;
  }

  /**
   * The person most recently named before {@code at} whose gender does not contradict the pronoun, within
   * {@link #PRONOUN_REACH} paragraphs. Names inside quotes are not antecedents; names in an object's or an
   * owner's position ("of Obama", "Obama's") count only when no subject fits.
   */
  private Speaker person(int at, int paragraph, int gender) {
    return person(at, paragraph, gender, 0);
  }

  /** As {@link #person(int, int, int)}, among the mentions from offset {@code from} on only. */
  private Speaker person(int at, int paragraph, int gender, int from) {
    int k = upperBound(starts, at) - 1;
    int fallback = -1;
    for (int seen = 0; k >= 0 && seen < PRONOUN_CANDIDATES; k--, seen++) {
      if (scan.paragraphOf(starts[k]) < paragraph - PRONOUN_REACH || starts[k] < from) {
        break;
      }
      if (insideQuote(starts[k])) {
        continue;
      }
      int g = genders.of(owners[k]);
      if (g != Genders.UNKNOWN && g != gender) {
        continue;
      }
      if (isObject(starts[k], ends[k])) {
        if (fallback < 0) {
          fallback = k;
        }
        continue;
      }
      return of(owners[k], null);
    }
    return fallback >= 0 ? of(owners[fallback], null) : null;
  }

  private static Speaker how(Speaker s, String way) {
    return s == null ? null : s.how(way);
  }

  private Speaker of(int person, String how) {
    return new Speaker(people.get(person).name(), SpeakerKind.PERSON, how);
  }

  private Speaker named(int from, int to) {
    int k = lowerBound(starts, from);
    int best = -1;
    for (; k < starts.length && starts[k] < to; k++) {
      if (ends[k] > to) {
        break;
      }
      if (possessiveAfter(ends[k])) {
        continue;
      }
      best = k;
      if (nextWord(ends[k], to).equals("of")) {
        break;
      }
    }
    if (best >= 0) {
      return closesPhrase(ends[best], to) ? of(owners[best], "named") : other(from, to);
    }
    int bySurname = bySurname(from, to);
    if (bySurname >= 0) {
      return of(bySurname, "by surname");
    }
    int byRole = byRole(from, to);
    return byRole >= 0 ? of(byRole, "by role") : other(from, to);
  }

  /** A source that is not a person, as written; a capital that only marks a sentence start is dropped. */
  private Speaker other(int from, int to) {
    String phrase = text.substring(from, to).replaceAll("[\\s\\u00a0]+", " ");
    if (phrase.length() > 80) {
      return null;
    }
    for (String det : new String[] {"The ", "A ", "An "}) {
      if (phrase.startsWith(det) && phrase.length() > det.length()) {
        phrase = Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
        break;
      }
    }
    return new Speaker(phrase, SpeakerKind.OTHER, "not a person");
  }

  /** "Mr. Clinton" where the people extractor left the mention out: a person whose surname it is. */
  private int bySurname(int from, int to) {
    String last = lastCapitalisedWord(from, to);
    if (last == null) {
      return -1;
    }
    int found = -1;
    for (int p = 0; p < people.size(); p++) {
      String name = people.get(p).name();
      int space = name.lastIndexOf(' ');
      if (space > 0 && name.substring(space + 1).equalsIgnoreCase(last)) {
        if (found >= 0) {
          return -1;
        }
        found = p;
      }
    }
    return found;
  }

  /** "the president", "the senator": the one person the article gives that role. */
  private int byRole(int from, int to) {
    String[] words = text.substring(from, to).trim().split("[\\s\\u00a0]+");
    if (words.length < 2 || words.length > 4 || !WordList.DETERMINERS.contains(lower(words[0]))) {
      return -1;
    }
    String head = lower(words[words.length - 1]);
    int found = -1;
    for (int p = 0; p < people.size(); p++) {
      String role = people.get(p).role();
      if (role != null && lower(role).endsWith(head)
          && (role.length() == head.length() || role.charAt(role.length() - head.length() - 1) == ' ')) {
        if (found >= 0) {
          return -1;
        }
        found = p;
      }
    }
    return found;
  }

  private String lastCapitalisedWord(int from, int to) {
    int end = to;
    while (end > from) {
      int start = end;
      while (start > from && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (start < end && Character.isUpperCase(text.charAt(start))) {
        String w = text.substring(start, end);
        if (!WordList.DETERMINERS.contains(lower(w)) && !WordList.ABBREVIATIONS.contains(lower(w))) {
          return w;
        }
      }
      end = start - 1;
      while (end > from && !Character.isLetter(text.charAt(end - 1))) {
        end--;
      }
    }
    return null;
  }

  /** The name ends the phrase, or is followed only by "of ...", a parenthesis or "Jr.": not "the Clinton campaign". */
  private boolean closesPhrase(int end, int to) {
    String next = nextWord(end, to);
    return next.isEmpty() || next.equals("of") || next.equals("jr") || next.equals("sr") || next.equals("(");
  }

  /** The next word (lower case) or bracket after {@code at}, within the phrase. */
  private String nextWord(int at, int to) {
    int i = at;
    while (i < to && Marks.isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= to) {
      return "";
    }
    if (text.charAt(i) == '(') {
      return "(";
    }
    int j = i;
    while (j < to && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return lower(text.substring(i, j));
  }

  private boolean possessiveAfter(int end) {
    return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
        && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S');
  }

  /** A name after a preposition ("of Obama", "to Clinton") or before a possessive: not who speaks next. */
  boolean isObject(int start, int end) {
    if (possessiveAfter(end)) {
      return true;
    }
    // the word before, past any title: "of President Barack Obama", "of Sen. Smith"
    int i = start;
    String word = "";
    for (int round = 0; round < 4; round++) {
      while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '.')) {
        i--;
      }
      int wordStart = i;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      word = lower(text.substring(wordStart, i));
      if (wordStart == i || !Character.isUpperCase(text.charAt(wordStart))) {
        break;
      }
      i = wordStart;
    }
    return switch (word) {
      case "of", "to", "for", "with", "by", "about", "under", "against", "from", "at", "on", "than", "like",
          "toward", "towards", "over", "between", "and", "versus", "vs", "beat", "defeated", "attacked",
          "criticized", "criticised", "accused", "endorsed", "called", "told", "asked", "met", "praised", "support",
          "supported", "backing", "backed", "that" -> true;
      default -> false;
    };
  }

  boolean insideQuote(int at) {
    List<QuoteSpan> quotes = scan.quotes();
    int lo = 0;
    int hi = quotes.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      QuoteSpan q = quotes.get(mid);
      if (at < q.start()) {
        hi = mid - 1;
      } else if (at >= q.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static int lowerBound(int[] a, int key) {
    int i = Arrays.binarySearch(a, key);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && a[i - 1] == key) {
      i--;
    }
    return i;
  }

  private static int upperBound(int[] a, int key) {
    int i = Arrays.binarySearch(a, key);
    if (i < 0) {
      return -i - 1;
    }
    while (i < a.length && a[i] == key) {
      i++;
    }
    return i;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
