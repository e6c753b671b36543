package io.github.lede.extract.quotes;

import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.Person;
import io.github.lede.model.Quote;
import io.github.lede.model.SpeakerKind;
import io.github.lede.extract.people.ArticlePeople;
import io.github.lede.text.ArticleTokens;
import io.github.lede.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every direct quote in an article's headline, captions and body, with its speaker. Quotes come from a
 * one-pass scanner ({@link QuoteScanner}); speakers from the clause around each quote ({@link Attribution})
 * read against the people the article names ({@link Speakers}). A quote that opens its sentence with nothing
 * to attribute it keeps the speaker of the quote just before, in its own or the previous paragraph (the way
 * news runs one speaker's quotes on). No speaker rather than a wrong one: an unresolved pronoun or an unknown
 * source goes to the last step, {@link SpeakerRanker}: a linear model learned on PolNeAR's train split weighs
 * the people within reach (and nobody) and may leave the speaker null. Stateless and thread-safe; linear in
 * the article's length.
 */
public final class QuoteExtractor {
  /** The name of the last attribution step, the learned ranker, as explanations print it. */
  static final String RANKED = "ranked";

  private final SpeakerChooser chooser;

  /** The extractor with the shipped speaker ranker (read when a quote first needs it). */
  public QuoteExtractor() {
    this(null);
  }

  /** With another chooser for the last step; null for the shipped ranker. */
  QuoteExtractor(SpeakerChooser chooser) {
    this.chooser = chooser;
  }

  /**
   * The quotes of the headline, then of each caption, then of the body, each in text order, with speakers
   * among the people found (which is why the people come first).
   */
  public ArticleQuotes extract(Article article, ArticleTokens tokens, ArticlePeople found) {
    List<Person> people = found.people();
    List<Quote> out = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    Genders genders = null;
    int fields = tokens.captions() + 2;
    for (int t = 0; t < fields; t++) {
      ArticleField field = t == 0 ? ArticleField.HEADLINE : t == fields - 1 ? ArticleField.BODY
          : ArticleField.CAPTION;
      int index = field == ArticleField.CAPTION ? t - 1 : 0;
      Tokens text = tokens.of(field, index);
      QuoteScanner.Scan scan = QuoteScanner.scan(text.text(), field == ArticleField.HEADLINE);
      if (scan.quotes().isEmpty()) {
        continue;
      }
      if (genders == null) {
        genders = Genders.of(article, people);
      }
      field(text, field, index, scan, new Speakers(text, field, index, people, genders, scan), out, reasons);
    }
    return new ArticleQuotes(out, reasons);
  }

  /** The person a sentence's subject names, or null when it names none (a thing, an office, nobody). */
  private static Speaker person(Speakers speakers, SpeakerPhrase subject, Speaker previous,
      int previousParagraph) {
    Speaker named = subject == null ? null : speakers.resolve(subject, null, previous, previousParagraph);
    return named != null && named.kind() == SpeakerKind.PERSON ? named : null;
  }

  private void field(Tokens text, ArticleField field, int index, QuoteScanner.Scan scan, Speakers speakers,
      List<Quote> out, List<String> reasons) {
    List<QuoteSpan> quotes = scan.quotes();
    SpeakerPhrase[] found = new SpeakerPhrase[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      found[i] = Attribution.find(text, quotes, i, field == ArticleField.HEADLINE);
    }
    Speaker previous = null;
    String previousWritten = null;
    int previousParagraph = Integer.MIN_VALUE / 2;
    int i = 0;
    while (i < quotes.size()) {
      int last = i;
      while (last + 1 < quotes.size() && Statements.join(text, quotes, found, last)) {
        last++;
      }
      SpeakerPhrase attribution = null;
      for (int k = i; k <= last && attribution == null; k++) {
        attribution = found[k].hasPhrase() ? found[k] : null;
      }
      QuoteSpan first = quotes.get(i);
      Speaker speaker = null;
      String written = null;
      String why = null;
      if (attribution != null) {
        SpeakerPhrase lead = "he".equals(attribution.pronoun()) || "she".equals(attribution.pronoun())
            ? Attribution.leadSpeaker(text, quotes, i) : null;
        speaker = speakers.resolve(attribution, lead, previous, previousParagraph);
        written = attribution.written(text.text());
        why = attribution.step() + (speaker == null ? "; unresolved" : "; " + speaker.how());
      } else if (found[i].opensSentence() && previous != null && first.openParagraph() - previousParagraph <= 1) {
        // the quotes of one speaker run on, unless a sentence about someone else comes between
        SpeakerPhrase other = Attribution.subjectBefore(text, quotes, i);
        Speaker named = person(speakers, other, previous, previousParagraph);
        boolean someoneElse = named != null && !named.same(previous);
        speaker = someoneElse ? named : previous;
        written = someoneElse ? other.written(text.text()) : previousWritten;
        why = someoneElse ? "subject of the sentence before; " + named.how() : "runs on from the quote before";
      }
      QuoteSpan end = quotes.get(last);
      if (speaker == null && i == last && !found[i].opensSentence() && Titles.isTitle(first.text())) {
        // “Squawk Box”, “Thelma and Louise”: the name of a show, a book or a campaign, which nobody said
        i = last + 1;
        continue;
      }
      if (speaker == null && attribution == null && !found[i].opensSentence()) {
        // a partial quote in a sentence about a person: "Hoover estimated that there are “...”"
        SpeakerPhrase subject = Attribution.sentenceSubject(text, quotes, i);
        speaker = person(speakers, subject, previous, previousParagraph);
        written = speaker == null ? null : subject.written(text.text());
        why = speaker == null ? null : "subject of its sentence; " + speaker.how();
      }
      if (speaker == null) {
        // the rules found no one they can stand by: the learned ranker weighs who is within reach, nobody included
        SpeakerCandidate chosen = (chooser != null ? chooser : SpeakerRanker.shipped()).choose(first,
            SpeakerCandidates.of(speakers, first, found[i].opensSentence(), previous, previousParagraph));
        if (chosen != null && !chosen.isNobody()) {
          speaker = chosen.speaker();
          written = null;
          why = RANKED + "; " + chosen.what();
        }
      }
      out.add(new Quote(Statements.text(quotes, i, last), speaker == null ? null : speaker.name(),
          speaker == null ? SpeakerKind.NONE : speaker.kind(), speaker == null ? null : written, field, index,
          first.start(), end.end()));
      reasons.add(speaker == null ? "no speaker" : why);
      if (speaker != null) {
        // a ranked speaker counts as the speaker before too: on held-back train that won (0.889 against 0.885)
        previous = speaker;
        previousWritten = written;
        previousParagraph = end.closeParagraph();
      }
      i = last + 1;
    }
  }
}
