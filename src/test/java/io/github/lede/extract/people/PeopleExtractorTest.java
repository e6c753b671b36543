package io.github.lede.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleExtractorTest {
  private final PeopleExtractor people = new PeopleExtractor();

  private List<Person> find(String headline, String body) {
    return people.extract(Article.builder("t", headline, body).build()).people();
  }

  private static List<String> names(List<Person> people) {
    return people.stream().map(Person::name).toList();
  }

  private static Person named(List<Person> people, String name) {
    return people.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + names(people)));
  }

  @Test
  void titlesAreRolesAndSurnamesHonorificsAndPossessivesJoinTheFullName() {
    List<Person> found = find("Putin warns the West",
        "Russia's President Vladimir Putin spoke on Tuesday. \"We are ready,\" Putin said. "
            + "Mr. Putin's remarks came a day later.");
    assertEquals(List.of("Vladimir Putin"), names(found));
    Person putin = found.get(0);
    assertEquals("President", putin.role());
    assertEquals(List.of("Putin", "Vladimir Putin", "Putin", "Putin"), putin.mentions().stream().map(Mention::text).toList());
    assertEquals(ArticleField.HEADLINE, putin.mentions().get(0).field());
  }

  @Test
  void aSpeechVerbOpeningTheSentenceAndCounselAreNoPartOfTheName() {
    List<Person> found = find("", "The museum opened on Sunday. Said Dorothy Mensah, who grew up nearby: \"He was"
        + " one of us.\" The agency's General Counsel James A. Baker wrote to the committee.");
    assertEquals(List.of("Dorothy Mensah", "James A. Baker"), names(found));
  }

  @Test
  void mentionOffsetsPointAtTheName() {
    String body = "Defence Minister Seo Min-jun said the launch was a provocation.";
    Mention m = find("", body).get(0).mentions().get(0);
    assertEquals("Seo Min-jun", body.substring(m.start(), m.end()));
  }

  @Test
  void koreanChineseAndHyphenatedNames() {
    List<Person> found = find("", "President Moon Jae-in met Kim Jong Un and President Yoon Suk Yeol later spoke "
        + "with Li Wenjun. Sue Mi Terry, a senior fellow at the Council on Foreign Relations, said Kim was isolated.");
    assertEquals(List.of("Moon Jae-in", "Kim Jong Un", "Yoon Suk Yeol", "Li Wenjun", "Sue Mi Terry"), names(found));
    assertEquals(2, named(found, "Kim Jong Un").mentions().size());
    assertEquals("senior fellow", named(found, "Sue Mi Terry").role());
  }

  @Test
  void particlesAndArabicArticles() {
    List<Person> found = find("", "Pieter van der Berg met Osama bin Salem and Omar al-Haddad. "
        + "\"It was useful,\" van der Berg said, and Haddad agreed.");
    assertEquals(List.of("Pieter van der Berg", "Osama bin Salem", "Omar al-Haddad"), names(found));
    assertEquals(List.of("Pieter van der Berg", "van der Berg"),
        named(found, "Pieter van der Berg").mentions().stream().map(Mention::text).toList());
    assertEquals(2, named(found, "Omar al-Haddad").mentions().size());
  }

  @Test
  void organisationsPlacesPublicationsAgenciesAndCalendarWordsAreNotPeople() {
    List<Person> found = find("", "Jenny Town, a senior fellow at the Stimson Centre, told the Council on Foreign "
        + "Relations on Wednesday in June that tensions on the Korean Peninsula were rising, according to the "
        + "Rodong Sinmun and KCNA. The White House said the Kremlin had not replied.");
    assertEquals(List.of("Jenny Town"), names(found));
  }

  @Test
  void sentenceInitialCapitalsAreNotNames() {
    List<Person> found = find("", "Police said the road was closed. Officials said it would reopen. "
        + "Residents said they were not warned. Will Smith was not there.");
    assertEquals(List.of("Will Smith"), names(found));
  }

  @Test
  void headlineInCapitalsLinksToPeopleAndDoesNotFloodTheOutput() {
    List<Person> found = find("SHEARER NAMED AS ENGLAND CAPTAIN FOR WORLD CUP QUALIFIER",
        "Newcastle striker Alan Shearer was named England captain on Friday, coach Glenn Hoddle said.");
    assertEquals(List.of("Alan Shearer", "Glenn Hoddle"), names(found));
    Person shearer = named(found, "Alan Shearer");
    assertEquals(ArticleField.HEADLINE, shearer.mentions().get(0).field());
    assertEquals("SHEARER", shearer.mentions().get(0).text());
    assertEquals("striker", shearer.role());
  }

  @Test
  void surnameAloneAfterASpeechVerbOrAgeIsAPerson() {
    assertEquals(List.of("Meri"), names(find("", "But Meri, 67, has said he will not run again.")));
    assertEquals(List.of("Sokolov"), names(find("", "The data looked normal, Sokolov said on Monday.")));
  }

  @Test
  void ambiguousSurnameGoesToThePersonNamedLast() {
    List<Person> found = find("", "Kim Su Yeon met Kim Jong Un. Kim Su Yeon said talks helped. "
        + "Later Kim Jong Un spoke. \"No,\" Kim said.");
    Person leader = named(found, "Kim Jong Un");
    assertEquals("Kim", leader.mentions().get(leader.mentions().size() - 1).text());
  }

  @Test
  void aTenMegabyteSingleLineFinishes() {
    String line = "Vladimir Putin met Kim Jong Un in Vostochny and Mr. Putin said the talks went well, ".repeat(120_000);
    assertTrue(line.length() > 10_000_000);
    List<Person> found = find("", line);
    assertEquals(List.of("Vladimir Putin", "Kim Jong Un"), names(found));
    assertFalse(found.get(0).mentions().isEmpty());
  }
}
