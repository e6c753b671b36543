/**
 * The first stage: reads files, folders, JSON lines, JSON and HTML pages into {@code RawArticle}s (text and
 * whatever metadata the source carries), with the file and line of anything it cannot read, and never stops
 * a batch for one bad file. Below it, only {@code text} (written dates, author names); above it,
 * {@code extract}. Internal.
 */
package io.github.lede.ingest;
