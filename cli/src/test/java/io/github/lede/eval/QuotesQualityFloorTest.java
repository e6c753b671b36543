package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Keeps quote extraction and attribution from sliding back on PolNeAR: each floor is the figure measured when
 * it was set, less half a point. Raise a floor when the extractor improves; never lower one to make a change
 * pass.
 */
class QuotesQualityFloorTest {
  @Test
  void polnearDev() throws IOException {
    QuotesEval.Score s = QuotesEval.score(SharedData.require("polnear/dev"));
    assertTrue(s.f1() >= 0.922, "quote F1 on PolNeAR dev fell to " + s.f1() + " (" + s + ")");
    assertTrue(s.speakerAccuracy() >= 0.892, "speaker accuracy on PolNeAR dev fell to " + s.speakerAccuracy());
  }

  @Test
  void polnearTrain() throws IOException {
    QuotesEval.Score s = QuotesEval.score(SharedData.require("polnear/train"));
    assertTrue(s.f1() >= 0.920, "quote F1 on PolNeAR train fell to " + s.f1() + " (" + s + ")");
    assertTrue(s.speakerAccuracy() >= 0.860, "speaker accuracy on PolNeAR train fell to " + s.speakerAccuracy());
  }
}
