/**
 * The text layer under {@code ingest} and {@code extract}: what both stages need to read text, so that the flow
 * stays one way (ingest -> extract) and no stage reaches into another. Today: the parsers of written dates
 * ({@link io.github.lede.text.PublicationDates}) and author names ({@link io.github.lede.text.AuthorNames})
 * that page metadata and article text share. Plain Java, internal (not exported).
 */
package io.github.lede.text;
