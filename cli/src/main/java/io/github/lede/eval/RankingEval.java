package io.github.lede.eval;

import io.github.lede.Lede;
import io.github.lede.QuerySyntaxException;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs each topic's query through lede's default ranking and scores the ranking against the judgments:
 * P@10, nDCG@10 and MAP@100 per topic and on average, as {@code trec_eval -c -m P.10 -m ndcg_cut.10
 * -m map_cut.100} reports them for the run this writes. Every judged topic counts in the averages: one with
 * no query, or whose query fails, scores 0 (trec_eval's {@code -c}); a query for a topic without
 * judgments is left out, as trec_eval leaves it out.
 */
public final class RankingEval {
  /** Documents retrieved per topic: TREC's usual depth, and lede's largest page. */
  public static final int DEPTH = SearchRequest.MAX_SIZE;
  /** The tag in the run file's last column. */
  public static final String RUN_TAG = "lede";

  /** One topic's figures; {@code problem} says why it scored 0 without a ranking, else null. */
  public record TopicScore(String topic, String query, double p10, double ndcg10, double map100, int retrieved,
      String problem) {}

  /** Per-topic figures in the queries' order (judged topics without a query last) and their means. */
  public record Result(List<TopicScore> topics, List<String> unjudged) {
    public double p10() {
      return topics.stream().mapToDouble(TopicScore::p10).average().orElse(0);
    }

    public double ndcg10() {
      return topics.stream().mapToDouble(TopicScore::ndcg10).average().orElse(0);
    }

    public double map100() {
      return topics.stream().mapToDouble(TopicScore::map100).average().orElse(0);
    }
  }

  private RankingEval() {}

  /**
   * Runs every topic; writes the TREC run to {@code run} when it is not null.
   *
   * @throws IOException writing the run failed
   */
  public static Result run(Lede lede, List<Topics.Topic> topics, Qrels qrels, Writer run) throws IOException {
    List<TopicScore> scores = new ArrayList<>();
    List<String> unjudged = new ArrayList<>();
    Set<String> judged = new LinkedHashSet<>(qrels.topics());
    for (Topics.Topic t : topics) {
      if (!judged.remove(t.id())) {
        unjudged.add(t.id());
        continue;
      }
      List<TrecRun.Entry> ranked;
      try {
        ranked = TrecRun.trecOrder(search(lede, t.query()));
      } catch (QuerySyntaxException e) {
        scores.add(new TopicScore(t.id(), t.query(), 0, 0, 0, 0, e.getMessage()));
        continue;
      }
      if (run != null) {
        TrecRun.write(run, t.id(), ranked, RUN_TAG);
      }
      scores.add(score(t.id(), t.query(), TrecRun.docs(ranked), qrels.of(t.id())));
    }
    for (String missing : judged) {
      scores.add(new TopicScore(missing, null, 0, 0, 0, 0, "judged, but the queries file has no query for it"));
    }
    return new Result(scores, unjudged);
  }

  /** The figures for one ranked list, already in trec_eval's order. */
  public static TopicScore score(String topic, String query, List<String> ranked, Map<String, Integer> judged) {
    return new TopicScore(topic, query, RankingMeasures.precision(ranked, judged, 10),
        RankingMeasures.ndcg(ranked, judged, 10), RankingMeasures.averagePrecision(ranked, judged, 100),
        ranked.size(), null);
  }

  private static List<TrecRun.Entry> search(Lede lede, String query) {
    List<SearchHit> hits = lede.search(SearchRequest.builder(query).size(DEPTH).highlight(false).build()).hits();
    List<TrecRun.Entry> entries = new ArrayList<>(hits.size());
    for (SearchHit h : hits) {
      entries.add(TrecRun.Entry.of(h.id(), h.score()));
    }
    return entries;
  }
}
