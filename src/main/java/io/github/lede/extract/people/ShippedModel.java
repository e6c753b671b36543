package io.github.lede.extract.people;

import io.github.lede.extract.people.tagger.TaggerModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The people model, read once on first use: the one trained on CoNLL-2003's English training split that
 * ships in the jar, or a model of one's own named by the system property {@code lede.people.model}.
 */
final class ShippedModel {
  static final String RESOURCE = "people-tagger.bin";
  static final String PROPERTY = "lede.people.model";

  private ShippedModel() {}

  /** Initialised by the JVM on first access, once, safely across threads. */
  private static final class Holder {
    static final NameTagger TAGGER = new NameTagger(load());
  }

  static NameTagger tagger() {
    return Holder.TAGGER;
  }

  static TaggerModel load() {
    String own = System.getProperty(PROPERTY);
    try {
      if (own != null && !own.isBlank()) {
        try (InputStream in = Files.newInputStream(Path.of(own))) {
          return TaggerModel.read(in, own);
        }
      }
      try (InputStream in = ShippedModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " (rebuild the jar)");
        }
        return TaggerModel.read(in, RESOURCE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the people model: " + e.getMessage(), e);
    }
  }
}
