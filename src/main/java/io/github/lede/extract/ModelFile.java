package io.github.lede.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The file every learned model of lede's is kept in: gzip-compressed, a magic word and a format version (so
 * that a wrong or stale file is refused with a clear message rather than misread), a few named facts (what
 * it was trained on, the seed, the held-back figure), then the model's own body.
 */
public final class ModelFile {
  private static final int BUFFER = 1 << 16;

  private ModelFile() {}

  /** Writes a model's body. */
  public interface Body {
    void write(DataOutputStream out) throws IOException;
  }

  /** Reads a model's body, given the facts read before it. */
  public interface Reader<T> {
    T read(Map<String, String> facts, DataInputStream in) throws IOException;
  }

  public static void write(OutputStream raw, int magic, int version, Map<String, String> facts, Body body)
      throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(new BufferedOutputStream(raw), BUFFER);
    DataOutputStream out = new DataOutputStream(zip);
    out.writeInt(magic);
    out.writeInt(version);
    out.writeInt(facts.size());
    for (Map.Entry<String, String> e : facts.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    body.write(out);
    out.flush();
    zip.finish();
    zip.flush();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @param name the file or resource, for error messages
   * @param kind what the model is, for error messages: {@code tagger model}
   */
  public static <T> T read(InputStream raw, String name, String kind, int magic, int version, Reader<T> body)
      throws IOException {
    try {
      DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(raw), BUFFER));
      if (in.readInt() != magic) {
        throw new IOException(name + ": not a lede " + kind);
      }
      int found = in.readInt();
      if (found != version) {
        throw new IOException(name + ": " + kind + " format " + found + ", this lede reads " + version);
      }
      Map<String, String> facts = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        facts.put(in.readUTF(), in.readUTF());
      }
      return body.read(facts, in);
    } catch (ZipException | EOFException e) {
      throw new IOException(name + ": not a lede " + kind + " or truncated (" + e.getMessage() + ")", e);
    }
  }
}
