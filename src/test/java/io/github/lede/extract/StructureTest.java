package io.github.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Articles;
import io.github.lede.InputException;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout pass: chrome, headline, byline, dateline, captions, credits, body. One behaviour per test. */
class StructureTest {

  private static Article extract(String text) {
    return Articles.extract(text);
  }

  @Test
  void chromeOfSitesInOtherLanguagesIsDropped() {
    Article a = extract("""
        Fähre fällt erneut aus

        Die einzige Fähre der Insel ist am Dienstag ausgefallen.

        Anzeige

        Die Läden rationieren inzwischen das Brot.

        Artikel teilen
        Das könnte Sie auch interessieren
        Lesen Sie auch: Sturmwarnung für den Westen
        """);
    assertEquals(List.of("Die einzige Fähre der Insel ist am Dienstag ausgefallen.",
        "Die Läden rationieren inzwischen das Brot."), a.paragraphs());
  }

  @Test
  void headlineOnTheFirstLineFollowedByABlankLine() {
    Article a = extract("Ferry breaks down again\n\nThe island's only ferry broke down on Tuesday.");
    assertEquals("Ferry breaks down again", a.headline());
    assertFalse(a.headlineDerived());
    assertEquals(List.of("The island's only ferry broke down on Tuesday."), a.paragraphs());
  }

