package io.github.lede.extract.quotes;

import io.github.lede.model.SpeakerKind;

/** Who a quote is attributed to: a person's canonical name, or a non-person source as written. */
record Speaker(String name, SpeakerKind kind) {}
