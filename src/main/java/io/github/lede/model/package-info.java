/**
 * The records lede takes and gives: raw and extracted articles, people, quotes, dates, search requests and
 * results. Immutable, built with builders where they have many fields. Exported; every stage reads them, none
 * of them knows a stage.
 */
package io.github.lede.model;
