package io.github.lede.extract.people.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A model file: a few named facts (what it was trained on, the seed, the epochs, the held-back figure) and
 * one {@link LinearTagger} per pass, gzip-compressed. The format starts with a magic word and a version so
 * that a wrong or stale file is refused with a clear message rather than misread.
 */
public record TaggerModel(Map<String, String> facts, List<LinearTagger> passes) {
  private static final int MAGIC = 0x4C454445; // "LEDE"
  private static final int VERSION = 1;

  public TaggerModel {
    facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    passes = List.copyOf(passes);
  }

  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(new BufferedOutputStream(raw), 1 << 16);
    DataOutputStream out = new DataOutputStream(zip);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(facts.size());
    for (Map.Entry<String, String> e : facts.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    out.writeInt(passes.size());
    for (LinearTagger t : passes) {
      t.write(out);
    }
    out.flush();
    zip.finish();
    zip.flush();
  }

  /** Reads a model written by {@link #write}; {@code name} is for the error message. */
  public static TaggerModel read(InputStream raw, String name) throws IOException {
    try {
      DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(raw), 1 << 16));
      if (in.readInt() != MAGIC) {
        throw new IOException(name + ": not a lede tagger model");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(name + ": model format " + version + ", this lede reads " + VERSION);
      }
      Map<String, String> facts = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        facts.put(in.readUTF(), in.readUTF());
      }
      List<LinearTagger> passes = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        passes.add(LinearTagger.read(in));
      }
      return new TaggerModel(facts, passes);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new IOException(name + ": not a lede tagger model or truncated (" + e.getMessage() + ")", e);
    }
  }
}
