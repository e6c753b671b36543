package io.github.lede.extract.quotes;

import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;
import java.util.List;
import java.util.Locale;

/**
 * The ways a quote is attributed, as named steps tried in this order (the declaration order); the first that
 * finds a speaker phrase wins and its name stays with the quote. Each step reads a {@link Reading} of the
 * quote's surroundings, so each can be tried on its own.
 */
enum AttributionStep {
  /**
   * After the quote, in the rest of its sentence ({@link AfterQuote}): {@code "...," X said}, {@code "...,"
   * said X}, {@code "...," according to X}, with appositions and adverbs ("Flynn, a top surrogate, also said").
   */
  AFTER_QUOTE {
    @Override
    SpeakerPhrase find(Reading r) {
      if (!r.q.closed()) {
        return null;
      }
      AfterQuote.Clause after = r.after();
      NounPhrases.Np np = AfterQuote.speaker(after, r.q, r.headline);
      return np == null ? null : Attribution.found(after.tokens(), np, r.opens, after.end(), false);
    }
  },
  /**
   * Before it in its sentence: {@code X said: "..."}, {@code X told reporters "..."}, a partial quote after a
   * verb of speech or characterisation ({@code X called the plan "a disaster"}), a participle ({@code ...,
   * calling it "unfair"}: the sentence's subject), {@code according to X, "..."}, or a headline's
   * {@code X: "..."}.
   */
  BEFORE_QUOTE {
    @Override
    SpeakerPhrase find(Reading r) {
      NounPhrases.Np np = Attribution.beforeQuote(r.before, r.headline);
      return np == null ? null : Attribution.found(r.before, np, r.opens, -1, true);
    }
  },
  /** "Bemoaning the “phony system,” Trump accused Holt ...": a sentence that opens with a participle. */
  SUBJECT_AFTER_PARTICIPLE {
    @Override
    SpeakerPhrase find(Reading r) {
      if (r.before.isEmpty() || !r.q.closed() || !r.before.get(0).in(WordList.SPEECH_PARTICIPLES)) {
        return null;
      }
      List<WindowToken> t = r.after().tokens();
      int k = t.isEmpty() || !t.get(0).is(',') ? 0 : 1;
      NounPhrases.Np subject = Attribution.subject(t.subList(k, t.size()), t.size() - k);
      return subject == null ? null : Attribution.found(t,
          new NounPhrases.Np(subject.from() + k, subject.to() + k, subject.reach() + k), r.opens, -1, false);
    }
  },
  /**
   * "..., Schiff said. “The other factor ...”": a quote that opens its sentence takes the speaker the sentence
   * before closes with.
   */
  SENTENCE_BEFORE {
    @Override
    SpeakerPhrase find(Reading r) {
      String s = r.text.text();
      if (!r.opens || r.sentence == 0 || s.charAt(r.sentence - 1) == '\n') {
        return null;
      }
      int end = Sentences.endBefore(s, r.sentence);
      int previous = Sentences.sentenceStart(r.text, end, r.quotes, r.qi);
      List<WindowToken> lead = Windows.of(r.text, previous, end, r.quotes, r.first);
      int lastQuote = -1;
      for (int i = 0; i < lead.size(); i++) {
        lastQuote = lead.get(i).kind == WindowToken.Kind.QUOTE ? i : lastQuote;
      }
      // after a quote of its own, only the attribution that closes it counts: "... about" climate, Axelrod said.
      List<WindowToken> tail = lead.subList(lastQuote + 1, lead.size());
      NounPhrases.Np np = Attribution.beforeQuote(tail, r.headline);
      // only a sentence that ends in its attribution ("..., Schiff said.", "Schiff added:") hands it on; "callers
      // asked how much he was paid." reports a question, which the next quote answers
      return np != null && tail.size() - 1 - np.to() <= Attribution.MAX_LEAD_TAIL
          ? Attribution.found(tail, np, true, -1, false) : null;
    }
  },
  /** A credit line under the quote's paragraph: "“...”" then "- Bernie Sanders.". */
  CREDIT_LINE {
    @Override
    SpeakerPhrase find(Reading r) {
      return r.q.closed() ? AfterQuote.creditLine(r.text, r.q.close()) : null;
    }
  },
  /** A paragraph that opens with the quote after one that ends in a colon: {@code He said:}. */
  COLON_LEAD {
    @Override
    SpeakerPhrase find(Reading r) {
      if (!r.opens || !Sentences.opensParagraph(r.text.text(), r.q.open())) {
        return null;
      }
      List<WindowToken> lead = Sentences.colonLead(r.text, r.q.open());
      NounPhrases.Np np = lead == null ? null : Attribution.beforeQuote(lead, r.headline);
      return np == null ? null : Attribution.found(lead, np, true, -1, false);
    }
  };

  static final AttributionStep[] ORDER = values();
  private static final String[] LABELS = new String[ORDER.length];

  static {
    for (AttributionStep s : ORDER) {
      LABELS[s.ordinal()] = s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The speaker phrase this step finds for the quote read, or null. */
  abstract SpeakerPhrase find(Reading r);

  /** The name printed for this step: "after-quote" (made once, as every quote keeps it). */
  String label() {
    return LABELS[ordinal()];
  }

  /**
   * A quote and what stands around it: its sentence's start, the tokens of the sentence before the quote,
   * whether the quote opens its sentence, and the clause after it (read once, when a step asks).
   */
  static final class Reading {
    final Tokens text;
    final List<QuoteSpan> quotes;
    final int qi;
    final QuoteSpan q;
    final boolean headline;
    final int sentence;
    final int first;
    final List<WindowToken> before;
    final boolean opens;
    private AfterQuote.Clause after;

    Reading(Tokens text, List<QuoteSpan> quotes, int qi, boolean headline) {
      this.text = text;
      this.quotes = quotes;
      this.qi = qi;
      this.q = quotes.get(qi);
      this.headline = headline;
      String s = text.text();
      int at = Sentences.sentenceStart(text, quotes, qi);
      while (at < q.open() && Marks.isSpace(s.charAt(at))) {
        at++;
      }
      this.sentence = at;
      this.first = Sentences.firstQuoteFrom(quotes, qi, at);
      this.before = Windows.of(text, at, q.open(), quotes, first);
      this.opens = before.isEmpty();
    }

    AfterQuote.Clause after() {
      if (after == null) {
        after = AfterQuote.clause(text, quotes, qi);
      }
      return after;
    }
  }
}
