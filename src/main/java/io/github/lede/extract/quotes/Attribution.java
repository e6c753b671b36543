package io.github.lede.extract.quotes;

import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;
import java.util.List;

/**
 * Finds the phrase a quote is attributed to, in the sentence around it, by the named steps of
 * {@link AttributionStep} in their order; reads the phrases the steps look for (before a verb of speech, a
 * sentence's subject). {@link #sentenceSubject} is a last resort the caller applies to a partial quote nothing
 * else attributes. Reading is bounded to {@link #WINDOW} characters each side, so the work per quote is
 * constant.
 */
final class Attribution {
  /** How far to read before a quote's opening mark and after its closing mark. */
  static final int WINDOW = 400;
  /** Tokens after the speaker's phrase in a sentence whose attribution the next quote takes: "said on Tuesday." */
  static final int MAX_LEAD_TAIL = 4;
  /** Tokens from a speech noun to the quote it owns: "Trump's claim that there have been “...”". */
  private static final int MAX_SPEECH_NOUN_REACH = 12;
  /** A sentence subject longer than this is a description, not a name to attribute a quote to. */
  private static final int MAX_SUBJECT_WORDS = 5;

  private Attribution() {}

  /**
   * The phrase quote {@code qi} is attributed to, by the first {@link AttributionStep} that finds one, or a
   * phrase that {@link SpeakerPhrase#hasPhrase has none}.
   */
  static SpeakerPhrase find(Tokens text, List<QuoteSpan> quotes, int qi, boolean headline) {
    AttributionStep.Reading r = new AttributionStep.Reading(text, quotes, qi, headline);
    for (AttributionStep step : AttributionStep.ORDER) {
      SpeakerPhrase p = step.find(r);
      if (p != null) {
        return p.by(step.label());
      }
    }
    return new SpeakerPhrase(-1, -1, null, r.opens, -1);
  }

  /**
   * The phrase {@code np} of tokens {@code t} as a finding. {@code quoteFollows}: the tokens run up to the
   * quote's opening mark, so a part after the name that reaches it belongs to the sentence ("According to
   * Venkataraman, the snails' timing “...”"), not to the speaker as written.
   */
  static SpeakerPhrase found(List<WindowToken> t, NounPhrases.Np np, boolean opens, int attributionEnd,
      boolean quoteFollows) {
    WindowToken a = t.get(np.from());
    WindowToken b = t.get(np.to());
    String pronoun = np.from() == np.to() ? NounPhrases.pronoun(a) : null;
    if (pronoun != null) {
      return new SpeakerPhrase(a.start, b.end, pronoun, opens, attributionEnd);
    }
    int end = WrittenSpeakers.end(t, np);
    if (quoteFollows && end == t.size() - 1 && end > np.to()) {
      end = np.to();
    }
    return new SpeakerPhrase(a.start, b.end, null, opens, attributionEnd, t.get(WrittenSpeakers.start(t, np)).start,
        t.get(end).end);
  }

  static boolean isDash(WindowToken t) {
    return t.is('—') || t.is('–') || t.is('―') || t.is('-');
  }

