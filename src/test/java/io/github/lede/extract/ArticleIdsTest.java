package io.github.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.lede.Articles;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void sameArticleRewrappedOrRecasedGetsTheSameId() {
    String a = Articles.extract("Rains fail in north\n\nThe rains failed in the north, officials said.").id();
    String b = Articles.extract("RAINS FAIL IN NORTH\n\nThe rains  failed in the north,\nofficials said.").id();
    assertEquals(a, b);
  }

  @Test
  void differentTextGetsADifferentId() {
    assertNotEquals(ArticleIds.of("Rains fail", "The rains failed."), ArticleIds.of("Rains fail", "The rains came."));
  }

  @Test
  void givenIdIsKept() {
    var raw = io.github.lede.model.RawArticle.builder("Text.").id("reuters-42").build();
    assertEquals("reuters-42", Articles.extract(raw, null).id());
  }
}
