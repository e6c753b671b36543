package io.github.lede.extract;

import io.github.lede.text.WordList;
import java.util.List;

/**
 * Recognises photo captions and photo credits: a credit glued to the caption by a scraper
 * ("...Amur region, Russia.KCNA/Reuters"), a trailing "(AP Photo/Name)" or "Photograph: Name/Agency", a
 * caption prefix ("Image caption, ...", "Photo: ..."), and credit-only lines ("Getty Images",
 * "Image source, Reuters").
 */
final class Captions {
  /** A caption split from its credit; the credit is null when there is none. */
  record Caption(String text, String credit) {}

  /** Words that make a short tail a photo credit. */
  private static final List<String> CREDIT_WORDS = List.of(
      "reuters", "ap", "afp", "getty", "images", "image", "epa", "efe", "bloomberg", "press", "photo", "photos",
      "photograph", "pool", "handout", "shutterstock", "alamy", "kcna", "kctv", "yonhap", "xinhua", "kyodo",
      "anadolu", "nurphoto", "sopa", "zuma", "sipa", "dpa", "tass", "sputnik", "agency", "supplied", "courtesy",
      "file", "pa", "wire", "via", "stringer", "staff", "photographer", "archive", "collection", "museum",
      "news", "aap", "ani", "pti", "imago", "bbc", "cnn", "nasa");

  private static final List<String> CAPTION_PREFIXES = List.of(
      "image caption,", "image caption:", "caption:", "photo caption:", "photo:", "pictured:", "above:",
      "top:", "main image:", "media caption,", "picture:", "in pictures:", "file photo:", "image:");

  /** Prefixes that make a short line a credit. */
  private static final List<String> CREDIT_PREFIXES = List.of(
      "image source,", "image source:", "photo credit:", "credit:", "photograph:", "photo by ", "illustration:",
      "graphic:", "source:");

  /** Prefixes that open captions as often as credits: a credit only when the rest reads as one. */
  private static final List<String> CAPTION_OR_CREDIT_PREFIXES = List.of(
      "photo:", "photos:", "picture:", "pictures:", "image:");

  /** Longest glued credit looked for, in characters. */
  private static final int MAX_CREDIT_CHARS = 120;
  /** Most words a glued credit has. */
  private static final int MAX_CREDIT_WORDS = 10;

  private Captions() {}

  /** The caption in a line that reads as one, with its credit; null when the line is not a caption. */
  static Caption parse(String line) {
    for (String p : CAPTION_PREFIXES) {
      if (Text.startsWithIgnoreCase(line, p) && line.length() > p.length() + 1) {
        String rest = line.substring(p.length()).strip();
        Caption c = splitCredit(rest);
        return c != null ? c : new Caption(rest, null);
      }
    }
    return splitCredit(line);
  }

