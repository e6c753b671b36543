package io.github.lede.model;

/** One value of a facet (a person, a source) and how many matching articles carry it. */
public record FacetCount(String value, long articles) {}
