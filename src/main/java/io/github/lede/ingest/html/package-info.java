/**
 * Reading an HTML page: its article's text without the site's chrome, and its metadata (title, dates,
 * authors, publisher) from meta tags, JSON-LD and what the page shows. Part of {@code ingest}; gives a
 * {@code RawArticle} like any other reader. Internal.
 */
package io.github.lede.ingest.html;