  /** A caption line whose end is a credit, split in two; null when it has no recognisable credit. */
  static Caption splitCredit(String line) {
    int end = line.length();
    // "(AP Photo/Ahn Young-joon)" or "(Photo by X/AFP via Getty Images)" closing the line
    int tail = Math.max(0, end - MAX_CREDIT_CHARS);
    if (end > 2 && line.charAt(end - 1) == ')') {
      int open = end - 2;
      while (open >= tail && line.charAt(open) != '(') {
        open--;
      }
      open = open >= tail ? open : -1;
      String inner = line.substring(open + 1, end - 1);
      // "(Reuters)" alone may close a wire paragraph; a photo credit names a photo or a photographer.
      if (open > 0 && isCreditTail(inner, true) && (inner.indexOf('/') > 0 || hasPhotoWord(inner)
          || shortSentenceBefore(line.substring(0, open)))) {
        String text = line.substring(0, open).strip();
        if (!text.isEmpty() && Text.moreWordsThan(text, 2)) {
          return new Caption(text, inner.strip());
        }
      }
    }
    // "... on Tuesday. Photograph: Name/Agency"
    for (String marker : List.of(" Photograph: ", " Photo: ", " Photo credit: ", " Credit: ", " Photos: ",
        " Picture: ", " Illustration: ")) {
      // Only the line's last stretch can hold a credit: search there, not the whole paragraph.
      int at = line.indexOf(marker, tail);
      if (at > 0 && !Text.moreWordsThan(line.substring(at), 10)) {
        String text = line.substring(0, at).strip();
        if (Text.moreWordsThan(text, 2)) {
          return new Caption(text, line.substring(at + marker.length()).strip());
        }
      }
    }
    // "...Amur region, Russia.KCNA/Reuters": a sentence end glued to a capitalised credit. Credits are
    // short, so only the line's last stretch is searched (and a long line costs no more than a short one).
    // Words in line[p..], kept as p moves left (a word is counted at its first character), so the stretch is
    // read once rather than once per space.
    int words = end == 0 || Character.isWhitespace(line.charAt(end - 1)) ? 0 : 1;
    for (int p = line.length() - 2; p > tail; p--) {
      char c = line.charAt(p);
      if (!Character.isWhitespace(c) && Character.isWhitespace(line.charAt(p + 1))) {
        words++;
      }
      if (c == '.' && Character.isUpperCase(line.charAt(p + 1)) && isGlueable(line.charAt(p - 1))) {
        String credit = line.substring(p + 1);
        if (isCreditTail(credit, false) && looksLikeCredit(credit.strip())) {
          String text = line.substring(0, p + 1).strip();
          return Text.moreWordsThan(text, 2) ? new Caption(text, credit.strip()) : null;
        }
        return null;
      }
      if (c == ' ' && words > MAX_CREDIT_WORDS) {
        return null;
      }
    }
    return null;
  }

  /** "The truce village, seen from the south. (Yonhap)": a short finished sentence, then an agency. */
  private static boolean shortSentenceBefore(String text) {
    String t = text.strip();
    return Text.endsLikeSentence(t) && !Text.moreWordsThan(t, 40);
  }

  private static boolean isGlueable(char before) {
    // Not a capital: "U.S.Army" and tickers such as "<INSU.PA>" glue capitals to a stop too.
    return Character.isLowerCase(before) || Character.isDigit(before) || before == ')' || Text.isCloser(before);
  }

  /**
   * A line that is only a photo credit: "Getty Images", "KCNA via Reuters", "Image source, Reuters",
   * "Photograph: Ahn Young-joon/AP". Returns the credit text, or null.
   */
  static String creditOnly(String line) {
    // "(Image: Acme Corp)": a gallery's credit in brackets reads as the same credit without them.
    if (line.length() > 2 && line.charAt(0) == '(' && line.charAt(line.length() - 1) == ')') {
      line = line.substring(1, line.length() - 1).strip();
    }
    for (String p : CREDIT_PREFIXES) {
      if (Text.startsWithIgnoreCase(line, p) && !Text.moreWordsThan(line, 12)) {
        return line.substring(p.length()).strip();
      }
    }
    for (String p : CAPTION_OR_CREDIT_PREFIXES) {
      if (Text.startsWithIgnoreCase(line, p)) {
        String rest = line.substring(p.length()).strip();
        // "Image: Latchwell" credits the company; "Photo: Volunteers fill sandbags." is a caption.
        return looksLikeCredit(rest) || isShortName(rest) ? rest : null;
      }
    }
    if (listsUnderOtherLabel(line)) {
      // "Genre: Folk/Jazz/Pop", "Format: CD/LP": a label and its values, not a photographer and an agency.
      return null;
    }
    return isCreditTail(line, false) && looksLikeCredit(line.strip()) ? line.strip() : null;
  }

  /** Labels of a photo's credit, lower case, without the colon. */
  private static final java.util.Set<String> CREDIT_LABELS = java.util.Set.of(
      "photo", "photos", "image", "images", "picture", "pictures", "photograph", "credit", "credits", "source",
      "illustration", "graphic", "foto", "fotos", "bild", "bilder", "quelle", "bildquelle", "fotoquelle",
      "bildnachweis", "fotonachweis", "grafik", "titelbild", "crédit", "crédits");

