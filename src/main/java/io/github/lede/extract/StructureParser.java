package io.github.lede.extract;

import io.github.lede.text.WrittenDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over an article's units (lines or paragraphs) that sorts each into chrome (dropped), headline,
 * byline, publication-date line, caption, credit or body paragraph, and takes the dateline off the first
 * body paragraph. Before the body starts ("the head") title-like lines are only candidates: a page shows its
 * site name, section labels and headline there, and the headline is picked when the body begins. After a
 * "Related" header, lists of other articles' headlines are chrome.
 */
final class StructureParser {
  /** Headline candidates shorter than this are site names and section labels unless nothing else offers. */
  private static final int HEADLINE_MIN_WORDS = 4;

  private StructureParser() {}

  /**
   * @param text the article text
   * @param knownHeadline the headline from metadata, or null; a first line repeating it is dropped
   */
  static Structure parse(String text, String knownHeadline) {
    List<Layout.Unit> units = Layout.units(text);
    return new Pass(knownHeadline).run(units, ChromeRuns.mark(units));
  }

  private static final class Pass {
    private final String knownHeadline;
    private String headline;
    private final List<String> candidates = new ArrayList<>();
    private List<String> authors = List.of();
    private Datelines.Dateline dateline;
    private PublishedLines.Found published;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private final List<String> credits = new ArrayList<>();
    /** Before the first body paragraph: where headlines, bylines and date lines stand. */
    private boolean inHead = true;
    private boolean captionNext;
    private boolean inHeadlineList;
    /** Chrome lines seen so far, normalised: a page repeats its name and labels. */
    private final java.util.Set<String> seenChrome = new java.util.HashSet<>();

    Pass(String knownHeadline) {
      this.knownHeadline = knownHeadline;
    }

    Structure run(List<Layout.Unit> units, boolean[] chrome) {
      if (firstLineIsTitle(units, chrome)) {
        headline = units.get(0).text();
        units = units.subList(1, units.size());
        chrome = java.util.Arrays.copyOfRange(chrome, 1, chrome.length);
      }
      for (int i = 0; i < units.size(); i++) {
        accept(units.get(i).text(), chrome[i], i + 1 < units.size() ? units.get(i + 1).text() : null);
      }
      chooseHeadline();
      return new Structure(headline, authors, dateline == null ? null : dateline.text(),
          dateline == null ? null : dateline.agency(), dateline == null ? null : dateline.date(),
          published == null ? null : published.date(), paragraphs, captions, credits);
    }

    /** Sorts one unit; {@code next} is the unit after it (or null), for the few cues that follow. */
    private void accept(String unit, boolean isChrome, String next) {
      PublishedLines.Found date = PublishedLines.parse(unit);
      if (date != null) {
        // The first publication wins over an update, whatever their order.
        if (published == null || published.update() && !date.update()) {
          published = date;
        }
        return;
      }
      if (inHead && repeatsKnownHeadline(unit)) {
        return;
      }
      if (inHead && meta(unit)) {
        return;
      }
      if (isChrome) {
        seenChrome.add(Text.normalise(unit));
        captionNext = Chrome.introducesCaption(unit);
        inHeadlineList = Chrome.introducesList(unit) || inHeadlineList && !Text.endsLikeSentence(unit);
        return;
      }
      if (captionNext) {
        captionNext = false;
        Captions.Caption c = Captions.parse(unit);
        addCaption(c != null ? c : new Captions.Caption(unit, null));
        return;
      }
      if (inHeadlineList) {
        // Other articles' headlines: short, and without a closing full stop (a question mark is fine).
        if (!unit.endsWith(".") && !Text.moreWordsThan(unit, 25)) {
          return;
        }
        inHeadlineList = false;
      }
      if (CreditLines.isCreditLine(unit)) {
        credits.add(CreditLines.unwrap(unit));
        return;
      }
      String credit = Captions.creditOnly(unit);
      if (credit != null) {
        credits.add(credit);
        // "Image source, X" then "Image caption, Y": the credit stands before its caption, not after.
        if (next == null || Captions.parse(next) == null) {
          captionBeforeCredit();
        }
        return;
      }
      Captions.Caption caption = Captions.parse(unit);
      if (caption != null) {
        addCaption(caption);
        return;
      }
      if (inHead && head(unit, next)) {
        return;
      }
      body(unit);
    }

