package io.github.lede.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import io.github.lede.model.SpeakerKind;
import io.github.lede.text.ArticleTokens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learned last step of attribution: its file, its choice, and its trainer, on texts written for the test. */
class SpeakerRankerTest {
  /** A speaker named in the paragraph, then a quote with no verb of its own: the rules leave it unattributed. */
  private static final String[] TEXTS = {
      "Mayor Rosa Albright walked the new pier on Tuesday with a group of engineers. The tour ended at the old"
          + " ferry ramp. “We will finish this by spring.”\n",
      "Coach Dana Whitfield watched the last drill from the stands. Practice ran late again. “Nobody here is tired"
          + " yet.”\n",
      "Farmer Lena Ostrova showed visitors the flooded barley on Monday. The river rose overnight. “Half the crop is"
          + " gone and the rest may follow.”\n",
      "Councillor Tom Peel stayed away from the vote. His office sent a short note. “The cost is far too high for a"
          + " town this size.”\n",
  };

  private static List<SpeakerTrainer.Example> examples() {
    List<SpeakerTrainer.Example> out = new ArrayList<>();
    String[][] speakers = {{"albright"}, {"whitfield"}, {"ostrova"}, {"peel"}};
    for (int t = 0; t < TEXTS.length; t++) {
      List<SpeakerTrainer.Gold> golds = new ArrayList<>();
      int from = 0;
      for (String word : speakers[t]) {
        int open = TEXTS[t].indexOf('“', from);
        int close = TEXTS[t].indexOf('”', open) + 1;
        golds.add(new SpeakerTrainer.Gold(open, close, word));
        from = close;
      }
      out.add(new SpeakerTrainer.Example(TEXTS[t], golds));
    }
    return out;
  }

  private static byte[] train() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpeakerTrainer.train(examples(), SpeakerTrainer.Settings.defaults(), Map.of("trained on", "the test's texts"),
        out, line -> {});
    return out.toByteArray();
  }

  private static List<Quote> quotes(SpeakerChooser chooser, String text) {
    Article article = Article.builder("test", "", text).build();
    ArticleTokens tokens = ArticleTokens.of(article);
    return new QuoteExtractor(chooser).extract(article, tokens, new PeopleExtractor().extract(article, tokens))
        .quotes();
  }

  @Test
  void trainingIsReproducibleAndLearnsTheSpeakerTheRulesMissed() throws IOException {
    byte[] model = train();
    assertArrayEquals(model, train(), "the same examples and settings give the same file, byte for byte");
    SpeakerRanker ranker = SpeakerRanker.read(new ByteArrayInputStream(model), "test");
    assertEquals("the test's texts", ranker.facts().get("trained on"));
    assertEquals("17", ranker.facts().get("seed"));
    SpeakerChooser nobody = (q, c) -> c.get(c.size() - 1);
    assertNull(quotes(nobody, TEXTS[0]).get(0).speaker(), "the rules alone leave the quote without a speaker");
    List<Quote> ranked = quotes(ranker, TEXTS[0]);
    assertEquals("Rosa Albright", ranked.get(0).speaker());
    assertEquals(SpeakerKind.PERSON, ranked.get(0).speakerKind());
    assertEquals("Tom Peel", quotes(ranker, TEXTS[3]).get(0).speaker());
  }

  @Test
  void nobodyWinsATieAndTheBestScoreWinsOtherwise() {
    float[] weights = new float[1 << 8];
    SpeakerRanker flat = new SpeakerRanker(Map.of(), 8, weights);
    Speaker ann = new Speaker("Ann Lee", SpeakerKind.PERSON, null);
    SpeakerCandidate lee = new SpeakerCandidate(ann, new String[] {"side=B"}, "mention before");
    SpeakerCandidate none = new SpeakerCandidate(null, new String[] {"nobody"}, "nobody");
    assertSame(none, flat.choose(null, List.of(lee, none)), "no speaker rather than a guess");
    weights[SpeakerRanker.bucket("side=B", 8)] = 1;
    assertNotEquals(SpeakerRanker.bucket("side=B", 8), SpeakerRanker.bucket("nobody", 8));
    assertSame(lee, flat.choose(null, List.of(lee, none)));
  }

  @Test
  void aFileRoundTripsAndAWrongOneIsRefusedByName() throws IOException {
    float[] weights = new float[1 << 8];
    weights[3] = 0.5f;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SpeakerRanker(Map.of("trained on", "nothing"), 8, weights).write(out);
    SpeakerRanker back = SpeakerRanker.read(new ByteArrayInputStream(out.toByteArray()), "x.bin");
    assertEquals(Map.of("trained on", "nothing"), back.facts());
    IOException e = assertThrows(IOException.class,
        () -> SpeakerRanker.read(new ByteArrayInputStream("not a model".getBytes()), "bad.bin"));
    assertTrue(e.getMessage().startsWith("bad.bin: "), e.getMessage());
  }

  @Test
  void theShippedRankerSaysWhatItWasTrainedOn() {
    assertTrue(SpeakerRanker.shipped().facts().get("trained on").contains("except fold 0/5"),
        SpeakerRanker.shipped().facts().toString());
  }
}
