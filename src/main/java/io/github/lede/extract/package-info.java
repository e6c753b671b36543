/**
 * The second stage: a {@code RawArticle} becomes an {@code Article}. {@link io.github.lede.extract.ArticleExtractor}
 * lays the text out (chrome, headline, byline, dateline, captions, credits, body: the classes of this
 * package), tokenizes each field once ({@code text.ArticleTokens}) and runs the annotators of the
 * subpackages in the order their types require: {@code people}, then {@code quotes} (which takes the people
 * found), then {@code dates}. Every finding keeps the rule that decided it
 * ({@link io.github.lede.extract.ExplainedArticle}, for {@code lede extract --explain} and {@code lede eval}).
 * Plain Java, no Lucene, linear in the input, no backtracking regular expressions. Internal.
 */
package io.github.lede.extract;
