/**
 * The text layer under {@code ingest} and {@code extract}: what both stages need to read text, so that the flow
 * stays one way (ingest -> extract) and no stage reaches into another.
 *
 * <ul>
 *   <li>{@link io.github.lede.text.Tokenizer} and {@link io.github.lede.text.Tokens}: the one tokenizer and
 *       sentence splitter every extractor reads, with offsets into the original text, one normalisation of
 *       keys, shapes, and each token's word-list memberships as bits (what a feature extractor for a learned
 *       model reads); {@link io.github.lede.text.ArticleTokens} holds an article's fields tokenized once.
 *   <li>{@link io.github.lede.text.Lexicon} and {@link io.github.lede.text.WordList}: every hand-written word
 *       list, kept as data ({@code words/*.txt}, one meaning each, with its source).
 *   <li>{@link io.github.lede.text.PublicationDates}, {@link io.github.lede.text.CalendarNames} and
 *       {@link io.github.lede.text.AuthorNames}: the parsers of written dates and author names that page
 *       metadata and article text share.
 * </ul>
 * Plain Java, internal (not exported).
 */
package io.github.lede.text;
