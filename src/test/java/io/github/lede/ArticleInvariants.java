package io.github.lede;

import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import io.github.lede.model.Quote;

/**
 * What every extracted article must satisfy, whatever its input: each offset of a person, quote and date
 * lies inside the text of the field it names, and a person's mention is the text at its offsets. The fuzz
 * tests hold extraction to it.
 */
public final class ArticleInvariants {
  private ArticleInvariants() {}

  /** Throws {@link AssertionError} naming the first broken invariant. */
  public static void check(Article a) {
    for (Person p : a.people()) {
      for (Mention m : p.mentions()) {
        String text = inside(a, m.field(), m.index(), m.start(), m.end(), "mention of " + p.name());
        if (!text.equals(m.text())) {
          throw new AssertionError("mention of " + p.name() + " says \"" + m.text() + "\" but its offsets hold \""
              + text + "\"");
        }
      }
    }
    for (Quote q : a.quotes()) {
      inside(a, q.field(), q.index(), q.start(), q.end(), "quote \"" + q.text() + "\"");
    }
    for (DateMention d : a.dates()) {
      inside(a, d.field(), d.index(), d.start(), d.end(), "date \"" + d.text() + "\"");
    }
  }

  private static String inside(Article a, ArticleField field, int index, int start, int end, String what) {
    if (field == ArticleField.CAPTION && (index < 0 || index >= a.captions().size())) {
      throw new AssertionError(what + " is in caption " + index + " of " + a.captions().size());
    }
    String text = a.text(field, index);
    if (text == null || start < 0 || end < start || end > text.length()) {
      throw new AssertionError(what + " at " + start + ".." + end + " is outside its " + field + " of length "
          + (text == null ? "null" : text.length()));
    }
    return text.substring(start, end);
  }
}
