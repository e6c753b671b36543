package io.github.lede.extract.quotes;

import io.github.lede.model.SpeakerKind;
import io.github.lede.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The speakers within reach of a quote the attribution rules left without one, each with the features the
 * {@link SpeakerRanker} weighs: the people named in its paragraph and the one before (before the quote) or
 * after it in its paragraph, and the speaker of the quote before. A person counts once, at the mention
 * nearest the quote. The last candidate is always nobody. Work is bounded: at most {@link #BEFORE} mentions
 * back and {@link #AFTER} forward, and {@link #SCAN} characters read for sentence ends.
 */
final class SpeakerCandidates {
  private static final int BEFORE = 30;
  private static final int AFTER = 6;
  /** How far after the quote a mention may stand, in its paragraph. */
  private static final int AFTER_REACH = 300;
  private static final int SCAN = 1500;

  private SpeakerCandidates() {}

  static List<SpeakerCandidate> of(Speakers speakers, QuoteSpan q, boolean opensSentence, Speaker previous,
      int previousParagraph) {
    QuoteScanner.Scan scan = speakers.scan();
    String text = speakers.text();
    List<SpeakerCandidate> out = new ArrayList<>();
    List<Integer> seen = new ArrayList<>();
    String quoteKind = opensSentence ? "opens" : "inside";
    int paragraph = q.openParagraph();
    int firstParagraph = scan.paragraphStarts()[Math.max(0, paragraph - 1)];
    int k = speakers.lastMentionBefore(q.open());
    for (int n = 0; k >= 0 && n < BEFORE && speakers.mentionStart(k) >= firstParagraph; k--, n++) {
      if (!speakers.insideQuote(speakers.mentionStart(k)) && !seen.contains(speakers.owner(k))) {
        seen.add(speakers.owner(k));
        out.add(mention(speakers, k, q, true, seen.size() - 1, quoteKind, previous));
      }
    }
    int after = seen.size();
    k = speakers.lastMentionBefore(q.close()) + 1;
    int limit = q.close() + AFTER_REACH;
    for (int n = 0; k < speakers.mentions() && n < AFTER && speakers.mentionStart(k) < limit
        && scan.paragraphOf(speakers.mentionStart(k)) == q.closeParagraph(); k++, n++) {
      if (speakers.mentionStart(k) >= q.close() && !speakers.insideQuote(speakers.mentionStart(k))
          && !seen.contains(speakers.owner(k))) {
        seen.add(speakers.owner(k));
        out.add(mention(speakers, k, q, false, seen.size() - 1 - after, quoteKind, previous));
      }
    }
    boolean previousNear = previous != null && paragraph - previousParagraph <= 2;
    if (previousNear && out.stream().noneMatch(c -> c.speaker().same(previous))) {
      String kind = previous.kind() == SpeakerKind.PERSON ? "previous person" : "previous source";
      out.add(new SpeakerCandidate(previous, new String[] {"kind=" + kind, "kind=" + kind + "&" + quoteKind,
          "prevpara=" + (paragraph - previousParagraph), "prevpara=" + (paragraph - previousParagraph) + "&" + quoteKind},
          kind));
    }
    out.add(new SpeakerCandidate(null, new String[] {"nobody", "nobody&" + quoteKind,
        "nobody&n=" + Math.min(out.size(), 4), "nobody&prev=" + previousNear}, "nobody"));
    return out;
  }

  private static SpeakerCandidate mention(Speakers speakers, int k, QuoteSpan q, boolean before, int rank,
      String quoteKind, Speaker previous) {
    String text = speakers.text();
    int start = speakers.mentionStart(k);
    int end = speakers.mentionEnd(k);
    Speaker who = speakers.person(speakers.owner(k));
    String side = before ? "B" : "A";
    int paragraphs = q.openParagraph() - speakers.scan().paragraphOf(start);
    int sentences = before ? sentenceEnds(text, end, q.open()) : sentenceEnds(text, q.close(), start);
    int distance = before ? q.open() - end : start - q.close();
    List<String> f = new ArrayList<>();
    f.add("side=" + side);
    f.add("side=" + side + "&" + quoteKind);
    f.add("para=" + Math.min(paragraphs, 2) + "&" + side);
    f.add("sent=" + Math.min(sentences, 3) + "&" + side);
    f.add("sent=" + Math.min(sentences, 3) + "&" + side + "&" + quoteKind);
    f.add("dist=" + bucket(distance) + "&" + side);
    f.add("rank=" + Math.min(rank, 3) + "&" + side);
    f.add("rank=" + Math.min(rank, 3) + "&" + side + "&sent=" + Math.min(sentences, 2));
    if (speakers.isObject(start, end)) {
      f.add("object&" + side);
      f.add("object&" + side + "&sent=" + Math.min(sentences, 2));
    }
    if (opensSentence(text, start)) {
      f.add("subject&" + side);
      f.add("subject&" + side + "&sent=" + Math.min(sentences, 2) + "&" + quoteKind);
    }
    boolean verbAfter = speechWord(nextWord(text, end));
    boolean verbBefore = speechWord(previousWord(text, start));
    if (verbAfter) {
      f.add("verb-after&" + side + "&sent=" + Math.min(sentences, 2));
    }
    if (verbBefore) {
      f.add("verb-before&" + side + "&sent=" + Math.min(sentences, 2));
    }
    boolean isPrevious = who.same(previous);
    if (isPrevious) {
      f.add("previous");
      f.add("previous&" + quoteKind);
      f.add("previous&sent=" + Math.min(sentences, 3));
    }
    f.add("mentions=" + Math.min(speakers.mentionsOf(speakers.owner(k)), 4));
    String what = (before ? "mention before" : "mention after") + ", " + (sentences == 0 ? "same sentence"
        : sentences + " sentence" + (sentences == 1 ? "" : "s") + " away") + (verbAfter || verbBefore
        ? ", with a verb of speech" : "") + (isPrevious ? ", the speaker before" : "");
    return new SpeakerCandidate(who, f.toArray(new String[0]), what);
  }

  /** Sentence ends between two offsets: a stop, question or exclamation mark before a space. */
  static int sentenceEnds(String text, int from, int to) {
    int n = 0;
    for (int i = Math.max(0, from); i + 1 < Math.min(to, from + SCAN); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && Marks.isSpace(text.charAt(i + 1))) {
        n++;
      }
    }
    return n;
  }

  private static int bucket(int distance) {
    return 32 - Integer.numberOfLeadingZeros(Math.max(0, distance) / 16);
  }

  /** The mention opens a sentence or a paragraph: the subject's place. */
  private static boolean opensSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '”' || text.charAt(i) == '"';
  }

  private static boolean speechWord(String word) {
    return !word.isEmpty() && (Lexicon.of(word) & WindowToken.ATTRIBUTING) != 0;
  }

  private static String nextWord(String text, int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
      i++;
    }
    int j = i;
    while (j < text.length() && j - i < 20 && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j).toLowerCase(Locale.ROOT);
  }

  private static String previousWord(String text, int at) {
    int j = at;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    int i = j;
    while (i > 0 && j - i < 20 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return text.substring(i, j).toLowerCase(Locale.ROOT);
  }
}