  /**
   * A one-word label that is not a credit's ("Genre:", not "Foto:") before values without a space between
   * them ("Folk/Jazz/Pop"): a credit names a photographer ("Titelbild: Ana Ruiz/ABACA").
   */
  private static boolean listsUnderOtherLabel(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || colon > 24 || line.lastIndexOf(' ', colon) >= 0
        || CREDIT_LABELS.contains(Text.lower(line.substring(0, colon)))) {
      return false;
    }
    return line.indexOf(' ', colon + 2) < 0;
  }

  /**
   * A credit alone on a line names a photographer and an agency ("Kwon Tae-min/The Seoul Standard"), an
   * agency's photo service ("Getty Images", "AFP via Getty Images") or an agency: every word capitalised,
   * and a slash, a "via" or a photo word at the end. Headlines that merely mention a photo or a file do not.
   */
  private static boolean looksLikeCredit(String s) {
    if (Text.moreWordsThan(s, 8)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    int slashes = 0;
    String last = "";
    for (String w : s.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0)) && !w.equals("via") && !w.equals("for")
          && !WordList.NAME_PARTICLES.contains(w)) {
        return false;
      }
      int at = w.indexOf('/');
      if (at > 0 && at < w.length() - 1) {
        slashes++;
      }
      last = Text.lower(w);
    }
    // One photographer/agency pair; "Oct/Dec Jan/Dec" is a table heading.
    return slashes == 1 || s.contains(" via ") || PHOTO_ENDINGS.contains(last);
  }

  /** One to five capitalised words, no digits, no sentence: a name of a person, agency or company. */
  private static boolean isShortName(String s) {
    int words = Text.wordCount(s);
    if (words < 1 || words > 5 || Text.endsLikeSentence(s)) {
      return false;
    }
    for (String w : s.split(" ")) {
      if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static final List<String> PHOTO_ENDINGS = List.of(
      "images", "photo", "photos", "pool", "handout", "reuters", "ap", "afp", "epa", "getty", "shutterstock",
      "alamy", "yonhap", "xinhua", "kyodo", "kcna", "photography", "pictures", "imago", "sipa", "zuma");

  private static boolean hasPhotoWord(String s) {
    String l = Text.lower(s);
    return l.contains("images") || l.contains("photo") || l.contains("pool") || l.contains("handout")
        || l.contains("shutterstock") || l.contains("alamy") || l.contains("via ") || l.contains("file")
        || l.contains("supplied") || l.contains("courtesy");
  }

  /**
   * A short run of capitalised words naming a photographer or agency: "KCNA/Reuters", "Getty Images",
   * "AFP via Getty Images", "AP Photo/Ahn Young-joon". {@code parenthesised} allows "File photo" forms.
   */
  static boolean isCreditTail(String tail, boolean parenthesised) {
    String t = tail.strip();
    if (t.isEmpty() || Text.moreWordsThan(t, 10) || Text.endsLikeSentence(t) && !t.endsWith(".)")
        && !endsWithAbbreviation(t)) {
      return false;
    }
    if (!Character.isUpperCase(t.charAt(0)) && !(parenthesised && Character.isLetter(t.charAt(0)))) {
      return false;
    }
    String l = Text.lower(t);
    if (t.indexOf('/') > 0 && t.indexOf(' ') != 0) {
      return true;
    }
    int words = 0;
    int i = 0;
    while (i < l.length()) {
      while (i < l.length() && !Character.isLetter(l.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < l.length() && Character.isLetter(l.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        if (CREDIT_WORDS.contains(l.substring(start, i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean endsWithAbbreviation(String t) {
    return t.endsWith("Inc.") || t.endsWith("Co.") || t.endsWith("Ltd.") || t.endsWith("Jr.");
  }
}
