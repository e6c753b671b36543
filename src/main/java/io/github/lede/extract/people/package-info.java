/**
 * People: runs of capitalised words judged by the named steps of {@code PersonRule} (first pass,
 * {@code NameFinder}), then grouped across the article under their fullest name ({@code PersonGroups}), so
 * that "Putin", "Mr. Putin" and "Vladimir Putin" are one person. The entry point is
 * {@link io.github.lede.extract.people.PeopleExtractor}; its result,
 * {@link io.github.lede.extract.people.ArticlePeople}, is what quote attribution takes. Reads the shared
 * tokens and word lists of {@code text} and the gazetteers shipped beside this package. Internal.
 */
package io.github.lede.extract.people;
