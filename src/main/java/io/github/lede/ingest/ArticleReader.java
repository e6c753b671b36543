package io.github.lede.ingest;

import io.github.lede.InputException;
import io.github.lede.ingest.html.HtmlArticles;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Reads articles from files and directories (recursively, in name order, hidden files passed over, symbolic
 * links followed), in plain text, JSON lines, JSON or HTML, gzipped or not. The format comes from the
 * extension, else from the content. A bad file or line is reported to the sink and reading goes on; so is
 * what cannot be read at all (see {@link InputFiles}).
 *
 * <p>Ids: a file that holds one article (text, HTML) and names no id of its own gives it its path below the
 * folder being read, with that folder's name in front ({@code news/2024/a.txt}), so that editing the file
 * and reading it again updates the article rather than adding another. A text file's {@code Id:} header wins,
 * then its {@code URL:} header (extraction makes the URL the id). Files holding many articles (JSON lines,
 * JSON) give none: their articles' ids come from their {@code id} or {@code url} fields, else from their
 * text.
 */
public final class ArticleReader {

  /** Receives what the reader finds. */
  public interface Sink {
    void article(RawArticle article);

    void failed(InputException failure);

    void skipped(String file, String reason);

    /**
     * Something worth saying about an input that was read all the same: text read as windows-1252, a field
     * of the wrong type left out.
     *
     * @param line the 1-based line, or 0 when it concerns the whole file
     */
    default void notice(String file, int line, String message) {}

    /** Called once, before any file is read: how many files the paths hold, and their bytes on disk. */
    default void listed(long files, long bytes) {}

    /** Called as a file is read: how many of its bytes on disk are done, for progress within a large file. */
    default void reading(long bytesOfFile) {}

    /** Called after each file, with its bytes on disk. */
    default void fileDone(long bytes) {}
  }

  private final long maxFileBytes;

  public ArticleReader(long maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
  }

  /** Reads a file, or every file below a directory. */
  public void read(Path path, Sink sink) {
    read(List.of(path), sink);
  }

  /** Reads the files and directories given, listing them all first (a file named twice is read once). */
  public void read(Collection<Path> paths, Sink sink) {
    List<InputFiles.Entry> entries = InputFiles.list(paths);
    long files = 0;
    long bytes = 0;
    for (InputFiles.Entry e : entries) {
      if (e instanceof InputFiles.File f) {
        files++;
        bytes += f.size();
      }
    }
    sink.listed(files, bytes);
    for (InputFiles.Entry e : entries) {
      switch (e) {
        case InputFiles.File f -> readFile(f, sink);
        case InputFiles.Skip s -> sink.skipped(s.path().toString(), s.reason());
        case InputFiles.Failure f -> sink.failed(new InputException(f.path().toString(), 0, f.reason()));
      }
    }
  }

  private void readFile(InputFiles.File entry, Sink sink) {
    Path file = entry.path();
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
    try {
      byte[] bytes = FileBytes.read(file, name, gzip, maxFileBytes);
      InputFormat format = byName.orElseGet(() -> InputFormat.sniff(bytes));
      // Progress within the file in bytes on disk: a share of what it inflated to, for a .gz.
      LongConsumer progress = done -> sink.reading((long) ((double) done / bytes.length * entry.size()));
      switch (format) {
        case TEXT -> sink.article(ownId(PlainTextParser.parse(text(bytes, name, sink), name, sink), entry));
        case JSON_LINES -> JsonLines.read(bytes, name, sink, progress);
        case JSON -> JsonArticles.parseFile(text(bytes, name, sink), name, sink);
        case HTML -> sink.article(withPathId(HtmlArticles.fromBytes(bytes, name,
            notice -> sink.notice(name, 0, notice)), entry));
      }
    } catch (InputException e) {
      sink.failed(e);
    } catch (IOException e) {
      sink.failed(new InputException(name, 0, InputFiles.reason(e)));
    } catch (UncheckedIOException e) {
      sink.failed(new InputException(name, 0, InputFiles.reason(e.getCause())));
    } finally {
      sink.fileDone(entry.size());
    }
  }

  /** Decoded text, with a notice when part of it was read as windows-1252. */
  private static String text(byte[] bytes, String name, Sink sink) {
    TextDecoder.Decoded d = TextDecoder.decode(bytes, name);
    if (d.notice() != null) {
      sink.notice(name, d.firstLine(), d.notice());
    }
    return d.text();
  }

  /** A text file's article keeps the id or URL its header gives; else it takes the file's path. */
  private static RawArticle ownId(RawArticle a, InputFiles.File entry) {
    return isBlank(a.id()) && isBlank(a.url()) ? a.withId(entry.id()) : a;
  }

  /**
   * A page's article takes the file's path, not the page's own URL: a page's canonical link often names the
   * site's home or a section, and would make every page of a site one article.
   */
  private static RawArticle withPathId(RawArticle a, InputFiles.File entry) {
    return isBlank(a.id()) ? a.withId(entry.id()) : a;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * The whole file as one article's text, exactly as written (no header block, no line-end changes), for
   * callers that need offsets into the file itself. Size, binary and encoding checks still apply.
   */
  public RawArticle readVerbatim(Path file) {
    String name = file.toString();
    try {
      boolean gzip = name.toLowerCase(Locale.ROOT).endsWith(".gz");
      byte[] bytes = FileBytes.read(file, name, gzip, maxFileBytes);
      return RawArticle.builder(TextDecoder.decodeExact(bytes, name).text()).origin(name).build();
    } catch (IOException e) {
      throw new InputException(name, 0, InputFiles.reason(e));
    }
  }

  /** The extension after the last dot of a name, or "" (a leading dot does not start one). */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1);
  }
}
