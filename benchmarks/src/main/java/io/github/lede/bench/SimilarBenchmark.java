package io.github.lede.bench;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.index.ArticleIndex;
import io.github.lede.index.Schema;
import io.github.lede.model.RelatedRequest;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.search.StoredArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Related articles and collapsed searches, each paired with its baseline in one loop as {@link QueryBenchmark}
 * pairs its cases (the report puts them in the same table):
 *
 * <ul>
 *   <li>{@code related}: {@code Lede.related(id)} against Lucene's {@link MoreLikeThis} on the same fields
 *       (headline, body, people's names) with the same settings (25 terms of at least document frequency 2,
 *       boosted by tf-idf), the same exclusion of the article and the same stored fields read for ten hits;
 *       both look the article up by id and read it first. The ids cycle through 50 articles of the index.
 *   <li>{@code collapse}: the term case of {@link QueryCases} collapsed ({@code collapse(true)}) against the
 *       same search plain, both through lede.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Benchmark)
public class SimilarBenchmark {
  @Param({"related", "collapse"})
  public String query;

  /** Always false: the report's query table reads this parameter; neither case highlights. */
  @Param({"false"})
  public boolean highlight;

  private Lede lede;
  private DirectoryReader reader;
  private RawLucene.Side ledeSide;
  private RawLucene.Side baselineSide;
  private final List<String> ids = new ArrayList<>();
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    Path dir = BenchIndex.get();
    lede = Lede.open(dir, LedeOptions.builder().readOnly(true).build());
    reader = DirectoryReader.open(FSDirectory.open(dir));
    IndexSearcher searcher = RawLucene.searcher(reader);
    if (query.equals("collapse")) {
      SearchRequest plain = new QueryCases(dir).request("term", false);
      SearchRequest collapsed = plain.toBuilder().collapse(true).build();
      ledeSide = bh -> bh.consume(lede.search(collapsed));
      baselineSide = bh -> bh.consume(lede.search(plain));
      return;
    }
    // Every 20th of the first 1,000 articles in index order.
    List<SearchHit> first = lede.search(SearchRequest.builder("").size(1000).highlight(false).build()).hits();
    for (int i = 0; i < first.size(); i += 20) {
      ids.add(first.get(i).id());
    }
    RelatedRequest request = RelatedRequest.defaults();
    ledeSide = bh -> bh.consume(lede.related(ids.get(next % ids.size()), request));
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(Schema.analyzer());
    mlt.setFieldNames(new String[] {Schema.HEADLINE, Schema.BODY, Schema.PERSON_NAME});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(25);
    mlt.setBoost(true);
    baselineSide = bh -> {
      String id = ids.get(next % ids.size());
      TopDocs found = searcher.search(ArticleIndex.articleById(id), 1);
      Document article = searcher.storedFields().document(found.scoreDocs[0].doc);
      Map<String, Collection<Object>> like = new HashMap<>();
      like.put(Schema.HEADLINE, List.of(article.get(Schema.HEADLINE)));
      like.put(Schema.BODY, List.of(article.get(Schema.BODY)));
      like.put(Schema.PERSON_NAME, new ArrayList<>(List.of((Object[]) article.getValues(Schema.PERSON))));
      Query q = new BooleanQuery.Builder()
          .add(mlt.like(like), Occur.MUST)
          .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), Occur.FILTER)
          .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
          .build();
      TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(11, null, 1000));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        bh.consume(stored.document(sd.doc, StoredArticles.HIT_FIELDS));
      }
      bh.consume(top);
    };
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    lede.close();
    reader.close();
  }

  private boolean ledeFirst;

  @Benchmark
  public void pair(QueryBenchmark.Spent spent, Blackhole bh) throws IOException {
    ledeFirst = !ledeFirst;
    if (ledeFirst) {
      next++;
    }
    QueryBenchmark.alternate(spent, ledeFirst, ledeSide, baselineSide, bh);
  }
}
