package io.github.lede.extract;

import io.github.lede.text.WrittenDate;
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
    WrittenDate datelineDate,
    WrittenDate publishedLine,
    List<String> paragraphs,
    List<String> captions,
    List<String> credits) {}
