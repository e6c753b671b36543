package io.github.lede.extract;

import java.util.List;
import java.util.Set;

/**
 * The boilerplate a press release ends with: an "About Acme Corp." box describing the company (the label over
 * a paragraph that opens with the company's name), the media contacts, forward-looking-statement notices, and
 * the "###" that marks the release's end. It opens on a line of its own in the second half of the body and
 * runs to the end; it is the same in every release the company sends, not the news.
 */
final class PressReleaseTails {
  /** Labels, normalised, that open the tail. */
  private static final Set<String> LABELS = Set.of(
      "media contact", "media contacts", "press contact", "press contacts", "contact", "contacts",
      "media inquiries", "investor contact", "investor relations contact", "forward-looking statements",
      "forward looking statements", "safe harbor statement", "cautionary statement", "###", "pressekontakt",
      "kontakt für medien", "contact presse");
  /** Most words of an "About ..." label: the company's name. */
  private static final int MAX_ABOUT_WORDS = 7;
  /** Most paragraphs a tail runs over. */
  private static final int MAX_TAIL_PARAGRAPHS = 8;

  private PressReleaseTails() {}

  /** The paragraphs before the tail, or all of them when there is none. */
  static List<String> trim(List<String> paragraphs) {
    int n = paragraphs.size();
    for (int i = Math.max(1, n / 2); i < n; i++) {
      if (n - i <= MAX_TAIL_PARAGRAPHS
          && opensTail(paragraphs.get(i), i + 1 < n ? paragraphs.get(i + 1) : "")) {
        return paragraphs.subList(0, i);
      }
    }
    return paragraphs;
  }

  /** Whether {@code line} opens the tail; {@code next} is the paragraph after it. */
  private static boolean opensTail(String line, String next) {
    if (Text.moreWordsThan(line, MAX_ABOUT_WORDS) || Text.endsLikeSentence(line) && !line.endsWith(".")) {
      return false;
    }
    String n = Text.normalise(line);
    if (LABELS.contains(n)) {
      return true;
    }
    // "About Acme Corp." over "Acme Corp. is a maker of ...": the box that describes the company. A
    // subheading that starts with "About" is not followed by a paragraph that opens with its words.
    String label = Text.lower(line.strip());
    while (!label.isEmpty() && ".:".indexOf(label.charAt(label.length() - 1)) >= 0) {
      label = label.substring(0, label.length() - 1);
    }
    for (String about : ABOUT) {
      if (label.startsWith(about) && label.length() > about.length()) {
        String name = withoutArticle(label.substring(about.length()));
        String opening = withoutArticle(Text.lower(next));
        return name.length() >= 2 && opening.startsWith(name) && opening.length() > name.length()
            && !Character.isLetterOrDigit(opening.charAt(name.length()));
      }
    }
    return false;
  }

  private static final List<String> ABOUT = List.of("about ", "über ", "à propos de ", "a propos de ",
      "acerca de ", "sobre ", "over ");

  private static String withoutArticle(String s) {
    for (String a : List.of("the ", "die ", "der ", "das ", "la ", "le ", "l'", "el ", "de ", "d'")) {
      if (s.startsWith(a)) {
        return s.substring(a.length());
      }
    }
    return s;
  }
}
