package io.github.lede.extract.people.tagger;

import io.github.lede.extract.ModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A people model, kept in a {@link ModelFile}: a few named facts (what it was trained on, the seed, the
 * epochs, the held-back figure) and one {@link LinearTagger} per pass.
 */
public record TaggerModel(Map<String, String> facts, List<LinearTagger> passes) {
  private static final int MAGIC = 0x4C454445; // "LEDE"
  private static final int VERSION = 1;

  public TaggerModel {
    facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    passes = List.copyOf(passes);
  }

  public void write(OutputStream raw) throws IOException {
    ModelFile.write(raw, MAGIC, VERSION, facts, out -> {
      out.writeInt(passes.size());
      for (LinearTagger t : passes) {
        t.write(out);
      }
    });
  }

  /** Reads a model written by {@link #write}; {@code name} is for the error message. */
  public static TaggerModel read(InputStream raw, String name) throws IOException {
    return ModelFile.read(raw, name, "tagger model", MAGIC, VERSION, (facts, in) -> {
      List<LinearTagger> passes = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        passes.add(LinearTagger.read(in));
      }
      return new TaggerModel(facts, passes);
    });
  }
}
