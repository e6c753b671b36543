package io.github.lede.ingest;

import io.github.lede.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads a file's bytes within a size limit, decompressing {@code .gz} files on the way. */
final class FileBytes {
  private FileBytes() {}

  static byte[] read(Path file, String name, boolean gzip, long maxBytes) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      throw new InputException(name, 0, "empty file");
    }
    if (!gzip) {
      if (size > maxBytes) {
        throw new InputException(name, 0, tooLarge(size, maxBytes));
      }
      return Files.readAllBytes(file);
    }
    // A compressed file is checked as it inflates: its own size says nothing of what it holds.
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 * 1024)) {
      return readBounded(in, name, maxBytes);
    } catch (ZipException | java.io.EOFException e) {
      throw new InputException(name, 0, "not a valid gzip file (" + e.getMessage() + ")");
    }
  }

  private static byte[] readBounded(InputStream in, String name, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      total += n;
      if (total > maxBytes) {
        throw new InputException(name, 0, "decompresses to more than the limit of " + maxBytes + " bytes");
      }
      out.write(buf, 0, n);
    }
    if (total == 0) {
      throw new InputException(name, 0, "empty file (after decompression)");
    }
    return out.toByteArray();
  }

  private static String tooLarge(long size, long maxBytes) {
    return "file is " + size + " bytes, over the limit of " + maxBytes + " bytes (raise maxFileBytes / --max-file-size)";
  }
}
