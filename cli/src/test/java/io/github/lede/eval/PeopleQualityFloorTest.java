package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.extract.people.PeopleTrainer;
import io.github.lede.extract.people.tagger.TaggerModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps person extraction from sliding back on CoNLL-2003: each floor is the F1 measured when it was set,
 * less half a point. Raise a floor when the extractor improves; never lower one to make a change pass. The
 * shipped model is trained on eng.train, so its figure there says nothing; instead the model is retrained
 * as README says, and must match the shipped one: the same held-back figure that chose its epochs, and
 * eng.testa within 0.002.
 */
class PeopleQualityFloorTest {
  @Test
  void conllTesta() throws IOException {
    Prf s = PeopleEval.score(SharedData.require("conll2003/eng.testa"));
    assertTrue(s.f1() >= 0.953, "people F1 on eng.testa fell to " + s.f1() + " (" + s + ")");
  }

  @Test
  void theRulesAloneStillScoreWhatTheyDid() throws IOException {
    Prf s = PeopleEval.score(ConllReader.read(SharedData.require("conll2003/eng.testa"), "PER"),
        PeopleExtractor.rulesOnly(), e -> {});
    assertTrue(s.f1() >= 0.913, "the rules' F1 on eng.testa fell to " + s.f1() + " (" + s + ")");
  }

  @Test
  void retrainingReproducesTheShippedModel() throws IOException {
    List<ConllReader.Document> train = ConllReader.read(SharedData.require("conll2003/eng.train"), "PER");
    List<ConllReader.Document> testa = ConllReader.read(SharedData.require("conll2003/eng.testa"), "PER");
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("trained on", "eng.train (" + train.size() + " texts)");
    List<PeopleTrainer.Example> examples = PeopleEval.examples(train);
    PeopleTrainer.Result r = PeopleTrainer.train(examples, PeopleTrainer.Settings.defaults(),
        PeopleEval.scorer(train, examples), facts, line -> {});
    TaggerModel shipped;
    try (InputStream in = PeopleExtractor.class.getResourceAsStream("people-tagger.bin")) {
      shipped = TaggerModel.read(in, "people-tagger.bin");
    }
    String retrain = " (retrain: ./lede train people --conll ../shared/data/dev/conll2003/eng.train --out "
        + "src/main/resources/io/github/lede/extract/people/people-tagger.bin)";
    assertEquals(shipped.facts(), r.model().facts(), "the shipped model is not what training gives now" + retrain);
    assertTrue(r.heldBack().f1() >= 0.948, "held-back F1 fell to " + r.heldBack());
    Prf again = PeopleEval.score(testa, PeopleExtractor.withModel(r.model()), e -> {});
    Prf now = PeopleEval.score(testa, PeopleExtractor.withModel(shipped), e -> {});
    assertTrue(Math.abs(again.f1() - now.f1()) <= 0.002, "retrained " + again + ", shipped " + now + retrain);
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    r.model().write(a);
    assertTrue(a.size() < 10_000_000, "the model takes " + a.size() + " bytes compressed");
  }
}
