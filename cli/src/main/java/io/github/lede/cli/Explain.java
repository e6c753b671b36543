package io.github.lede.cli;

import io.github.lede.extract.ExplainedArticle;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints an explained article for {@code lede extract --explain}: a line for the article, then one line per
 * person mention, quote speaker and date, in reading order:
 * {@code person  body 120-134  "Vladimir Putin"  -> Vladimir Putin  [title-or-role]}.
 */
final class Explain {
  /** Quotes are shown by their first words only: the speaker is the point. */
  private static final int QUOTE_SHOWN = 40;

  private Explain() {}

  static void print(PrintWriter out, ExplainedArticle a) {
    out.println("# " + a.article().id() + ": " + a.article().headline());
    for (ExplainedArticle.Span s : a.spans()) {
      String where = s.field().name().toLowerCase(Locale.ROOT)
          + (s.field() == io.github.lede.model.ArticleField.CAPTION ? " " + s.index() : "") + " " + s.start() + "-"
          + s.end();
      String text = s.text().replace('\n', ' ');
      if (s.kind() == ExplainedArticle.Kind.SPEAKER && text.length() > QUOTE_SHOWN) {
        text = text.substring(0, QUOTE_SHOWN) + "…";
      }
      out.printf(Locale.ROOT, "%-8s %-16s \"%s\"  -> %s  [%s]%n", s.kind().name().toLowerCase(Locale.ROOT), where,
          text, s.value() == null ? "(none)" : s.value(), s.reason());
    }
    out.flush();
  }
}