    /** In the head: a byline, a bare date line, a headline candidate or a section label. True when consumed. */
    private boolean head(String unit, String next) {
      List<String> byline = Bylines.parse(unit);
      if (byline == null && (headline != null || knownHeadline != null || !candidates.isEmpty())) {
        byline = Bylines.parseBare(unit);
      }
      if (byline != null) {
        if (authors.isEmpty()) {
          authors = byline;
        }
        return true;
      }
      if (isDateOnly(unit)) {
        return true;
      }
      if (hasHeadlineSizedCandidate() || headline != null) {
        // Past the headline: labels the page repeats (its name under the byline) are chrome; the rest is text.
        return seenChrome.contains(Text.normalise(unit));
      }
      if (knownHeadline != null) {
        // The headline came from metadata, so the text is the body as a crawler gave it: keep it.
        return seenChrome.contains(Text.normalise(unit));
      }
      // A line just above the byline is the headline whatever its form ("X. Y can't agree").
      boolean aboveByline = next != null && Bylines.parse(next) != null
          && Text.moreWordsThan(unit, HEADLINE_MIN_WORDS - 1) && !Text.moreWordsThan(unit, 30)
          && !Text.endsLikeSentence(unit);
      if ((Headlines.readsAsTitle(unit) || aboveByline) && Datelines.parse(unit) == null) {
        candidates.add(unit);
        return true;
      }
      return isLabel(unit);
    }

    /** A label of one or two words without a sentence ("World", "Asia Pacific"): navigation. */
    private static boolean isLabel(String unit) {
      return !Text.moreWordsThan(unit, 2) && !Text.endsLikeSentence(unit);
    }

    /** A title on the first line, alone in its block: the headline-first layout of wire and BBC copy. */
    private boolean firstLineIsTitle(List<Layout.Unit> units, boolean[] chrome) {
      if (knownHeadline != null || units.size() < 2 || chrome[0] || units.get(1).block() == units.get(0).block()) {
        return false;
      }
      String first = units.get(0).text();
      // Here even two words make a title ("Rains fail"): the layout says it is one.
      boolean title = Headlines.readsAsTitle(first)
          || Text.wordCount(first) == 2 && Headlines.readsAsTitle(first + " ...") && !Text.endsLikeSentence(first);
      return title && Bylines.parse(first) == null && Captions.creditOnly(first) == null
          && PublishedLines.parse(first) == null && Datelines.parse(first) == null;
    }

    private boolean hasHeadlineSizedCandidate() {
      for (String c : candidates) {
        if (Text.moreWordsThan(c, HEADLINE_MIN_WORDS - 1)) {
          return true;
        }
      }
      return false;
    }

    /** The first candidate long enough to be a headline, else the longest; site names and labels lose. */
    private void chooseHeadline() {
      if (headline != null || candidates.isEmpty()) {
        return;
      }
      String longest = candidates.get(0);
      for (String c : candidates) {
        if (Text.moreWordsThan(c, HEADLINE_MIN_WORDS - 1)) {
          headline = c;
          return;
        }
        if (Text.wordCount(c) > Text.wordCount(longest)) {
          longest = c;
        }
      }
      headline = paragraphs.isEmpty() && candidates.size() == 1 ? null : longest;
    }

    private boolean repeatsKnownHeadline(String unit) {
      return knownHeadline != null && Text.normalise(unit).equals(Text.normalise(knownHeadline));
    }

    /**
     * A head line of facts in a row ("By Ada Lind · 4 min read"): its names are the authors, its date the
     * publication's unless a first publication was given. Read before chrome, which its badge would make it.
     */
    private boolean meta(String unit) {
      MetaLines.Meta meta = MetaLines.parse(unit);
      if (meta == null) {
        return false;
      }
      if (authors.isEmpty() && !meta.authors().isEmpty()) {
        authors = meta.authors();
      }
      if (meta.date() != null && (published == null || published.update() && !meta.date().update())) {
        published = meta.date();
      }
      return true;
    }

    /** A head line holding only a date and perhaps a time or weekday: "Wed 19 Jun 2024 10.32 BST". */
    private boolean isDateOnly(String unit) {
      WrittenDate found = MetaLines.date(unit);
      if (found == null) {
        return false;
      }
      if (published == null) {
        published = new PublishedLines.Found(found, false);
      }
      return true;
    }

    private void addCaption(Captions.Caption c) {
      captions.add(c.text());
      if (c.credit() != null && !c.credit().isEmpty()) {
        credits.add(c.credit());
      }
    }

    /**
     * A credit line on its own follows the caption it belongs to: the short paragraph just before it is
     * that caption, not body text. If that was the first paragraph, the body has not started after all.
     */
    private void captionBeforeCredit() {
      if (paragraphs.isEmpty()) {
        return;
      }
      String last = paragraphs.get(paragraphs.size() - 1);
      if (Text.moreWordsThan(last, 60)) {
        return;
      }
      paragraphs.remove(paragraphs.size() - 1);
      if (paragraphs.isEmpty()) {
        if (dateline != null) {
          last = dateline.text() + " - " + last;
          dateline = null;
        }
        inHead = true;
      }
      captions.add(last);
    }

    private void body(String unit) {
      if (inHead) {
        inHead = false;
        chooseHeadline();
        Datelines.Dateline d = Datelines.parse(unit);
        if (d != null) {
          dateline = d;
          if (d.rest().isEmpty()) {
            return;
          }
          unit = d.rest();
        }
      }
      paragraphs.add(unit);
    }
  }
}
