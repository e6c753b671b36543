/**
 * Quotes and their speakers: a one-pass scanner finds the quotes ({@code QuoteScanner}); the named steps of
 * {@code AttributionStep} find the phrase each is attributed to, read over the field's tokens with earlier
 * quotes as single tokens ({@code Windows}); {@code Speakers} reads the phrase as one of the people found, a
 * pronoun's person, or a source that is no person. The entry point is
 * {@link io.github.lede.extract.quotes.QuoteExtractor}, which takes the people finder's result. Internal.
 */
package io.github.lede.extract.quotes;
