/**
 * The Lucene index: the schema (how each field of an {@code Article} is indexed, stored and analysed), the
 * block of documents an article becomes (the article and a child per quote), and the writer. With
 * {@code search}, the only package that imports Lucene. Internal.
 */
package io.github.lede.index;
