package io.github.lede.extract;

import java.util.List;

/**
 * What the layout pass finds in an article's text: the headline line (if the text has one), the byline's
 * authors, the dateline and its agency and date, a publication date from a "Published ..." line, the body
 * paragraphs, captions and credits.
 */
record Structure(
    String headline,
    List<String> authors,
    String dateline,
    String agency,
    PublicationDates.Found datelineDate,
    PublicationDates.Found publishedLine,
    List<String> paragraphs,
    List<String> captions,
    List<String> credits) {}