  @Test
  void withoutAHeadlineTheLedeSentenceIsUsedAndMarkedDerived() {
    Article a = extract("The island's only ferry broke down on Tuesday. Repairs will take weeks.\n\nMore follows.");
    assertEquals("The island's only ferry broke down on Tuesday.", a.headline());
    assertTrue(a.headlineDerived());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void longDerivedHeadlineIsCutAtAWord() {
    String sentence = "The " + "very ".repeat(60) + "long sentence ends here.";
    Article a = extract(sentence + "\n\nSecond paragraph.");
    assertTrue(a.headline().endsWith("…"), a.headline());
    assertTrue(a.headline().length() <= Headlines.DERIVED_MAX + 1);
    assertTrue(sentence.startsWith(a.headline().substring(0, a.headline().length() - 1)));
  }

  @Test
  void siteChromeIsDroppedAndEveryParagraphKept() {
    Article a = extract("""
        Skip to main content
        Daily Example
        News
        Sport
        Subscribe

        Ferry breaks down again, leaving islanders short of food

        By Morag Sinclair, Islands reporter
        Share
        Save

        The island's only ferry broke down on Tuesday.

        Advertisement

        Shops have started rationing bread.

        Sign up for our morning newsletter
        Most popular
        Storm warning for the west
        Council tax to rise
        """);
    assertEquals("Ferry breaks down again, leaving islanders short of food", a.headline());
    assertEquals(List.of("Morag Sinclair"), a.authors());
    assertEquals(List.of("The island's only ferry broke down on Tuesday.", "Shops have started rationing bread."),
        a.paragraphs());
  }

  @Test
  void captionWithAGluedCreditIsSeparated() {
    Article a = extract("""
        Leaders meet at the cosmodrome

        Open this photo in gallery:
        The two leaders visit the Vostochny Cosmodrome in the Amur region, Russia.KCNA/Reuters

        The two leaders met on Wednesday.
        """);
    assertEquals(List.of("The two leaders visit the Vostochny Cosmodrome in the Amur region, Russia."), a.captions());
    assertEquals(List.of("KCNA/Reuters"), a.credits());
    assertEquals(List.of("The two leaders met on Wednesday."), a.paragraphs());
  }

  @Test
  void gluedCreditIsFoundWithoutAGalleryMarker() {
    Article a = extract("Talks resume\n\nThe envoys shake hands in Geneva on Monday.Getty Images\n\nTalks resumed on Monday.");
    assertEquals(List.of("The envoys shake hands in Geneva on Monday."), a.captions());
    assertEquals(List.of("Getty Images"), a.credits());
  }

  @Test
  void parenthesisedPhotoCreditMakesACaption() {
    Article a = extract("Floods hit town\n\nPhoto: Volunteers fill sandbags on Tuesday. (AP Photo/Renée Castellanos)\n\n"
        + "Water rose overnight.");
    assertEquals(List.of("Volunteers fill sandbags on Tuesday."), a.captions());
    assertEquals(List.of("AP Photo/Renée Castellanos"), a.credits());
  }

  @Test
  void creditOnItsOwnLineClaimsTheCaptionAboveIt() {
    Article a = extract("""
        Talks proposed

        A spokesperson speaks during a briefing in Seoul on Wednesday.
        Kwon Tae-min/The Seoul Standard

        South Korea proposed talks on Thursday.
        """);
    assertEquals(List.of("A spokesperson speaks during a briefing in Seoul on Wednesday."), a.captions());
    assertEquals(List.of("Kwon Tae-min/The Seoul Standard"), a.credits());
    assertEquals(List.of("South Korea proposed talks on Thursday."), a.paragraphs());
  }

  @Test
  void imageSourceBeforeImageCaptionBothCount() {
    Article a = extract("""
        Algae found in lough

        The lough has turned green.

        Image source, Loughside Images
        Image caption, Green scum on the shore on Wednesday

        Anglers were told to keep out.
        """);
    assertEquals(List.of("Green scum on the shore on Wednesday"), a.captions());
    assertEquals(List.of("Loughside Images"), a.credits());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void headlinesThatMentionPhotosAreNotCredits() {
    Article a = extract("PC photo printers challenge pros\n\nHome printing is getting cheaper.");
    assertEquals("PC photo printers challenge pros", a.headline());
    assertTrue(a.credits().isEmpty());
  }

  @Test
  void creditLinesAtTheEndAreSeparated() {
    Article a = extract("""
        Grid collapses

        The grid collapsed on Tuesday.

        (Reporting by Chukwuemeka Nnaji in Abuja; Editing by Felix Amundsen)
        """);
    assertEquals(List.of("Reporting by Chukwuemeka Nnaji in Abuja; Editing by Felix Amundsen"), a.credits());
    assertEquals(1, a.paragraphs().size());
  }

  @Test
  void wireDatelineIsTakenOffTheBodyAndGivesTheSource() {
    Article a = extract("Missile fired\n\nSEOUL, June 19 (Reuters) - North Korea fired a missile on Wednesday.");
    assertEquals("SEOUL, June 19 (Reuters)", a.dateline());
    assertEquals("Reuters", a.source());
    assertEquals("North Korea fired a missile on Wednesday.", a.body());
  }

  @Test
  void datelineWithAYearGivesThePublicationDate() {
    Article a = extract("Gas storage full\n\nBERLIN, 3 March 2025 (dpa) - Storage sites are full.");
    assertEquals(LocalDate.of(2025, 3, 3), a.published());
  }

  @Test
  void datelineWithoutAYearNeedsAReferenceDate() {
    String text = "Cocoa review\n\nSALVADOR, Feb 26 - Showers continued throughout the week.";
    assertNull(extract(text).published());
    Article a = Articles.extract(RawArticle.ofText(text), LocalDate.of(1987, 3, 2));
    assertEquals(LocalDate.of(1987, 2, 26), a.published());
  }

  @Test
  void apStyleDatelineWithAnEmDash() {
    Article a = extract("Bill passes\n\nWASHINGTON (AP) — The Senate passed the bill.");
    assertEquals("WASHINGTON (AP)", a.dateline());
    assertEquals("The Senate passed the bill.", a.body());
  }

  @Test
  void capitalisedKickerIsNotADateline() {
    Article a = extract("Interview\n\nEXCLUSIVE - The minister spoke to us on Monday.");
    assertNull(a.dateline());
    assertTrue(a.body().startsWith("EXCLUSIVE"));
  }

  @Test
  void ordinarySentenceWithADashIsNotADateline() {
    Article a = extract("Vote\n\nThe council - all five members - voted on Tuesday.");
    assertNull(a.dateline());
  }

  @Test
  void publishedLineGivesTheDateAndUpdatesDoNotOverrideIt() {
    Article a = extract("""
        Floods hit town
        Updated 9:15 a.m. ET June 19, 2024
        Published 6:42 p.m. ET June 18, 2024

        Water rose overnight.
        """);
    assertEquals(LocalDate.of(2024, 6, 18), a.published());
    assertEquals(List.of("Water rose overnight."), a.paragraphs());
  }

  @Test
  void metadataWinsOverTheText() {
    RawArticle raw = RawArticle.builder("Published June 18, 2024\n\nBy Jane Roe\n\nText.")
        .headline("From metadata").published("2024-06-20").author("JANE DOE").build();
    Article a = Articles.extract(raw, null);
    assertEquals("From metadata", a.headline());
    assertEquals(LocalDate.of(2024, 6, 20), a.published());
    assertEquals(List.of("Jane Doe"), a.authors());
  }

  @Test
  void firstLineRepeatingTheMetadataHeadlineIsDropped() {
    RawArticle raw = RawArticle.builder("Rains fail\n\nThe rains failed.").headline("Rains fail").build();
    assertEquals(List.of("The rains failed."), Articles.extract(raw, null).paragraphs());
  }

  @Test
  void bylineVariants() {
    assertEquals(List.of("Hana Okafor", "Tomás Ruiz"), Bylines.parse("By Hana Okafor and Tomás Ruiz"));
    assertEquals(List.of("Marcus Bellamy"), Bylines.parse("By MARCUS BELLAMY, Associated Press"));
    assertEquals(List.of("Devon Pryce"), Bylines.parse("Devon Pryce, Staff Writer"));
    assertEquals(List.of("María de los Ángeles Ortega"), Bylines.parse("By María de los Ángeles Ortega"));
    assertNull(Bylines.parse("By Tuesday, the rebels had taken the city."));
    assertNull(Bylines.parse("Last Saturday, one newspaper proclaimed that England were top."));
  }

  @Test
  void hardWrappedWireCopyIsJoinedIntoParagraphs() {
    Article a = extract("""
        Cocoa review

        Showers continued throughout the week in the Bahia cocoa zone,
        alleviating the drought since early January and improving
        prospects for the coming temporao, the review said on Monday.

        The dry period means the temporao will be late this year, and
        farmers said they would wait before selling their beans again.
        """);
    assertEquals(2, a.paragraphs().size());
    assertTrue(a.paragraphs().get(0).contains("zone, alleviating"), a.paragraphs().get(0));
  }

  @Test
  void listItemsStayParagraphs() {
    Article a = extract("""
        Survey

        Firms said that:
        - call centres are core to their business,
        - they fear the risk of going abroad.
        """);
    assertEquals(3, a.paragraphs().size());
  }

  @Test
  void numbersAndTableRowsAreKept() {
    Article a = extract("Oil output\n\nOutput by region, in thousands of tonnes:\n\nAfrica 45 50 41\n\nEurope 268 293 256");
    assertEquals(3, a.paragraphs().size());
  }

  @Test
  void rowsOfATableWithBarsAreKeptWhileALoneBreadcrumbIsChrome() {
    Article a = extract("""
        Allotment rents

        News | Local

        The council has set next year's rents for its allotment sites.

        Site | Plots | Rent
        Brindle Lane | 42 | £41
        Cowslip Meadow | 18 | £33
        """);
    assertEquals(List.of("The council has set next year's rents for its allotment sites.", "Site | Plots | Rent",
        "Brindle Lane | 42 | £41", "Cowslip Meadow | 18 | £33"), a.paragraphs());
  }

  @Test
  void reprintAndMarketDataSmallPrintIsChromeButReportingAboutReprintsIsNot() {
    Article a = extract("""
        Mill pond bell found

        Contractors found a bronze bell in the silt of the mill pond on Thursday.

        Reproduction may not recover in the pond's newts for several years, the survey found.

        The parish may not be allowed to keep the bell, and the museum wants it reprinted in its catalogue.

        This material may not be published, broadcast, rewritten or redistributed.

        Reproduction without written permission is prohibited.

        Quotes delayed at least 15 minutes. Market data provided by an exchange.

        Reprints and permissions
        """);
    assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
  }

  @Test
  void aRowOfFactsUnderTheHeadlineGivesAuthorsAndDateAndIsNotText() {
    String body = "\n\nContractors found a bronze bell in the silt of the mill pond on Thursday.";
    Article a = extract("Mill pond bell found\n\nOdile Brannagh | 3 November 2024 | 4 min read" + body);
    assertEquals(List.of("Odile Brannagh"), a.authors());
    assertEquals(LocalDate.of(2024, 11, 3), a.published());
    assertEquals(1, a.paragraphs().size());
    Article b = extract("Mill pond bell found\n\nBy Odile Brannagh · 4 min read" + body);
    assertEquals(List.of("Odile Brannagh"), b.authors());
    assertEquals(1, b.paragraphs().size());
    Article c = extract("Mill pond bell found\n\nOdile Brannagh, November 3, 2024" + body);
    assertEquals(List.of("Odile Brannagh"), c.authors());
    assertEquals(LocalDate.of(2024, 11, 3), c.published());
    Article d = extract("Mill pond bell found\n\nVon Odile Brannagh" + body);
    assertEquals(List.of("Odile Brannagh"), d.authors());
  }

  @Test
  void readingTimesAndRelativeTimeStampsAloneAreChrome() {
    Article a = extract("""
        Mill pond bell found

        Reading time: 4 minutes

        3 hours ago

        Contractors found a bronze bell in the silt of the mill pond on Thursday.

        Lesezeit: 3 Min.

        vor 2 Tagen

        Two hours ago the bell was taken to the museum.

        Reading time for children has fallen since 2019, a survey found.
        """);
    assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
  }

  @Test
  void membershipAndDonationPromptsPaywallNoticesAndCompanyRegistrationsAreChrome() {
    Article a = extract("""
        Mill pond bell found

        Contractors found a bronze bell in the silt of the mill pond on Thursday.

        Enjoying this article? Our members get early access to every story. Become a member

        If you value our reporting, please support us with a donation.

        This story is available to subscribers only. Already a member? Log in.

        Unterstützen Sie unabhängigen Journalismus: Jetzt Mitglied werden!

        The parish council's members voted to lend the bell to the museum.

        Quayside Herald, 4 Customs House Steps. Registered in England and Wales No. 01234567.
        """);
    assertEquals(List.of("Contractors found a bronze bell in the silt of the mill pond on Thursday.",
        "The parish council's members voted to lend the bell to the museum."), a.paragraphs());
  }

  @Test
  void textWithNothingButChromeFails() {
    InputException e = assertThrows(InputException.class,
        () -> Articles.extract(RawArticle.builder("Skip to main content\nSubscribe\nSign in").origin("x.txt").build(), null));
    assertTrue(e.getMessage().startsWith("x.txt: no article text"), e.getMessage());
  }

  @Test
  void readerPromptsAreChromeButReportingAboutSubscribersIsNot() {
    Article a = extract("""
        Spam verdict

        Sign up for our newsletter to get the latest news in your inbox.

        The pair sent e-mail messages to thousands of AOL subscribers.

        BT is offering free calls if customers sign up to broadband.
        """);
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void promptWordsMatchOnlyAsWords() {
    Article a = extract("""
        Food fair

        You will find our appetite for street food has only grown since the first fair in 2019.

        Download our app to get the latest news in your inbox.
        """);
    assertEquals(1, a.paragraphs().size());
    assertTrue(a.body().startsWith("You will find our appetite"), a.body());
  }

  @Test
  void aLabelOverValuesIsNotAPhotoCredit() {
    Article a = extract("""
        New record

        The quartet recorded the album over four days in a converted chapel outside the town.

        Genre: Folk/Jazz/Pop
        """);
    assertTrue(a.credits().isEmpty(), a.credits().toString());
    assertTrue(a.captions().isEmpty(), a.captions().toString());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void aBracketedImageCreditAndAGalleryCounterAreNotText() {
    Article a = extract("""
        Harbour festival

        Boats filled the inner basin for the parade on Saturday.
        (Image: Westerly Studio)

        Image 3 of 12

        The festival returns next year with a longer route along the quay and a night parade.
        """);
    assertEquals(List.of("Westerly Studio"), a.credits());
    assertEquals(1, a.paragraphs().size());
  }

  @Test
  void cjkFullStopsEndSentences() {
    assertTrue(Text.endsLikeSentence("港口将于明天重新开放。"));
    assertEquals("港口将于明天重新开放。", Headlines.derive("港口将于明天重新开放。渡轮恢复运行。"),
        "a derived headline is the first sentence, as the tokenizer splits them");
  }

  @Test
  void anAuthorsBioClosingTheArticleIsNotBody() {
    Article a = Articles.extract(RawArticle.builder("""
        The harbour board voted on Thursday to dredge the inner basin before the autumn.

        Dredging will close the fuel quay for nine days, the board's engineer said.

        Ada Fenwick is a reporter at the Harbour Ledger who covers the port and the fishing fleet.
        """).headline("Basin to be dredged").author("Ada Fenwick").build(), null);
    assertEquals(2, a.paragraphs().size(), a.body());
  }

  @Test
  void aPressReleasesAboutBoxAndContactsAreNotBody() {
    Article a = extract("""
        Acme opens a second plant

        Acme Tidal Ltd. said on Monday it would open a second turbine plant in the harbour district.

        The plant will employ 120 people when it opens in the spring, the company said.

        Production of the smaller turbines moves there from the old works.

        About Acme Tidal Ltd.

        Acme Tidal Ltd. is a maker of tidal turbines founded in 1998.

        Media contact

        press@acme.example
        """);
    assertEquals(3, a.paragraphs().size(), a.body());
    assertTrue(a.body().endsWith("from the old works."), a.body());
  }

  @Test
  void aSubheadingThatStartsWithAboutIsKept() {
    Article a = extract("""
        Tides rising

        The harbour board voted on Thursday to dredge the inner basin before the autumn.

        About the silt

        Tests found no harmful metals in the silt, so it can go to the wetland.
        """);
    assertTrue(a.body().contains("About the silt"), a.body());
  }
}
