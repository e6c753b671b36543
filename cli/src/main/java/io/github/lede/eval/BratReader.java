package io.github.lede.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads PolNeAR-style attribution data in brat standoff: {@code DIR/text/NAME.txt} and
 * {@code DIR/attributions/NAME_XXXX.ann}, where the text's name is the .ann name without its last {@code _}
 * part. Each .ann file is one document (a text with two annotators gives two). Text-bound lines are
 * {@code T<n>\tType START END[;START END...]\ttext}; event lines {@code E<n>\tAttribution:T.. Content:T..
 * Cue:T.. Source:T..}. The gold quotes are the Content spans whose text holds a double quotation mark, each
 * with the text of the Source of its attribution (null when it has none). brat counts offsets in code
 * points; they are turned into Java string offsets here.
 */
public final class BratReader {
  /** A gold quote: its fragments as Java offsets {@code [start, end)} into the text, and its source's words. */
  public record GoldQuote(int[][] fragments, String source) {
    public int length() {
      int n = 0;
      for (int[] f : fragments) {
        n += f[1] - f[0];
      }
      return n;
    }

    public int start() {
      return fragments[0][0];
    }
  }

  /** One annotated document: the .ann file's name, the text it annotates, and its gold quotes in text order. */
  public record Document(String name, String text, List<GoldQuote> quotes) {}

  private record Span(String type, int[][] fragments) {}

  private BratReader() {}

  public static List<Document> read(Path dir) throws IOException {
    Path annotations = dir.resolve("attributions");
    Path texts = dir.resolve("text");
    if (!Files.isDirectory(annotations) || !Files.isDirectory(texts)) {
      throw new IOException(dir + ": expected the folders attributions/ and text/ in it");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(annotations)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    List<Document> docs = new ArrayList<>(files.size());
    for (Path ann : files) {
      String name = ann.getFileName().toString();
      String base = name.substring(0, name.length() - ".ann".length());
      int underscore = base.lastIndexOf('_');
      if (underscore <= 0) {
        throw new IOException(ann + ": the name has no _ part to drop (expected NAME_ANNOTATOR.ann)");
      }
      Path textFile = texts.resolve(base.substring(0, underscore) + ".txt");
      if (!Files.isRegularFile(textFile)) {
        throw new IOException(ann + ": no text file " + textFile);
      }
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      docs.add(new Document(name, text, quotes(ann, text)));
    }
    return docs;
  }

  private static List<GoldQuote> quotes(Path ann, String text) throws IOException {
    Map<String, Span> spans = new HashMap<>();
    Map<String, String> sourceOfContent = new HashMap<>();
    List<String> contentOrder = new ArrayList<>();
    int[] toJava = codePointOffsets(text);
    try (BufferedReader r = Files.newBufferedReader(ann, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNumber++;
        if (!isAnnotation(line) || line.startsWith("#") || line.startsWith("A") || line.startsWith("R")) {
          // a span's text may hold line breaks: what follows one is not an annotation of its own
          continue;
        }
        String[] cols = line.split("\t");
        if (line.startsWith("T")) {
          if (cols.length < 2) {
            throw new IOException(ann + ":" + lineNumber + ": expected T<n>\\tType START END\\ttext");
          }
          Span span = span(cols[1], toJava, text.length(), ann, lineNumber);
          spans.put(cols[0], span);
          if (span.type().equals("Content")) {
            contentOrder.add(cols[0]);
          }
        } else if (line.startsWith("E")) {
          if (cols.length < 2) {
            throw new IOException(ann + ":" + lineNumber + ": expected E<n>\\tAttribution:T.. Content:T..");
          }
          String content = null;
          String source = null;
          for (String arg : cols[1].trim().split("\\s+")) {
            int colon = arg.indexOf(':');
            if (colon < 0) {
              throw new IOException(ann + ":" + lineNumber + ": bad event argument \"" + arg + "\"");
            }
            String role = arg.substring(0, colon);
            if (role.startsWith("Content")) {
              content = arg.substring(colon + 1);
            } else if (role.startsWith("Source")) {
              source = arg.substring(colon + 1);
            }
          }
          if (content != null && source != null) {
            sourceOfContent.putIfAbsent(content, source);
          }
        }
      }
    }
    List<GoldQuote> out = new ArrayList<>();
    for (String id : contentOrder) {
      Span content = spans.get(id);
      if (!holdsQuotationMark(text, content.fragments())) {
        continue;
      }
      String sourceId = sourceOfContent.get(id);
      Span source = sourceId == null ? null : spans.get(sourceId);
      out.add(new GoldQuote(content.fragments(), source == null ? null : covered(text, source.fragments())));
    }
    out.sort(java.util.Comparator.comparingInt(GoldQuote::start));
    return out;
  }

  /** "T12\t...", "E3\t...": an id of a letter and digits, then a tab. */
  private static boolean isAnnotation(String line) {
    int tab = line.indexOf('\t');
    if (tab < 2 || !Character.isLetter(line.charAt(0))) {
      return false;
    }
    for (int i = 1; i < tab; i++) {
      if (!Character.isDigit(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Span span(String typeAndOffsets, int[] toJava, int length, Path ann, int line) throws IOException {
    int space = typeAndOffsets.indexOf(' ');
    if (space < 0) {
      throw new IOException(ann + ":" + line + ": expected a type and offsets, found \"" + typeAndOffsets + "\"");
    }
    String[] parts = typeAndOffsets.substring(space + 1).split(";");
    int[][] fragments = new int[parts.length][];
    for (int i = 0; i < parts.length; i++) {
      String[] se = parts[i].trim().split(" ");
      try {
        int start = Integer.parseInt(se[0]);
        int end = Integer.parseInt(se[1]);
        if (start < 0 || end < start || end >= toJava.length) {
          throw new IOException(ann + ":" + line + ": offsets " + start + " " + end + " outside the text");
        }
        fragments[i] = new int[] {toJava[start], toJava[end]};
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(ann + ":" + line + ": bad offsets \"" + parts[i] + "\"");
      }
    }
    return new Span(typeAndOffsets.substring(0, space), fragments);
  }

  /** For each code point offset (and one past the end), the Java string offset. */
  private static int[] codePointOffsets(String text) {
    int n = text.codePointCount(0, text.length());
    int[] out = new int[n + 1];
    int j = 0;
    for (int i = 0; i < n; i++) {
      out[i] = j;
      j += Character.charCount(text.codePointAt(j));
    }
    out[n] = j;
    return out;
  }

  private static boolean holdsQuotationMark(String text, int[][] fragments) {
    for (int[] f : fragments) {
      for (int i = f[0]; i < f[1]; i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '“' || c == '”' || c == '„' || c == '‟' || c == '«' || c == '»') {
          return true;
        }
      }
    }
    return false;
  }

  private static String covered(String text, int[][] fragments) {
    StringBuilder sb = new StringBuilder();
    for (int[] f : fragments) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(text, f[0], f[1]);
    }
    return sb.toString();
  }
}
