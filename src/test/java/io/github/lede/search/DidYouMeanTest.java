package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Did you mean" on the fixture articles (golden), and on two articles for the names of the README's example. */
class DidYouMeanTest {
  private static Lede fixtures;
  private static Lede names;

  @BeforeAll
  static void index() {
    fixtures = Lede.inMemory();
    assertTrue(fixtures.index(List.of(Path.of("index-fixtures")), IndexListener.NONE).ok());
    names = Lede.inMemory();
    names.indexArticles(List.of(
        person("kim", "Kim Jong-un inspects a missile base", "North Korean leader Kim Jong-un inspected a base.",
            "Kim Jong-un"),
        person("reagan", "Library opens Reagan papers", "Letters of Ronald Reagan go on show in California.",
            "Ronald Reagan"),
        person("kimball", "Kim Lee wins the chess final", "Kim Lee won the final in four hours.", "Kim Lee")));
  }

  private static Article person(String id, String headline, String body, String name) {
    int at = body.indexOf(name);
    return Article.builder(id, headline, body)
        .people(List.of(new Person(name, null, List.of(new Mention(ArticleField.BODY, 0, at, at + name.length(), name)))))
        .build();
  }

  @AfterAll
  static void close() {
    fixtures.close();
    names.close();
  }

  private static String suggestion(Lede lede, String query) {
    return lede.search(SearchRequest.of(query)).suggestion();
  }

  @Test
  void misspeltWordsOfTheFixturesAreCorrectedFromTheirVocabulary() {
    assertEquals("venkataraman", suggestion(fixtures, "venkatraman"));
    assertEquals("missile", suggestion(fixtures, "missle"));
    assertEquals("ecologist", suggestion(fixtures, "ecologst"));
    assertEquals("bakery", suggestion(fixtures, "bakrey"));
    // A stem found in the index is written back as the articles write the word.
    assertEquals("refinery", suggestion(fixtures, "refinary"));
  }

  @Test
  void theQueryKeepsItsStructureAndCase() {
    assertEquals("person:macaskill", suggestion(fixtures, "person:macaskil"));
    assertEquals("\"seawall repairs\"", suggestion(fixtures, "\"seawall repiars\""));
    assertEquals("Refinery", suggestion(fixtures, "Refinary"));
    assertEquals("BAKERY", suggestion(fixtures, "BAKREY"));
    // Wildcards, fuzzy words, other fields and operators stay as written.
    assertEquals("missile AND NOT source:nosuchsource", suggestion(fixtures, "missle AND NOT source:nosuchsource"));
    assertEquals("bakery OR zzq* OR zzqx~", suggestion(fixtures, "bakrey OR zzq* OR zzqx~"));
  }

  @Test
  void namesComeFromThePeopleField() {
    SearchResults r = names.search(SearchRequest.of("kim jong-unn"));
    assertEquals("kim jong-un", r.suggestion());
    assertEquals("reagan", suggestion(names, "reagn"));
  }

  @Test
  void noSuggestionWhenTheQueryIsSpeltRightOrFindsEnough() {
    assertNull(suggestion(fixtures, "ecologist"));
    assertNull(suggestion(fixtures, "venkataraman"));
    // Enough results: no check at all, even with a misspelt word beside them.
    SearchResults many = fixtures.search(SearchRequest.of("the council said bakrey"));
    assertTrue(many.total() >= SearchResults.FEW);
    assertNull(many.suggestion());
    // Nothing near in the vocabulary.
    assertNull(suggestion(fixtures, "qqxqzv"));
    // A later page never carries one.
    assertNull(suggestion(fixtures, ""));
  }

  @Test
  void aCorrectionThatFindsNoMoreIsNotOffered() {
    // "harbour AND ferry" finds nothing either: no suggestion.
    assertEquals(0, fixtures.search(SearchRequest.of("harbour AND ferry")).total());
    assertNull(suggestion(fixtures, "harbuor AND ferry"));
  }

  @Test
  void theSuggestionIsTheSameWhateverTheOrder() {
    assertEquals("missile", fixtures.search(SearchRequest.builder("missle").sort(SortOrder.NEWEST).build())
        .suggestion());
  }
}
