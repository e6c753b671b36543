package io.github.lede.extract.people;

import io.github.lede.text.WordList;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import java.util.ArrayList;
import java.util.List;

/** The mentions of one person in one article, growing as the article is read. */
final class PersonGroup {
  final List<Candidate> mentions = new ArrayList<>();
  /** The keys of every word of every mention: "vladimir", "putin". */
  private String[] words = new String[4];
  private int wordCount;
  /** Order of the latest mention, to send an ambiguous surname to the person named last. */
  int lastSeen;
  /** Order of the first mention: people are listed in the order the article introduces them. */
  int firstOrder;

  /** The fullest mention so far, kept as mentions arrive so that asking costs nothing. */
  private Candidate canonical;
  /** Creation order among the article's people: the earlier one wins a tie. */
  final int index;

  PersonGroup(int index) {
    this.index = index;
  }

  /** Adds a mention; gives each word the person did not have before to {@code newWord}. */
  void add(Candidate c, int order, java.util.function.Consumer<String> newWord) {
    mentions.add(c);
    if (canonical == null || better(c, canonical)) {
      canonical = c;
    }
    for (int i = c.from; i < c.to; i++) {
      String key = c.tokens.key(i);
      if (addWord(key)) {
        newWord.accept(key);
      }
      // "al-Haddad" is also "Haddad" on later mention.
      if (NameFinder.isArabicArticleName(c.tokens, i)) {
        String bare = key.substring(key.indexOf('-') + 1);
        if (addWord(bare)) {
          newWord.accept(bare);
        }
      }
    }
    lastSeen = Math.max(lastSeen, order);
  }

  /** Whether one of this person's names has the word: a name has few words, so a scan is quick and small. */
  boolean hasWord(String key) {
    for (int i = 0; i < wordCount; i++) {
      if (words[i].equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The keys of every word of every mention, in the order they were met. */
  List<String> words() {
    return java.util.Arrays.asList(words).subList(0, wordCount);
  }

  private boolean addWord(String key) {
    if (hasWord(key)) {
      return false;
    }
    if (wordCount == words.length) {
      words = java.util.Arrays.copyOf(words, wordCount * 2);
    }
    words[wordCount++] = key;
    return true;
  }

  /** The fullest form: most words, written in mixed case when it ever is, the earliest on a tie. */
  Candidate canonical() {
    return canonical;
  }

  private static boolean better(Candidate a, Candidate b) {
    boolean aCaps = a.tokens.inCapsLine(a.first());
    boolean bCaps = b.tokens.inCapsLine(b.first());
    if (aCaps != bCaps) {
      return !aCaps;
    }
    return a.size() > b.size();
  }

  /** The first title or role given, without courtesy honorifics ("Mr.") which say nothing of a role. */
  String role() {
    for (Candidate c : mentions) {
      if (c.role != null && !WordList.COURTESY_TITLES.contains(c.role)) {
        return c.role;
      }
    }
    return null;
  }

  /** Why this is a person: the reason of the mention that was decided first. */
  String reason() {
    return mentions.get(0).reason;
  }

  /** The person, with the reason for each mention, in the mentions' order, added to {@code reasons}. */
  Person toPerson(List<String> reasons) {
    Candidate canonical = canonical();
    String name = canonical.tokens.inCapsLine(canonical.first()) ? titleCase(canonical.text()) : canonical.text();
    List<Mention> out = new ArrayList<>(mentions.size());
    List<Candidate> inOrder = new ArrayList<>(mentions);
    inOrder.sort(java.util.Comparator.comparingInt((Candidate c) -> fieldOrder(c.field))
        .thenComparingInt(c -> c.index).thenComparingInt(Candidate::start));
    for (Candidate c : inOrder) {
      out.add(new Mention(c.field, c.index, c.start(), c.end(), c.text()));
      // a run not decided alone is this person because the article names them elsewhere
      reasons.add(c.verdict == Candidate.Verdict.PERSON ? c.reason
          : "named elsewhere (" + reason() + "); alone: " + c.reason);
    }
    return new Person(name, role(), out);
  }

  /** Headline, then captions, then body: the order a reader meets them. */
  static int fieldOrder(io.github.lede.model.ArticleField f) {
    return switch (f) {
      case HEADLINE -> 0;
      case CAPTION -> 1;
      case BODY -> 2;
    };
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }
}
