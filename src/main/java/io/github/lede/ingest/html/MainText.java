package io.github.lede.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The article's dek, paragraphs and captions from the blocks of its container: link lists, teasers and the
 * headline are left out, caption blocks become captions (once: pages print a caption twice, for a toggle that
 * shows it or for small screens, and the second copy is neither a caption nor text). The dek is the prose set
 * just above the container, in the article's header, or a block named as a standfirst that opens it; a block
 * so named after the article's last paragraph is a summary of something else (a teaser, a product box) and is
 * left out.
 *
 * @param dek the dek's paragraphs, possibly none
 */
record MainText(List<String> dek, List<String> paragraphs, List<String> captions) {
  static MainText of(Blocks.Page page, String headline) {
    String head = headline == null ? null : fold(headline);
    List<String> dek = lead(page, head);
    List<String> paragraphs = new ArrayList<>();
    List<Blocks.Kind> kinds = new ArrayList<>();
    Set<String> captionTexts = captionTexts(page);
    List<String> captions = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    boolean bodyStarted = false;
    int lastProse = lastProse(page);
    boolean afterHeadline = false;
    for (int i = page.start(); i < page.end(); i++) {
      Blocks.Block b = page.blocks().get(i);
      if (page.leftOut(i) || b.isLinkList()) {
        continue;
      }
      if (b.kind() == Blocks.Kind.CAPTION) {
        if (taken.add(fold(b.text()))) {
          captions.add(b.text());
        }
        continue;
      }
      if (b.kind() == Blocks.Kind.HEADING && head != null && fold(b.text()).equals(head)) {
        afterHeadline = true;
        continue;
      }
      if (afterHeadline && isSubtitle(b, head) && dek.isEmpty()) {
        dek.add(b.text());
        afterHeadline = false;
        continue;
      }
      afterHeadline = false;
      if (!captionTexts.isEmpty() && captionTexts.contains(fold(b.text()))) {
        continue;
      }
      if (b.kind() == Blocks.Kind.DEK && !bodyStarted && b.chars() >= Blocks.MIN_DEK_CHARS
          && dek.size() < Blocks.MAX_DEK_BLOCKS) {
        dek.add(b.text());
        continue;
      }
      if (bodyStarted && i > lastProse && b.linkDensity() >= TRAILING_LINK_SHARE) {
        // Past the article's last paragraph, a line that links a good part of its words points elsewhere:
        // "Read the full report at ...", "Source: ...", "Follow us on ...".
        continue;
      }
      if (b.kind() == Blocks.Kind.DEK && bodyStarted && i > lastProse) {
        // A summary or teaser box after the article's last paragraph describes something else.
        continue;
      }
      // Bylines and dates in the header come before the body: the next standfirst line is still the dek.
      bodyStarted |= b.kind() != Blocks.Kind.DEK && b.kind() != Blocks.Kind.HEADING;
      paragraphs.add(b.text());
      kinds.add(b.kind());
    }
    trimTail(paragraphs, kinds);
    if (paragraphs.isEmpty()) {
      // A photo with its caption and nothing else, or a dek alone: that is the text.
      paragraphs.addAll(dek);
      paragraphs.addAll(captions);
      dek.clear();
      captions.clear();
    }
    return new MainText(dek, paragraphs, captions);
  }

  /** The share of links that makes a line after the article's last paragraph a pointer elsewhere. */
  private static final double TRAILING_LINK_SHARE = 0.3;