  static NounPhrases.Np beforeQuote(List<WindowToken> t, boolean headline) {
    int n = t.size();
    if (n == 0) {
      return null;
    }
    // "Said Ellis: “...”", "Said Dorothy Poynter, who grew up with him, “...”"
    if (n >= 3 && t.get(0).capitalised && t.get(0).inAny(WindowToken.ATTRIBUTING)
        && (t.get(n - 1).is(':') || t.get(n - 1).is(','))) {
      NounPhrases.Np np = NounPhrases.after(t, 1);
      if (np != null && (np.to() == n - 2 || t.get(np.to() + 1).is(',') && WrittenSpeakers.end(t, np) == n - 2)) {
        return np;
      }
    }
    for (int v = n - 1; v >= 0; v--) {
      WindowToken x = t.get(v);
      if (!x.isWord() || x.in(WordList.NOUN_LIKE_VERBS) && v + 1 < n && t.get(v + 1).key.equals("as")) {
        continue;
      }
      if (v >= 2 && v + 1 < n && n - v <= MAX_SPEECH_NOUN_REACH && x.in(WordList.SPEECH_NOUNS)
          && t.get(v - 1).isPossessive() && (t.get(v + 1).key.equals("that") || t.get(v + 1).key.equals("to"))
          && !reportedBefore(t, v - 1, headline)) {
        // "Trump's claim that there have been “...”": the owner of the words, unless someone else's verb
        // reports on them ("Ryan said Obama's claim that ...")
        NounPhrases.Np owner = NounPhrases.walkBack(t, v - 2, 0);
        if (owner != null && t.get(owner.to()).capitalised) {
          return owner;
        }
      }
      if (x.key.equals("according") && v + 1 < n && t.get(v + 1).key.equals("to")) {
        NounPhrases.Np np = NounPhrases.after(t, v + 2);
        if (np != null) {
          return np;
        }
      } else if (!x.capitalised && x.in(WordList.SPEECH_PARTICIPLES)) {
        // "with Trump reportedly yelling: ...": the participle's own subject; else the sentence's
        NounPhrases.Np own = NounPhrases.before(t, v, 0);
        if (own != null && own.reach() > 0 && t.get(own.reach() - 1).key.equals("with")) {
          return own;
        }
        NounPhrases.Np np = subject(t, v);
        if (np != null) {
          return np;
        }
      } else if (isSpeechVerb(x, headline) || !x.capitalised && x.in(WordList.CHARACTERISING_VERBS)
          || x.key.equals("put") && v + 1 < n && t.get(v + 1).key.equals("it")) {
        // "Pruett voted for the bill but called it ...": a second verb of the sentence's subject
        boolean coordinated = v > 0 && (t.get(v - 1).key.equals("and") || t.get(v - 1).key.equals("but")
            || t.get(v - 1).key.equals("to"));
        NounPhrases.Np np = coordinated ? subject(t, v) : NounPhrases.before(t, v, 0);
        if (np != null) {
          return np;
        }
      }
    }
    if (n >= 2 && t.get(n - 1).is(':')) {
      // A headline's "Kim: “We will win”", a digest's "- Philip Bump: “...”", "More from Jones: “...”": a name
      // and a colon.
      NounPhrases.Np np = NounPhrases.walkBack(t, n - 2, 0);
      if (np != null && t.get(np.to()).capitalised && (np.from() == 0 || isDash(t.get(np.from() - 1))
          || t.get(np.from() - 1).key.equals("from"))) {
        return np;
      }
      // "Perez lobbies for a higher minimum wage: “...”": the sentence that announces the quote names its speaker.
      return subject(t, n - 1);
    }
    return null;
  }

  /**
   * The subject of the sentence, for a participle ("On Friday, the ministry said ..., calling it “...”"):
   * the phrase from the start (after an opening scene such as "In a statement,") up to its first verb.
   */
  static NounPhrases.Np subject(List<WindowToken> t, int limit) {
    int i = 0;
    WindowToken f = t.isEmpty() ? null : t.get(0);
    if (f != null && f.isWord() && (f.in(WordList.SCENE_OPENERS) || f.key.endsWith("ly"))) {
      int c = 1;
      while (c < Math.min(limit, 20) && !t.get(c).is(',') && t.get(c).kind != WindowToken.Kind.QUOTE) {
        c++;
      }
      // "On “Face the Nation,” Sanders said": the comma may stand inside the quoted name
      boolean quotedEnd = c + 1 < limit && t.get(c).kind == WindowToken.Kind.QUOTE && t.get(c + 1).capitalised;
      if (c >= limit || !t.get(c).is(',') && !quotedEnd) {
        return null;
      }
      i = c + 1;
    }
    int verb = i;
    while (verb < limit && !NounPhrases.isVerbLike(t.get(verb)) && t.get(verb).kind != WindowToken.Kind.QUOTE) {
      if (t.get(verb).is(',') && verb + 1 < limit && t.get(verb + 1).in(WordList.RELATIVES)) {
        // "Sanders, who lost the primaries to Clinton, identified ...": the relative's verb is not the sentence's
        int close = verb + 2;
        while (close < limit && !t.get(close).is(',') && t.get(close).kind != WindowToken.Kind.QUOTE) {
          close++;
        }
        verb = close + 1;
        continue;
      }
      verb++;
    }
    if (verb >= limit || verb == i || !NounPhrases.isVerbLike(t.get(verb))) {
      return null;
    }
    NounPhrases.Np np = NounPhrases.before(t, verb, i);
    // "Hours later, Trump returned ...": an opening phrase the word lists do not know, closed by a comma
    return np != null && (np.reach() == i || np.reach() - 1 > i && t.get(np.reach() - 1).is(',')) ? np : null;
  }

  /** Whether a verb of speech or characterisation stands before token {@code end}. */
  private static boolean reportedBefore(List<WindowToken> t, int end, boolean headline) {
    for (int i = 0; i < end; i++) {
      WindowToken x = t.get(i);
      if (isSpeechVerb(x, headline) || !x.capitalised && x.in(WordList.CHARACTERISING_VERBS)) {
        return true;
      }
    }
    return false;
  }

