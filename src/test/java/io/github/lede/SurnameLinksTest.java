package io.github.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.lede.model.FacetCount;
import io.github.lede.model.Person;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A surname alone takes the full name the index clearly pairs with it; an ambiguous one stays as written. */
class SurnameLinksTest {
  private static RawArticle article(int n, String body) {
    return RawArticle.builder(body).id("a" + n).headline("Budget talks, part " + n).build();
  }

  @Test
  void aDominantFullNameIsTakenAndTheMentionKeepsTheSurname() {
    try (Lede lede = Lede.inMemory()) {
      List<RawArticle> raws = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        raws.add(article(i, "President Ronald Reagan met budget negotiators on Monday, aides said."));
      }
      raws.add(article(3, "The budget plan was sent back on Tuesday. Reagan said he would veto it."));
      lede.indexRaw(raws, IndexListener.NONE);
      Person p = lede.get("a3").orElseThrow().people().get(0);
      assertEquals("Ronald Reagan", p.name());
      assertEquals("Reagan", p.mentions().get(0).text());
      List<FacetCount> facet = lede.people(SearchRequest.builder("").build(), 5);
      assertEquals(new FacetCount("Ronald Reagan", 4), facet.get(0));
    }
  }

  @Test
  void anAmbiguousSurnameOrOneSeenTooRarelyStaysAsWritten() {
    SurnameLinks links = new SurnameLinks();
    for (int i = 0; i < 3; i++) {
      links.link(withPeople("James Baker"));
    }
    links.link(withPeople("Howard Baker"));
    assertEquals("James Baker", links.dominant("Baker"), "3 against 1 dominates");
    links.link(withPeople("Howard Baker"));
    assertNull(links.dominant("Baker"), "3 against 2 is ambiguous");
    links.link(withPeople("Nancy Okafor"));
    links.link(withPeople("Nancy Okafor"));
    assertNull(links.dominant("okafor"), "two articles are too few");
  }

  private static io.github.lede.model.Article withPeople(String name) {
    return io.github.lede.model.Article.builder("x", "", name + " spoke.")
        .people(List.of(new Person(name, null, List.of()))).build();
  }
}
