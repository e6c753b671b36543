package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Keeps person extraction from sliding back on CoNLL-2003: each floor is the F1 measured when it was set,
 * less half a point. Raise a floor when the extractor improves; never lower one to make a change pass.
 */
class PeopleQualityFloorTest {
  @Test
  void conllTesta() throws IOException {
    Prf s = PeopleEval.score(SharedData.require("conll2003/eng.testa"));
    assertTrue(s.f1() >= 0.913, "people F1 on eng.testa fell to " + s.f1() + " (" + s + ")");
  }

  @Test
  void conllTrain() throws IOException {
    Prf s = PeopleEval.score(SharedData.require("conll2003/eng.train"));
    assertTrue(s.f1() >= 0.902, "people F1 on eng.train fell to " + s.f1() + " (" + s + ")");
  }
}
