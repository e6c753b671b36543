package io.github.lede.ingest;

import io.github.lede.InputException;
import io.github.lede.ingest.html.HtmlArticles;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads articles from files and directories (recursively, in name order, hidden files passed over), in plain
 * text, JSON lines, JSON or HTML, gzipped or not. The format comes from the extension, else from the content. A bad
 * file or line is reported to the sink and reading goes on.
 */
public final class ArticleReader {

  /** Receives what the reader finds. */
  public interface Sink {
    void article(RawArticle article);

    void failed(InputException failure);

    void skipped(String file, String reason);

    /** Called after each file, with the bytes it held. */
    default void fileDone(long bytes) {}
  }

  private final long maxFileBytes;

  public ArticleReader(long maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
  }

  /** Reads a file, or every file below a directory. */
  public void read(Path path, Sink sink) {
    if (!Files.exists(path)) {
      sink.failed(new InputException(path.toString(), 0, "no such file or directory"));
      return;
    }
    if (!Files.isDirectory(path)) {
      readFile(path, sink);
      return;
    }
    for (Path file : filesBelow(path)) {
      readFile(file, sink);
    }
  }

  private static List<Path> filesBelow(Path dir) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !isHidden(f)) {
            files.add(f);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private void readFile(Path file, Sink sink) {
    String name = file.toString();
    String fileName = file.getFileName().toString();
    boolean gzip = fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    String inner = gzip ? fileName.substring(0, fileName.length() - 3) : fileName;
    String extension = extension(inner);
    Optional<InputFormat> byName = InputFormat.fromExtension(extension);
    if (byName.isEmpty() && !extension.isEmpty()) {
      sink.skipped(name, "unknown extension ." + extension
          + " (lede reads .txt, .jsonl, .ndjson, .json, .html, .htm, and .gz of them)");
      return;
    }
    long bytesRead = 0;
    try {
      byte[] bytes = FileBytes.read(file, name, gzip, maxFileBytes);
      bytesRead = bytes.length;
      InputFormat format = byName.orElseGet(() -> InputFormat.sniff(bytes));
      switch (format) {
        case TEXT -> sink.article(PlainTextParser.parse(TextDecoder.decode(bytes, name), name));
        case JSON_LINES -> JsonLines.read(bytes, name, sink);
        case JSON -> JsonArticles.parseFile(TextDecoder.decode(bytes, name), name, sink::article, sink::failed);
        case HTML -> sink.article(HtmlArticles.fromBytes(bytes, name));
      }
    } catch (InputException e) {
      sink.failed(e);
    } catch (IOException | UncheckedIOException e) {
      sink.failed(new InputException(name, 0, "cannot read: " + e.getMessage()));
    } finally {
      sink.fileDone(bytesRead);
    }
  }

  /**
   * The whole file as one article's text, exactly as written (no header block, no line-end changes), for
   * callers that need offsets into the file itself. Size, binary and UTF-8 checks still apply.
   */
  public RawArticle readVerbatim(Path file) {
    String name = file.toString();
    try {
      boolean gzip = name.toLowerCase(Locale.ROOT).endsWith(".gz");
      byte[] bytes = FileBytes.read(file, name, gzip, maxFileBytes);
      return RawArticle.builder(TextDecoder.decodeExact(bytes, name)).origin(name).build();
    } catch (IOException e) {
      throw new InputException(name, 0, "cannot read: " + e.getMessage());
    }
  }

  /** The extension after the last dot of a name, or "" (a leading dot does not start one). */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1);
  }
}
