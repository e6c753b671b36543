package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code speaker_as_written:} searches the speaker as the article writes it, titles and appositions included,
 * while {@code speaker:} keeps meaning the canonical name: in quote searches and, joined to their quotes, in
 * article searches. Golden answers on the fixtures, and an article of its own for an unnamed spokesman.
 */
class SpeakerAsWrittenTest {
  private static Lede lede;

  @BeforeAll
  static void index() {
    lede = Lede.inMemory();
    lede.index(List.of(Path.of("index-fixtures")), IndexListener.NONE);
    lede.indexRaw(List.of(RawArticle.builder("""
        The harbour board will close the eastern pier for repairs from Monday.

        "The pier has carried more traffic than it was built for," a Harbour Board spokesman said.

        "We expect the work to take six weeks," said Tomas Brandt, the board's chief engineer.
        """).id("pier-repairs").headline("Eastern pier to close for repairs").published("2025-02-03").build()),
        IndexListener.NONE);
  }

  @AfterAll
  static void close() {
    lede.close();
  }

  private static List<String> quotes(String query) {
    return lede.quotes(QuoteRequest.builder(query).size(50).sort(SortOrder.OLDEST).build()).hits().stream()
        .map(h -> h.speakerAsWritten() + " | " + h.speaker()).toList();
  }

  @Test
  void aRoleWordFindsTheQuotesOfWhoeverTheArticleCallsSo() {
    assertEquals(List.of("a Harbour Board spokesman | a Harbour Board spokesman"),
        quotes("speaker_as_written:spokesman"));
    // A named speaker's canonical name is the name: speaker: finds him by it, speaker_as_written: by his role.
    assertEquals(List.of("Tomas Brandt, the board's chief engineer | Tomas Brandt"), quotes("speaker:brandt"));
    assertEquals(quotes("speaker:brandt"), quotes("speaker_as_written:\"board's chief engineer\""));
    assertEquals(List.of(), quotes("speaker:engineer"));
  }

  @Test
  void onTheFixturesAppositionsAreSearchable() {
    assertEquals(List.of("Li Wenjun, chief economist at Huaxin Capital | Li Wenjun",
        "Nigerian agricultural economist Oluwaseun Adeyemi | Oluwaseun Adeyemi",
        "Friederike Hansen, an energy economist at the Kessler Institute for Economic Research in Hamburg"
            + " | Friederike Hansen"), quotes("speaker_as_written:economist"));
    assertEquals(List.of(), quotes("speaker:economist"));
    assertEquals(List.of("Yuki Morimoto, a professor at Tokyo's Hoshizora University who has studied inter-Korean"
        + " relations for two decades | Yuki Morimoto"), quotes("speaker_as_written:(professor AND university)"));
    // English analysis: a plural finds the singular's stem, a phrase keeps its order.
    assertEquals(quotes("speaker_as_written:economist"), quotes("speaker_as_written:economists"));
    assertEquals(List.of("Friederike Hansen, an energy economist at the Kessler Institute for Economic Research in"
        + " Hamburg | Friederike Hansen"), quotes("speaker_as_written:\"energy economist\""));
  }

  @Test
  void articleSearchesJoinItToTheQuotesAsSpeakerIs() {
    SearchResults r = lede.search(SearchRequest.builder("speaker_as_written:spokesman AND quote:pier").build());
    assertEquals(List.of("pier-repairs"), r.hits().stream().map(SearchHit::id).toList());
    assertEquals(List.of("The pier has carried more traffic than it was built for,"),
        r.hits().get(0).quotes().stream().map(q -> q.text()).toList());
    assertEquals(0, lede.search(SearchRequest.of("speaker:engineer AND quote:weeks")).total());
    assertEquals(1, lede.search(SearchRequest.of("speaker_as_written:engineer AND quote:weeks")).total());
    QuoteHit hit = lede.quotes(QuoteRequest.of("weeks AND speaker_as_written:engineers")).hits().get(0);
    assertEquals("Tomas Brandt", hit.speaker());
    assertTrue(hit.highlight().render("[", "]").contains("[weeks]"), hit.highlight().toString());
  }
}
