package io.github.lede.eval;

import io.github.lede.Articles;
import io.github.lede.LedeException;
import io.github.lede.LedeOptions;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs lede's whole path (read, then extract) on one saved page, as a user's batch would. */
final class PageExtraction {
  /** The article, or null with the reason when the page gave none. */
  record Outcome(Article article, String failure) {}

  private PageExtraction() {}

  static Outcome of(Path page) {
    List<RawArticle> raws = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Articles.read(page, LedeOptions.defaults(), raws::add, f -> problems.add(f.toString()),
        f -> problems.add(f.toString()));
    if (raws.isEmpty()) {
      return new Outcome(null, problems.isEmpty() ? "no article" : String.join("; ", problems));
    }
    try {
      return new Outcome(Articles.extract(raws.get(0), null), null);
    } catch (LedeException e) {
      return new Outcome(null, e.getMessage());
    }
  }
}
