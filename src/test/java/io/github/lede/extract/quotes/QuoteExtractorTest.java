package io.github.lede.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Articles;
import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.Quote;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SpeakerKind;
import io.github.lede.text.ArticleTokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each form of quote and attribution, on articles written for the test. */
class QuoteExtractorTest {
  private static List<Quote> quotes(String body) {
    return Articles.extractVerbatim(RawArticle.ofText(body), null).quotes();
  }

  private static Quote only(String body) {
    List<Quote> q = quotes(body);
    assertEquals(1, q.size(), q.toString());
    return q.get(0);
  }

  private static void said(String body, String text, String speaker, SpeakerKind kind) {
    Quote q = only(body);
    assertEquals(text, q.text(), body);
    assertEquals(speaker, q.speaker(), body);
    assertEquals(kind, q.speakerKind(), body);
    assertEquals(text, body.substring(q.start(), q.end()), "offsets point at the quoted words");
  }

  @Test
  void speakerAfterTheQuote() {
    said("Mayor Jane Doe toured the site.\n\n\"We will rebuild,\" Doe said.", "We will rebuild,", "Jane Doe",
        SpeakerKind.PERSON);
    said("Mayor Jane Doe toured the site.\n\n\"We will rebuild,\" said Jane Doe, who took office in May.",
        "We will rebuild,", "Jane Doe", SpeakerKind.PERSON);
    said("Jane Doe toured the site.\n\n“We will rebuild,” Doe, a former engineer, told reporters on Monday.",
        "We will rebuild,", "Jane Doe", SpeakerKind.PERSON);
  }

  @Test
  void speakerBeforeTheQuote() {
    said("Jane Doe addressed the crowd. Doe said: \"We will rebuild.\"", "We will rebuild.", "Jane Doe",
        SpeakerKind.PERSON);
    said("Jane Doe addressed the crowd. Doe told reporters \"we will rebuild.\"", "we will rebuild.", "Jane Doe",
        SpeakerKind.PERSON);
    said("Jane Doe wrote on her blog, \"We will rebuild.\"", "We will rebuild.", "Jane Doe", SpeakerKind.PERSON);
  }

  @Test
  void accordingToAndOtherVerbs() {
    said("The bridge was \"beyond repair,\" according to Jane Doe, the town engineer.", "beyond repair,",
        "Jane Doe", SpeakerKind.PERSON);
    said("Jane Doe spoke first. \"It will take a year,\" Doe added.", "It will take a year,", "Jane Doe",
        SpeakerKind.PERSON);
    said("Jane Doe spoke first. \"Why now?\" Doe asked.", "Why now?", "Jane Doe", SpeakerKind.PERSON);
  }

  @Test
  void partialQuoteInsideASentence() {
    said("In a statement, the foreign ministry condemned the launch as a \"grave provocation\" and a breach of "
        + "law.", "grave provocation", "the foreign ministry", SpeakerKind.OTHER);
    said("The White House said it supported \"any effort to ease the suffering\" of the families.",
        "any effort to ease the suffering", "the White House", SpeakerKind.OTHER);
  }

  @Test
  void nonPersonSpeakersAreKeptAsWritten() {
    said("Storms hit the coast.\n\n\"Crews are on the way,\" the governor's office said in a statement.",
        "Crews are on the way,", "the governor's office", SpeakerKind.OTHER);
    said("\"The enemy will pay,\" North Korean state media reported.", "The enemy will pay,",
        "North Korean state media", SpeakerKind.OTHER);
  }

  @Test
  void pronounGoesToTheMostRecentFittingPerson() {
    String body = "Ms. Ana Lopez met Mr. Tom Reed on Monday.\n\n\"We agreed on nothing,\" she said.\n\n"
        + "\"It was a long day,\" he said.";
    List<Quote> q = quotes(body);
    assertEquals(List.of("Ana Lopez", "Tom Reed"), q.stream().map(Quote::speaker).toList());
    // a name in an object's place is passed over: the speaker is the subject
    Quote subject = only("Tom Reed, who served under Ana Lopez, spoke last.\n\n\"I disagree,\" he said.");
    assertEquals("Tom Reed", subject.speaker());
  }

