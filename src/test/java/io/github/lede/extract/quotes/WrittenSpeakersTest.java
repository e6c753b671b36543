package io.github.lede.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.lede.Articles;
import io.github.lede.model.Quote;
import io.github.lede.model.RawArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaker as the article writes it, and the attribution forms that close a sentence after a quote. */
class WrittenSpeakersTest {
  private static Quote only(String body) {
    List<Quote> q = Articles.extractVerbatim(RawArticle.ofText(body), null).quotes();
    assertEquals(1, q.size(), q.toString());
    return q.get(0);
  }

  private static void written(String body, String speaker, String asWritten) {
    Quote q = only(body);
    assertEquals(speaker, q.speaker(), body);
    assertEquals(asWritten, q.speakerAsWritten(), body);
  }

  @Test
  void titlesPartyAndAppositionAfterTheName() {
    written("“This is a sad day,” said Rep. Amara Okafor (D-N.Y.), head of the Harbor Caucus. She left.",
        "Amara Okafor", "Rep. Amara Okafor (D-N.Y.), head of the Harbor Caucus");
    written("\"We were not consulted,\" Tomasz Wiśniewski, the mayor of Nowa Wieś, said on Monday.",
        "Tomasz Wiśniewski", "Tomasz Wiśniewski, the mayor of Nowa Wieś");
    written("\"Prices will fall,\" said Keiko Tanaka, who runs a fish stall in the old market.",
        "Keiko Tanaka", "Keiko Tanaka, who runs a fish stall in the old market");
  }

  @Test
  void anAgeAndATownWithItsStateStayTogether() {
    written("\"I drove six hours,\" said Lucia Ferreira, 34, of Springfield, Ill., who waited in line.",
        "Lucia Ferreira", "Lucia Ferreira, 34, of Springfield, Ill., who waited in line");
  }

  @Test
  void whatGoesOnWithTheSentenceIsNotPartOfIt() {
    written("\"We will appeal,\" said Omar Haddad, adding that the ruling was unfair.", "Omar Haddad",
        "Omar Haddad");
    written("\"We will appeal,\" said Omar Haddad, on Friday.", "Omar Haddad", "Omar Haddad");
    written("Omar Haddad spoke first. \"We will appeal,\" Haddad said.", "Omar Haddad", "Haddad");
  }

  @Test
  void aPronounIsNoWrittenSpeakerAndAContinuationKeepsTheWordsOfTheOneBefore() {
    List<Quote> q = Articles.extractVerbatim(RawArticle.ofText(
        "\"It is done,\" said council leader Priya Raman. \"We voted,\" she said.\n\n"
            + "\"Now we build.\"\n\n\"The money is there,\" said finance chief Dan Olsen."), null).quotes();
    assertEquals(4, q.size(), q.toString());
    assertEquals("council leader Priya Raman", q.get(0).speakerAsWritten());
    assertEquals("Priya Raman", q.get(1).speaker());
    assertNull(q.get(1).speakerAsWritten());
    assertEquals("Priya Raman", q.get(2).speaker());
    assertNull(q.get(2).speakerAsWritten(), "kept from the quote before, which named her by a pronoun");
    assertEquals("finance chief Dan Olsen", q.get(3).speakerAsWritten());
  }

  @Test
  void anInvertedAttributionClosingTheSentence() {
    written("Turnout was high. \"Many would call that a defeat\" if she won by less, said Ines Duarte, an analyst.",
        "Ines Duarte", "Ines Duarte, an analyst");
    written("The plan drew fire. \"A pause\" would be wise, council member Ravi Menon said after the vote.",
        "Ravi Menon", "council member Ravi Menon");
  }

  @Test
  void aSentenceOfItsOwnAfterAQuestionWhenTheVerbSetsAScene() {
    written("Ana Silva took the stage. \"Who will pay for it?\" Silva asked reporters at the rally.", "Ana Silva",
        "Silva");
    written("Ana Silva took the stage. \"Who will pay for it?\" Silva said to a crowd of 500.", "Ana Silva",
        "Silva");
  }

