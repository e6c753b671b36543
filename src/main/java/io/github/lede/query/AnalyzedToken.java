package io.github.lede.query;

/** A token of lede's analysis: the term, its position and its character offsets in the text. */
public record AnalyzedToken(String term, int position, int start, int end) {}