  @Test
  void pronounAfterAReportedSentenceGoesToWhoReported() {
    String body = "Mike Pence spoke in Ohio.\n\nPence said Donald Trump would release his returns later.\n\n"
        + "\"I will release mine next week,\" he said.";
    assertEquals("Mike Pence", only(body).speaker());
  }

  @Test
  void unresolvablePronounGivesNoSpeaker() {
    Quote q = only("The meeting ended late.\n\n\"We agreed on nothing,\" she said.");
    assertNull(q.speaker());
    assertEquals(SpeakerKind.NONE, q.speakerKind());
  }

  @Test
  void unattributedParagraphAfterAnAttributedOneKeepsItsSpeaker() {
    String body = "Jane Doe spoke first.\n\n\"We will rebuild,\" Doe said.\n\n\"It will take a year.\"\n\n"
        + "Traffic was diverted.\n\n\"Nobody knows,\" a resident said.";
    List<Quote> q = quotes(body);
    assertEquals(List.of("Jane Doe", "Jane Doe", "a resident"), q.stream().map(Quote::speaker).toList());
  }

  @Test
  void quoteOverSeveralParagraphsIsOneQuote() {
    String body = "Jane Doe spoke.\n\n\"We will rebuild the bridge.\n\n\"And we will do it this year,\" Doe said.";
    Quote q = only(body);
    assertEquals("We will rebuild the bridge.\n\nAnd we will do it this year,", q.text());
    assertEquals("Jane Doe", q.speaker());
    assertEquals(body.indexOf("We will"), q.start());
    assertEquals(body.indexOf(",\" Doe") + 1, q.end());
  }

  @Test
  void statementBrokenByItsAttributionIsOneQuote() {
    String body = "Jane Doe spoke.\n\n\"My hope,\" Doe said, \"is that we finish by May.\"";
    Quote q = only(body);
    assertEquals("My hope, … is that we finish by May.", q.text());
    assertEquals("Jane Doe", q.speaker());
  }

  @Test
  void singleQuotesNestInsideDoubleOnes() {
    Quote q = only("Jane Doe spoke.\n\n“He told me, ‘never again,’ and left,” Doe said.");
    assertEquals("He told me, ‘never again,’ and left,", q.text());
    assertEquals("Jane Doe", q.speaker());
  }

  @Test
  void headlinesAndCaptionsHaveQuotesToo() {
    Article a = Articles.extract(RawArticle.builder("Doe spoke to the council on Monday about the bridge.")
        .headline("Jane Doe: 'We will rebuild the bridge'").build(), null);
    Quote q = a.quotes().get(0);
    assertEquals(ArticleField.HEADLINE, q.field());
    assertEquals("We will rebuild the bridge", q.text());
    assertEquals("Jane Doe", q.speaker());
  }

  @Test
  void unbalancedMarkAtTheEndSwallowsNothing() {
    String body = "\"We will rebuild,\" Jane Doe said.\n\nThe council meets in May.\n\nDoe later added: \"It will "
        + "take a year\n\nThe bridge closed in 2023.\n\nTraffic was diverted.";
    List<Quote> q = quotes(body);
    assertEquals(2, q.size(), q.toString());
    assertEquals("It will take a year", q.get(1).text());
    assertEquals("Jane Doe", q.get(1).speaker());
    // an opening mark on the very last line ends with that line
    Quote last = quotes("The council met.\n\nShe wrote \"see you").get(0);
    assertEquals("see you", last.text());
  }

  @Test
  void tenMegabytesOfHostileTextFinish() {
    StringBuilder sb = new StringBuilder(10_000_000);
    String[] pieces = {"\"", "“", "”", "'", " said ", "Mr. ", ", ", "\n\n", "according to ", "he ", "Jane Doe "};
    java.util.Random random = new java.util.Random(7);
    while (sb.length() < 10_000_000) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    List<Quote> q = quotes(Article.builder("x", "", sb.toString()).build());
    assertTrue(q.size() > 1000);
    String one = "\"" + "a".repeat(10_000_000);
    assertEquals(1, quotes(Article.builder("y", "", one).build()).size());
  }

  /** The quotes of an article with its people found first, as extraction does. */
  private static List<Quote> quotes(Article a) {
    ArticleTokens tokens = ArticleTokens.of(a);
    return new QuoteExtractor().extract(a, tokens, new PeopleExtractor().extract(a, tokens)).quotes();
  }
}