  @Test
  void aMiddleInitialIsNoArticle() {
    written("\"We will cooperate,\" agency counsel James A. Baker wrote in a letter.", "James A. Baker",
        "agency counsel James A. Baker");
  }

  @Test
  void saidOpeningTheSentenceWithAnApposition() {
    written("The museum opened. Said curator Dorothy Mensah, who grew up nearby, \"He was one of us.\"",
        "Dorothy Mensah", "curator Dorothy Mensah, who grew up nearby");
  }

  @Test
  void modifiersWithoutACommaAndAppositionsOpenedByAnAdverb() {
    Quote q = only("\"It will pass,\" said one longtime adviser to Governor Mia Lund.");
    assertEquals("one longtime adviser to Governor Mia Lund", q.speakerAsWritten());
    q = only("\"Nobody reads the fine print,\" said a shop owner who runs a stall in Leeds.");
    assertEquals("a shop owner who runs a stall in Leeds", q.speakerAsWritten());
    written("\"It was a gamble,\" said Hana Novak, now a partner at Kestrel Advisory.", "Hana Novak",
        "Hana Novak, now a partner at Kestrel Advisory");
    written("\"It was a gamble,\" said Hana Novak, Kestrel Advisory's founder.", "Hana Novak",
        "Hana Novak, Kestrel Advisory's founder");
  }

  @Test
  void aPartialQuoteInASentenceAboutAPersonIsTheirs() {
    written("Council leader Ngozi Adeyemi spoke on Monday. Adeyemi estimated that there are \"fewer than forty"
        + " families\" left in the valley.", "Ngozi Adeyemi", "Adeyemi");
    // a thing as the subject is no speaker: no speaker rather than a wrong one
    assertNull(only("The bridge was closed. The repair bill stood at \"a staggering sum\" by June.").speaker());
  }

  @Test
  void aCreditLineUnderTheQuote() {
    written("Here is what was said.\n\n\"We built the roads and we will build the schools.\"\n\n- Amaru Quispe.\n\n"
        + "The claim is mostly true.", "Amaru Quispe", "Amaru Quispe");
  }

  @Test
  void anAdjectiveInTheSpeakersPhraseAndAListenerAfterTold() {
    Quote q = only("\"There is no data to suggest that,\" said one unaligned Ohio strategist.");
    assertEquals("one unaligned Ohio strategist", q.speaker());
    written("Mei Lin took questions. \"We will not go.\" Lin told Harbour Radio in an interview.", "Mei Lin", "Lin");
  }

  @Test
  void aSentenceAboutSomeoneElseBetweenQuotesEndsTheRunOfTheFirstSpeaker() {
    List<Quote> q = Articles.extractVerbatim(RawArticle.ofText(
        "\"We will not back down,\" Governor Ilse Brandt said on Radio North.\n\n"
            + "On \"Morning Call,\" Senator Kofi Mensah, who lost the primary to Brandt, named housing as the"
            + " reason voters stayed home. \"People cannot pay the rent.\""), null).quotes();
    assertEquals("Ilse Brandt", q.get(0).speaker());
    Quote last = q.get(q.size() - 1);
    assertEquals("People cannot pay the rent.", last.text());
    assertEquals("Kofi Mensah", last.speaker());
    assertEquals("Senator Kofi Mensah, who lost the primary to Brandt", last.speakerAsWritten());
  }

  @Test
  void theOwnerOfAClaimIsItsSpeakerUnlessSomeoneElseReportsIt() {
    written("Mayor Tomas Ruiz spoke first. Ruiz's claim that the port had \"never been busier\" drew scorn.",
        "Tomas Ruiz", "Ruiz");
    Quote q = only("Mayor Tomas Ruiz spoke first. Councillor Lena Vogt said Ruiz's claim that the port was \"busy\" was"
        + " false.");
    assertEquals("Lena Vogt", q.speaker(), "her verb reports on his claim");
  }
}
