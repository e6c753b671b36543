package io.github.lede.opensearch;

import io.github.lede.model.ScoreExplanation;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A hit's {@code _explanation} from the cluster as lede's {@link ScoreExplanation}: the same tree of Lucene's texts. */
final class ClusterExplanations {
  private ClusterExplanations() {}

  /** The cluster's explanation of a score, as lede's record (the cluster's texts are Lucene's). */
  static ScoreExplanation of(JsonObject e) {
    if (e == null) {
      return null;
    }
    List<ScoreExplanation> details = new ArrayList<>();
    JsonArray d = e.getJsonArray("details");
    for (int i = 0; d != null && i < d.size(); i++) {
      details.add(of(d.getJsonObject(i)));
    }
    return new ScoreExplanation((float) e.getJsonNumber("value").doubleValue(),
        e.getString("description", ""), details);
  }
}