  /** The container's last paragraph of prose outside a dek's place, or -1. */
  private static int lastProse(Blocks.Page page) {
    for (int i = page.end() - 1; i >= page.start(); i--) {
      Blocks.Block b = page.blocks().get(i);
      if (b.kind() != Blocks.Kind.DEK && b.isProse() && !page.leftOut(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The folded texts of the container's captions, for their copies outside caption elements. */
  private static Set<String> captionTexts(Blocks.Page page) {
    Set<String> out = new HashSet<>();
    for (int i = page.start(); i < page.end(); i++) {
      Blocks.Block b = page.blocks().get(i);
      if (b.kind() == Blocks.Kind.CAPTION && b.chars() >= MIN_COPIED_CAPTION_CHARS) {
        out.add(fold(b.text()));
      }
    }
    return out;
  }


  /** A caption shorter than this ("Reuters") may well be said again in the text. */
  private static final int MIN_COPIED_CAPTION_CHARS = 30;

  /**
   * Drops the run of labels that ends the container after the article's last sentence: "Share this:",
   * "Related posts", "Kontakt", a rating prompt's heading. A heading with nothing after it introduces
   * nothing, and a short line that is not a sentence is not how an article ends, unless it is an item of a
   * list or a row of a table the article ends with.
   */
  private static void trimTail(List<String> paragraphs, List<Blocks.Kind> kinds) {
    int n = paragraphs.size();
    while (n > 1) {
      String last = paragraphs.get(n - 1);
      Blocks.Kind kind = kinds.get(n - 1);
      // An item of a list or a row of a table is short and no sentence, and still the article's.
      boolean listed = (kind == Blocks.Kind.ITEM || kind == Blocks.Kind.ROW);
      boolean label = last.length() < TAIL_LABEL_CHARS && !endsLikeSentence(last) && !listed
          || isBlogNotice(last);
      if (!(kind == Blocks.Kind.HEADING || label)) {
        break;
      }
      n--;
    }
    paragraphs.subList(n, paragraphs.size()).clear();
  }

  /** The notices blog engines print under a post ("Comments are closed.", "This entry was posted in ..."). */
  private static boolean isBlogNotice(String s) {
    if (s.length() > 200) {
      return false;
    }
    String l = s.toLowerCase(Locale.ROOT);
    for (String notice : BLOG_NOTICES) {
      if (l.startsWith(notice)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> BLOG_NOTICES = List.of(
      "comments are closed", "comments closed", "no comments", "leave a reply", "leave a comment",
      "this entry was posted", "posted in ", "filed under", "share this:", "like this:",
      "kommentare sind geschlossen", "kommentare geschlossen", "keine kommentare", "schreibe einen kommentar");

  /** Ends with a stop (a CJK one too), perhaps inside closing quotes or brackets; or with a long line's colon. */
  static boolean endsLikeSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && "\"'”’»)]」』）".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…:;。！？".indexOf(s.charAt(i)) >= 0 && !(s.charAt(i) == ':' && s.length() < 30);
  }

  private static final int TAIL_LABEL_CHARS = 50;

  /**
   * Prose just above the container: news pages set the standfirst in the article's header, apart from the
   * body. Walking up from the container, a paragraph or a shorter line that ends as a sentence is taken,
   * short unlinked lines (a byline, a date) are stepped over; another line, a heading, a linked block or a
   * teaser ends the walk (a subtitle set as a heading is taken, and ends it).
   */
  private static List<String> lead(Blocks.Page page, String head) {
    List<String> lead = new ArrayList<>();
    for (int i = page.start() - 1, steps = 0; i >= 0 && steps < LEAD_LOOKBACK && lead.size() < LEAD_MAX; i--, steps++) {
      Blocks.Block b = page.blocks().get(i);
      if (isSubtitle(b, head)) {
        lead.add(0, b.text());
        break;
      }
      if (b.kind() == Blocks.Kind.HEADING || b.linkDensity() > LEAD_MAX_LINK_DENSITY || page.leftOut(i)) {
        break;
      }
      if (b.isText() && (b.chars() >= LEAD_MIN_CHARS
          || b.chars() > SHORT_LINE_CHARS && endsLikeSentence(b.text()))) {
        lead.add(0, b.text());
      } else if (b.isText() && b.chars() > SHORT_LINE_CHARS) {
        break;
      }
    }
    return lead;
  }

  private static final int LEAD_LOOKBACK = 6;
  private static final int LEAD_MAX = 2;
  private static final int LEAD_MIN_CHARS = 80;
  /**
   * A subtitle set as a heading under the headline: a heading that is not the headline and is as long as a
   * sentence, where a section's name is a few words.
   */
  private static boolean isSubtitle(Blocks.Block b, String head) {
    return b.kind() == Blocks.Kind.HEADING && b.chars() >= SUBTITLE_CHARS && b.linkChars() == 0
        && !fold(b.text()).equals(head);
  }

  /** A heading this long is a sentence: a subtitle, where a section's name is a few words. */
  private static final int SUBTITLE_CHARS = 50;
  private static final int SHORT_LINE_CHARS = 40;
  private static final double LEAD_MAX_LINK_DENSITY = 0.2;

  private static String fold(String s) {
    return HtmlText.collapse(s).toLowerCase(Locale.ROOT);
  }
}
