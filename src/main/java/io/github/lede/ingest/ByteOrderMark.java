package io.github.lede.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte-order marks lede honours, for text and HTML alike, and the encodings they name. */
public enum ByteOrderMark {
  UTF_8("UTF-8", StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
  // UTF-32 LE before UTF-16 LE: its mark starts with UTF-16 LE's.
  UTF_32LE("UTF-32LE", Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
  UTF_32BE("UTF-32BE", Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
  UTF_16LE("UTF-16LE", StandardCharsets.UTF_16LE, 0xFF, 0xFE),
  UTF_16BE("UTF-16BE", StandardCharsets.UTF_16BE, 0xFE, 0xFF);

  private final String label;
  private final Charset charset;
  private final int[] mark;

  ByteOrderMark(String label, Charset charset, int... mark) {
    this.label = label;
    this.charset = charset;
    this.mark = mark;
  }

  /** The mark the bytes start with, or null. */
  public static ByteOrderMark of(byte[] bytes) {
    for (ByteOrderMark bom : values()) {
      if (bom.startsOf(bytes)) {
        return bom;
      }
    }
    return null;
  }

  private boolean startsOf(byte[] bytes) {
    if (bytes.length < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if ((bytes[i] & 0xff) != mark[i]) {
        return false;
      }
    }
    return true;
  }

  /** The encoding, decoding the mark itself as U+FEFF (it does not skip it). */
  public Charset charset() {
    return charset;
  }

  /** The mark's length in bytes. */
  public int length() {
    return mark.length;
  }

  /** True for UTF-16 and UTF-32, whose ASCII characters take more than a byte (and hold NUL bytes). */
  public boolean wide() {
    return this != UTF_8;
  }

  String label() {
    return label;
  }
}