  static boolean isSpeechVerb(WindowToken t, boolean headline) {
    if (!t.isWord()) {
      return false;
    }
    if (t.capitalised) {
      return headline && t.in(WordList.HEADLINE_SPEECH_VERBS) || t.key.equals("tweeted");
    }
    return t.inAny(WindowToken.ATTRIBUTING);
  }

  /**
   * The subject of the sentence a quote stands inside, when it is a short capitalised phrase: "Hoover
   * estimated that there are “...”", "Sanders has consistently pushed his promise of “...”". The caller
   * takes it only when nothing else attributes the quote and it names a person. Null when the quote opens
   * its sentence or the sentence has no subject and verb before it.
   */
  static SpeakerPhrase sentenceSubject(Tokens text, List<QuoteSpan> quotes, int qi) {
    String s = text.text();
    QuoteSpan q = quotes.get(qi);
    int sentence = Sentences.sentenceStart(text, quotes, qi);
    return subjectBetween(text, quotes, qi, sentence, q.open(), true);
  }

  /**
   * For a quote that opens its sentence inside a paragraph: the subject of the sentence before ("Sanders ...
   * identified young voters' exhaustion as a reason. “The younger people are ...”"). Null at a paragraph's
   * start.
   */
  static SpeakerPhrase subjectBefore(Tokens text, List<QuoteSpan> quotes, int qi) {
    String s = text.text();
    int sentence = Sentences.sentenceStart(text, quotes, qi);
    while (sentence < quotes.get(qi).open() && Marks.isSpace(s.charAt(sentence))) {
      sentence++;
    }
    if (sentence == 0 || s.charAt(sentence - 1) == '\n') {
      return null;
    }
    int end = Sentences.endBefore(s, sentence);
    return subjectBetween(text, quotes, qi, Sentences.sentenceStart(text, end, quotes, qi), end, false);
  }

  private static SpeakerPhrase subjectBetween(Tokens text, List<QuoteSpan> quotes, int qi, int from, int to,
      boolean quoteFollows) {
    String s = text.text();
    List<WindowToken> t = Windows.of(text, from, to, quotes, Sentences.firstQuoteFrom(quotes, qi, from));
    NounPhrases.Np np = t.isEmpty() ? null : subject(t, t.size());
    if (np == null || !t.get(np.from()).capitalised || np.to() - np.from() >= MAX_SUBJECT_WORDS) {
      return null;
    }
    return found(t, np, false, -1, quoteFollows);
  }

  /**
   * The subject of the first sentence of the paragraph starting at {@code from}, if that sentence ends before
   * {@code before}: the antecedent of a "they" or "it" that no quote before explains.
   */
  static SpeakerPhrase paragraphSubject(Tokens text, int from, int before) {
    String s = text.text();
    int to = Math.min(Math.min(before, s.length()), from + WINDOW);
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        to = i;
        break;
      }
    }
    List<WindowToken> t = Windows.of(text, from, to, List.of(), 0);
    int end = 0;
    while (end < t.size() && !t.get(end).is('.') && t.get(end).kind != WindowToken.Kind.QUOTE && !t.get(end).is('"')
        && !t.get(end).is('“')) {
      end++;
    }
    NounPhrases.Np np = subject(t, end);
    if (np == null) {
      return null;
    }
    WindowToken a = t.get(np.from());
    String pronoun = np.from() == np.to() && a.in(WordList.PRONOUNS) ? a.key : null;
    return pronoun != null ? null : new SpeakerPhrase(a.start, t.get(np.to()).end, null, false, -1);
  }

  /**
   * Who speaks in the sentence before the quote's own (in its paragraph or the one before): "Pence said Trump
   * would wait." before "“...,” he said" makes Pence the likeliest "he". Null when that sentence has no verb
   * of speech with a subject. The result's {@code attributionEnd} is where that sentence ends.
   */
  static SpeakerPhrase leadSpeaker(Tokens text, List<QuoteSpan> quotes, int qi) {
    String s = text.text();
    QuoteSpan q = quotes.get(qi);
    int end = Sentences.endBefore(s, Sentences.sentenceStart(text, quotes, qi));
    if (end <= 0 || q.open() - end > WINDOW) {
      return null;
    }
    int start = Sentences.sentenceStart(text, end, quotes, qi);
    List<WindowToken> lead = Windows.of(text, start, end, quotes, Sentences.firstQuoteFrom(quotes, qi, start));
    NounPhrases.Np np = beforeQuote(lead, false);
    return np == null ? null : new SpeakerPhrase(lead.get(np.from()).start, lead.get(np.to()).end, null, false, end);
  }
}
