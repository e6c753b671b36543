package io.github.lede.schema;

/**
 * One field of lede's index.
 *
 * @param name the field's name, the same in every store
 * @param kind how it is analysed and what it serves
 * @param level the article, or each quote
 * @param stored whether its value is kept to be read back
 * @param facet whether it is counted for facets (doc values)
 * @param offsets whether the positions of its words in the text are kept, for highlighting
 */
public record IndexField(String name, FieldKind kind, Level level, boolean stored, boolean facet, boolean offsets) {}
