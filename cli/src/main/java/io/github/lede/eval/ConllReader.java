package io.github.lede.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003-style files: whitespace-separated columns with the tag last, a blank line between
 * sentences, {@code -DOCSTART-} between documents (the first may be missing), IOB1 or IOB2 tags. Each
 * document becomes its text (tokens joined by one space, sentences by a newline) with the character span of
 * every token and the gold mentions of one entity type as token spans.
 */
public final class ConllReader {
  /** A token span [start, end) in token indexes. */
  public record TokenSpan(int start, int end) {}

  /** One document: its text, where each token sits in it, and the gold mentions. */
  public record Document(String text, int[] tokenStarts, int[] tokenEnds, List<TokenSpan> gold) {}

  private ConllReader() {}

  public static List<Document> read(Path file, String type) throws IOException {
    List<Document> docs = new ArrayList<>();
    Builder doc = new Builder(type);
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.startsWith("-DOCSTART-")) {
          doc.endSentence();
          if (!doc.isEmpty()) {
            docs.add(doc.build());
          }
          doc = new Builder(type);
        } else if (trimmed.isEmpty()) {
          doc.endSentence();
        } else {
          String[] cols = trimmed.split("\\s+");
          if (cols.length < 2) {
            throw new IOException(file + ":" + lineNumber + ": expected a token and a tag, found \"" + trimmed + "\"");
          }
          doc.token(cols[0], cols[cols.length - 1]);
        }
      }
    }
    doc.endSentence();
    if (!doc.isEmpty()) {
      docs.add(doc.build());
    }
    return docs;
  }

  private static final class Builder {
    private final String type;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();
    private final List<TokenSpan> gold = new ArrayList<>();
    private boolean sentenceOpen;
    private int mentionStart = -1;
    private String previousTag = "O";

    Builder(String type) {
      this.type = type;
    }

    void token(String word, String tag) {
      if (sentenceOpen) {
        text.append(' ');
      } else if (text.length() > 0) {
        text.append('\n');
      }
      sentenceOpen = true;
      int index = starts.size();
      starts.add(text.length());
      text.append(word);
      ends.add(text.length());
      boolean inType = tag.length() > 2 && tag.substring(2).equals(type);
      // IOB1: I- continues a mention of the same type; B- (or a type change) starts a new one. IOB2 the same.
      boolean begins = inType && (tag.startsWith("B-") || !sameType(previousTag));
      if (mentionStart >= 0 && (!inType || begins)) {
        gold.add(new TokenSpan(mentionStart, index));
        mentionStart = -1;
      }
      if (begins) {
        mentionStart = index;
      }
      previousTag = tag;
    }

    private boolean sameType(String tag) {
      return tag.length() > 2 && tag.substring(2).equals(type);
    }

    void endSentence() {
      if (mentionStart >= 0) {
        gold.add(new TokenSpan(mentionStart, starts.size()));
        mentionStart = -1;
      }
      previousTag = "O";
      sentenceOpen = false;
    }

    boolean isEmpty() {
      return starts.isEmpty();
    }

    Document build() {
      return new Document(text.toString(), starts.stream().mapToInt(Integer::intValue).toArray(),
          ends.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(gold));
    }
  }
}
