package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.LedeOptions;
import io.github.lede.query.AnalyzedToken;
import io.github.lede.query.LedeQueries;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index's analyzers give lede's tokens, positions and offsets exactly: sample text through the cluster's
 * {@code _analyze} and through lede's own analysis, field by field.
 */
class AnalysisTest {
  private static final List<String> SAMPLES = List.of(
      "The Bank of England's rates rose; Reuters' reporters said the banks' outlook is grim.",
      "A well-known, state-owned co-operative in Côte d'Ivoire paid 1,250.75 CFA francs (about $2.10) on 12/03/2024.",
      "Crème brûlée, naïve façade, Ærø and Straße: accents and ligatures stay or fold as Lucene says.",
      "It is not what it was, nor will it be: to be or not to be, and there they were.",
      "North Korea (북한) and 東京 and 北京市 and ท่าอากาศยาน: CJK and Thai text, e-mail bob@example.com, URL https://x.y/z.",
      "RUNNING runners ran; flies flew; agreed, agreement, agreeing; studies studying studied.",
      "O'Neill, McDonald's, al-Haddad, van der Berg, Jean-Luc, Moon Jae-in and Kim Jong Un.");

  private static OpenSearchStore store;
  private static LedeQueries lede;

  @BeforeAll
  static void index() {
    store = OpenSearchStore.connect(TestCluster.freshIndex("analysis"),
        OpenSearchOptions.builder().replicas(0).build(), LedeOptions.defaults());
    store.prepareIndex();
    lede = LedeQueries.create(LedeOptions.defaults());
  }

  @Test
  void englishTextIsAnalysedAsLedeDoes() {
    for (String field : List.of("headline", "body", "caption", "dateline", "quotes.quote")) {
      same(field);
    }
  }

  @Test
  void namesAreAnalysedAsLedeDoes() {
    for (String field : List.of("person_name", "author", "quotes.speaker_name")) {
      same(field);
    }
  }

  @Test
  void sourcesAreOneLowerCasedToken() {
    same("source");
  }

  private static void same(String field) {
    String ledeField = field.startsWith("quotes.") ? field.substring(7) : field;
    for (String text : SAMPLES) {
      assertEquals(lede.analyze(ledeField, text), cluster(field, text), field + ": " + text);
    }
  }

  private static List<AnalyzedToken> cluster(String field, String text) {
    String index = store.indexName();
    String body = Http.JSON.createObjectBuilder().add("field", field).add("text", text).build().toString();
    JsonObject reply;
    try (var r = Http.JSON.createReader(new StringReader(TestCluster.call("POST", "/" + index + "/_analyze", body)))) {
      reply = r.readObject();
    }
    List<AnalyzedToken> out = new ArrayList<>();
    for (JsonValue v : reply.getJsonArray("tokens")) {
      JsonObject t = v.asJsonObject();
      out.add(new AnalyzedToken(t.getString("token"), t.getInt("position"), t.getInt("start_offset"),
          t.getInt("end_offset")));
    }
    return out;
  }
}
