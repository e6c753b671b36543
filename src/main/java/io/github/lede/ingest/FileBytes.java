package io.github.lede.ingest;

import io.github.lede.InputException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a file's bytes within a size limit, decompressing {@code .gz} files on the way. The limit holds for
 * what is read, not only for the size the file had when listed: a file that grows while it is read, or a
 * small file that inflates to gigabytes, stops at the limit with an error.
 */
final class FileBytes {
  private static final int CHUNK = 64 * 1024;
  /** The largest array a JVM reliably allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private FileBytes() {}

  static byte[] read(Path file, String name, boolean gzip, long maxBytes) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      throw new InputException(name, 0, "empty file");
    }
    if (!gzip && size > maxBytes) {
      throw new InputException(name, 0, tooLarge(size, maxBytes));
    }
    try (InputStream raw = Files.newInputStream(file)) {
      if (!gzip) {
        return readBounded(raw, name, maxBytes, (int) size, "grew past the limit of " + maxBytes
            + " bytes while it was read");
      }
      // A compressed file is checked as it inflates: its own size says nothing of what it holds.
      try (InputStream in = new GZIPInputStream(raw, CHUNK)) {
        return readBounded(in, name, maxBytes, CHUNK, "decompresses to more than the limit of " + maxBytes
            + " bytes");
      } catch (ZipException | EOFException e) {
        throw new InputException(name, 0, "not a valid gzip file (" + e.getMessage() + ")");
      }
    }
  }

  /**
   * Reads to the end, at most {@code maxBytes}. The array starts at the size the file should have and is
   * returned as it is when the file holds exactly that: a plain file costs one array of its size, no copy.
   */
  private static byte[] readBounded(InputStream in, String name, long maxBytes, int expected, String over)
      throws IOException {
    byte[] buf = new byte[Math.max(1, expected)];
    int total = 0;
    while (true) {
      if (total == buf.length) {
        int next = in.read();
        if (next < 0) {
          break;
        }
        if (total + 1L > Math.min(maxBytes, MAX_ARRAY)) {
          throw new InputException(name, 0, over);
        }
        buf = Arrays.copyOf(buf, (int) Math.min(Math.min(maxBytes, MAX_ARRAY), Math.max(2L * buf.length, CHUNK)));
        buf[total++] = (byte) next;
      }
      int n = in.read(buf, total, buf.length - total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    if (total == 0) {
      throw new InputException(name, 0, "empty file (after decompression)");
    }
    return total == buf.length ? buf : Arrays.copyOf(buf, total);
  }

  private static String tooLarge(long size, long maxBytes) {
    return "file is " + size + " bytes, over the limit of " + maxBytes + " bytes (raise maxFileBytes / --max-file-size)";
  }
}
