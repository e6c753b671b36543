package io.github.lede.text;

import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of an article's headline, captions and body, made once and read by every extractor: the people
 * finder, quote attribution and the date scanner see the same tokens and sentences.
 */
public final class ArticleTokens {
  private final Tokens headline;
  private final List<Tokens> captions;
  private final Tokens body;

  private ArticleTokens(Tokens headline, List<Tokens> captions, Tokens body) {
    this.headline = headline;
    this.captions = captions;
    this.body = body;
  }

  public static ArticleTokens of(Article article) {
    List<Tokens> captions = new ArrayList<>(article.captions().size());
    for (String c : article.captions()) {
      captions.add(Tokenizer.tokenize(c));
    }
    return new ArticleTokens(Tokenizer.tokenize(article.headline()), List.copyOf(captions),
        Tokenizer.tokenize(article.body()));
  }

  public Tokens headline() {
    return headline;
  }

  public int captions() {
    return captions.size();
  }

  public Tokens caption(int index) {
    return captions.get(index);
  }

  public Tokens body() {
    return body;
  }

  /** The tokens of a field: the headline, caption number {@code index}, or the body. */
  public Tokens of(ArticleField field, int index) {
    return switch (field) {
      case HEADLINE -> headline;
      case CAPTION -> captions.get(index);
      case BODY -> body;
    };
  }
}
