package io.github.lede.extract;

import java.util.List;
import java.util.Set;

/**
 * Recognises site chrome in scraped text: navigation, sharing and subscription prompts, cookie notices,
 * reading-time badges, "related" headers, reprint and market-data small print ({@link Notices}). A line is
 * chrome by its words alone, so the rules look only at short lines or at prompts addressed to the reader,
 * never at ordinary sentences of reporting.
 */
final class Chrome {
  /** Whole lines (normalised: lower case, digits as #, outer punctuation trimmed) that are always chrome. */
  private static final Set<String> LINES = Set.of(
      "skip to main content", "skip to content", "skip to navigation", "skip navigation", "skip to footer",
      "open this photo in gallery", "advertisement", "advertisment", "ad", "ads", "sponsored",
      "sponsored content", "paid content", "share", "share this", "share this article", "share this story",
      "share article", "share story", "share page", "copy link", "link copied", "copied", "print", "email",
      "e-mail", "comments", "comment", "show comments", "view comments", "leave a comment", "add a comment",
      "join the conversation", "report an error", "report a typo", "report a correction", "subscribe",
      "subscribe now", "sign up", "sign in", "log in", "login", "log out", "register", "read more", "more",
      "related", "related articles", "related stories", "related content", "related topics", "related coverage",
      "more from", "more on this story", "more stories", "more news", "most popular", "most read",
      "most viewed", "popular", "trending", "trending now", "top stories", "latest", "latest news",
      "latest stories", "you might also like", "you may also like", "recommended", "recommended for you",
      "recommended stories", "editor's picks", "editors' picks", "what to read next", "read next", "up next",
      "listen", "listen to this article", "watch", "video", "image", "photo", "photos", "gallery", "menu",
      "search", "home", "close", "back to top", "continue reading", "story continues below advertisement",
      "story continues below", "article continues below", "article continues after advertisement",
      "advertisement - scroll to continue", "scroll to continue", "open in app", "download the app",
      "get the app", "follow us", "follow", "newsletter", "newsletters", "accept", "accept all",
      "accept cookies", "accept all cookies", "reject all", "manage preferences", "manage cookies",
      "cookie settings", "cookie policy", "privacy policy", "terms of use", "terms of service", "contact us",
      "about us", "all rights reserved", "loading", "facebook", "twitter", "x", "linkedin", "whatsapp",
      "reddit", "pinterest", "telegram", "instagram", "tiktok", "youtube", "flipboard", "bookmark", "save",
      "saved", "save article", "save for later", "gift article", "gift this article", "tags", "topics",
      "filed under", "see all", "view all", "show more", "load more", "next", "previous", "next article",
      "previous article", "explore more", "go to comments", "jump to comments", "image caption",
      "about the author", "about the authors", "über den autor", "über die autorin", "zum autor", "zur autorin",
      "media caption", "toggle caption", "hide caption", "show caption", "caption", "less", "show less",
      "read less", "expand", "enlarge", "enlarge this image",
      "view image in fullscreen", "view image", "watch video", "play video", "play", "pause", "mute",
      "breaking news", "live", "live updates", "opinion", "analysis", "world", "politics", "business", "sport",
      "sports", "news", "local news", "tech", "technology", "science", "health", "entertainment", "culture",
      "lifestyle", "travel", "weather", "markets", "asia", "europe", "africa", "americas", "middle east",
      "u.s", "uk", "canada", "australia",
      // The same furniture on sites in other languages (German, French, Spanish, Italian, Portuguese, Dutch,
      // Polish): share, comments, contact, loading, related and "read more" labels.
      "teilen", "artikel teilen", "beitrag teilen", "seite teilen", "drucken", "kommentare", "kommentar",
      "kontakt", "anzeige", "werbung", "wird geladen", "laden", "mehr zum thema", "auch interessant",
      "das könnte sie auch interessieren", "das könnte dich auch interessieren", "neueste artikel",
      "neueste beiträge", "ähnliche artikel", "ähnliche beiträge", "verwandte artikel", "weiterlesen",
      "zum weiterlesen", "mehr lesen", "schon gelesen?", "lesen sie auch", "beitragsbild", "quellenangaben",
      "partager", "commentaires", "publicité", "lire aussi", "lire la suite", "vous aimerez aussi",
      "à lire aussi", "sur le même sujet", "compartir", "comentarios", "publicidad", "lee también",
      "leer más", "te puede interesar", "también te puede interesar", "noticias relacionadas", "condividi",
      "commenti", "pubblicità", "leggi anche", "partilhar", "compartilhar", "comentários", "leia também",
      "leia mais", "delen", "reacties", "lees ook", "lees meer", "udostępnij", "komentarze", "reklama",
      "czytaj także", "czytaj też", "czytaj więcej");

  /** Line starts that make a short line chrome. */
  private static final List<String> PREFIXES = List.of(
      "follow ", "subscribe to", "subscribe for", "sign up for", "sign up to", "sign up now", "get our ",
      "get the latest", "download our", "download the", "read more", "related:", "see also:", "also read:",
      "read also:", "more:", "watch:", "listen:", "click here", "tap here", "this article was published more than",
      "we use cookies", "by clicking", "by using this site", "by continuing", "you can unsubscribe",
      "our editorial", "editorial code", "editorial standards", "share on ", "share via", "share to ", "post to ",
      "posted in", "filed in", "tags:", "topics:", "copyright", "© ", "(c) ", "all rights reserved",
      "listen to this article", "story continues", "article continues", "advertisement", "sponsored by",
      "more from ", "more on ", "recommended:", "trending:", "most popular:", "photos:",
      "video:", "watch now", "join our", "support our", "support independent", "already a subscriber",
      "already have an account", "create an account", "create a free account", "log in to", "sign in to",
      "you have reached", "you've reached", "thanks for reading", "thank you for reading", "to continue reading",
      "unlock this article", "become a member", "become a subscriber", "start your free trial",
      "we are not responsible for the content of external", "font size", "text size",
      // Reader prompts of sites in other languages: "Did you like the article?", "You might also like".
      "das könnte sie auch", "das könnte dich auch", "sie könnten auch an", "war der artikel", "wie bewerten sie",
      "möchten sie den artikel", "den artikel mit anderen", "diesen artikel teilen", "empfohlener redaktioneller",
      "vorschau auf den nächsten", "zum weiterlesen", "lesen sie auch", "mehr zum thema", "weitere artikel",
      "vous aimerez aussi", "vous aimerez peut-être", "à lire aussi", "lire aussi", "te puede interesar",
      "también te puede", "lee también", "leia também", "leggi anche", "lees ook", "czytaj także");

  /** Parts of a line that mark it as a reading-time or media badge. */
  private static final List<String> BADGES = List.of(" min read", " minute read", " minutes read", " min listen",
      " mins read", " min watch");
  private static final List<String> BADGE_STARTS = BADGES.stream().map(b -> b.substring(1)).toList();

  /** Words of a prompt addressed to the reader; chrome only with a second-person or imperative form. */
  private static final List<String> PROMPT_WORDS = List.of(
      "newsletter", "cookie", "subscribe", "subscription", "sign up", "log in", "sign in", "unsubscribe",
      "inbox", "app store", "google play", "notifications", "whatsapp channel", "follow us", "our app",
      "ad blocker", "adblock", "paywall", "premium", "membership", "become a member", "support us",
      "support our journalism", "support our reporting", "donation", "donate", "mitglied werden", "abonnieren",
      "spenden", "abonnement", "s'abonner", "abonnez-vous", "suscríbete", "hazte socio");

  /** Words addressing the reader, opening the line or after a space. */
  private static final List<String> READER_WORDS = List.of("you ", "your ", "you'", "our ", "we ");
  private static final List<String> SPACED_READER_WORDS = READER_WORDS.stream().map(w -> " " + w).toList();

  /** Imperatives that open a prompt. */
  private static final List<String> PROMPT_STARTS = List.of(
      "sign up", "subscribe", "click", "tap ", "download", "get the", "get our", "join ", "follow ", "register",
      "enable ", "turn on", "allow ", "accept ", "manage ", "update your", "log in", "sign in", "jetzt ",
      "unterstützen sie", "werden sie", "melden sie sich");

  /** Lines introducing a list of other articles' headlines, which follows as chrome. */
  private static final Set<String> LIST_HEADERS = Set.of(
      "read more", "related", "related articles", "related stories", "related content", "related coverage",
      "more from", "more on this story", "more stories", "more news", "most popular", "most read", "most viewed",
      "popular", "trending", "trending now", "top stories", "latest", "latest news", "latest stories",
      "you might also like", "you may also like", "recommended", "recommended for you", "recommended stories",
      "editor's picks", "editors' picks", "what to read next", "read next", "up next", "explore more",
      "also read", "see also", "more coverage", "related topics", "related internet links", "related links",
      "more on this topic", "more in this section", "read this next", "elsewhere", "from around the web");

  /** Lines after which the next unit is a photo caption. */
  private static final Set<String> CAPTION_MARKERS = Set.of(
      "open this photo in gallery", "image", "photo", "image caption", "media caption", "toggle caption",
      "enlarge this image", "view image in fullscreen", "expand", "enlarge", "view image", "gallery");

  private Chrome() {}

  static boolean isChrome(String line) {
    // Every rule below is about lines of 30 words or fewer: a paragraph of reporting is never chrome.
    if (Text.moreWordsThan(line, 30)) {
      return false;
    }
    String n = Text.normalise(line);
    if (n.isEmpty()) {
      return true;
    }
    if (LINES.contains(n) || LINES.contains(withoutCount(n)) || isGalleryCounter(n)) {
      return true;
    }
    int words = Text.wordCount(n);
    if (words <= 15) {
      for (String p : PREFIXES) {
        if (n.startsWith(p)) {
          return true;
        }
      }
      for (int i = 0; i < BADGES.size(); i++) {
        if (n.contains(BADGES.get(i)) || n.startsWith(BADGE_STARTS.get(i))) {
          return true;
        }
      }
      if (isSocialHandle(n) || isBreadcrumb(line) || isReadingTime(n, words) || isTimeAgo(n, words)) {
        return true;
      }
    }
    return words <= 30 && (isPrompt(n) || isContactLine(n) || Notices.isNotice(n));
  }

  /** Labels of a reading-time badge, in the languages of {@link #LINES}. */
  private static final List<String> READING_TIME = List.of(
      "reading time", "read time", "estimated reading time", "time to read", "lesezeit", "lesedauer",
      "temps de lecture", "tiempo de lectura", "tempo di lettura", "tempo de leitura", "leestijd", "czas czytania");

  /** "Reading time: 4 minutes", "Lesezeit: 3 Min.": a label and a figure. */
  private static boolean isReadingTime(String n, int words) {
    return words <= 6 && n.indexOf('#') >= 0 && startsWithAny(n, READING_TIME);
  }

  /** Units of a relative time stamp, singular and plural, in English, German, French and Spanish. */
  private static final Set<String> TIME_UNITS = Set.of(
      "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h",
      "day", "days", "week", "weeks", "month", "months", "year", "years", "sekunden", "minuten",
      "stunde", "stunden", "tag", "tagen", "woche", "wochen", "monat", "monaten", "jahr", "jahren", "seconde",
      "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "segundos",
      "minutos", "hora", "horas", "día", "días", "semana", "semanas", "mes", "meses", "año", "años");

  /** Words that stand for a count of one: "an hour ago", "vor einer Stunde". */
  private static final Set<String> ONE = Set.of("#", "a", "an", "one", "einer", "einem", "un", "une", "una");

  /**
   * A relative time stamp alone: "3 hours ago", "Updated an hour ago", "vor 2 Tagen", "il y a 3 heures",
   * "hace 2 horas". Said in a sentence ("two hours ago, the bridge closed") it is reporting.
   */
  private static boolean isTimeAgo(String n, int words) {
    if (words > 6) {
      return false;
    }
    String t = n;
    for (String label : List.of("updated ", "published ", "posted ", "aktualisiert ", "mis à jour ")) {
      if (t.startsWith(label)) {
        t = t.substring(label.length());
      }
    }
    String[] w = t.split(" ");
    return w.length == 3 && ONE.contains(w[0]) && TIME_UNITS.contains(w[1]) && w[2].equals("ago")
        || w.length == 3 && w[0].equals("vor") && ONE.contains(w[1]) && TIME_UNITS.contains(w[2])
        || w.length == 3 && w[0].equals("hace") && ONE.contains(w[1]) && TIME_UNITS.contains(w[2])
        || w.length == 5 && w[0].equals("il") && w[1].equals("y") && w[2].equals("a") && ONE.contains(w[3])
            && TIME_UNITS.contains(w[4]);
  }

  private static boolean startsWithAny(String n, List<String> starts) {
    for (String s : starts) {
      if (n.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** A gallery's position counter, its digits and their runs made one {@code #}: "Image 3 of 12", "2 / 5". */
  private static final Set<String> GALLERY_COUNTERS = Set.of(
      "# of #", "# / #", "#/#", "(# of #)", "(#/#)", "image # of #", "photo # of #", "picture # of #",
      "slide # of #", "gallery # of #", "bild # von #", "foto # von #", "# von #", "photo # sur #", "# sur #",
      "image # sur #", "foto # de #", "imagen # de #", "# de #", "foto # di #", "# di #", "foto # van #");

  private static boolean isGalleryCounter(String n) {
    if (n.length() > 24 || n.indexOf('#') < 0) {
      return false;
    }
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c != '#' || sb.isEmpty() || sb.charAt(sb.length() - 1) != '#') {
        sb.append(c);
      }
    }
    return GALLERY_COUNTERS.contains(sb.toString());
  }

  /** "comments (#)" -> "comments": a counter after a chrome word. */
  private static String withoutCount(String n) {
    int open = n.lastIndexOf(" (");
    return open > 0 && n.endsWith(")") ? n.substring(0, open) : n;
  }

  /** "Reach Jane Doe at jdoe@example.com.": how to reach the author, not part of the story. */
  private static boolean isContactLine(String n) {
    return n.indexOf('@') > 0 && (n.startsWith("reach ") || n.startsWith("contact ") || n.startsWith("email ")
        || n.startsWith("e-mail ") || n.startsWith("write to ") || n.contains(" can be reached")
        || n.startsWith("follow "));
  }

  /**
   * "Sign up for our newsletter", "We use cookies to ...": a prompt to the reader, not reporting. Of its
   * three conditions the cheapest and rarest is tested first: nearly every line of reporting fails it.
   */
  private static boolean isPrompt(String n) {
    return addressesReader(n)
        && !(n.indexOf('"') >= 0 || n.indexOf('“') >= 0 || n.contains(" said") || n.contains(" says"))
        && containsAnyPhrase(n, PROMPT_WORDS);
  }

  /** Opens with an imperative or addresses the reader ("you", "our"). */
  private static boolean addressesReader(String n) {
    for (String w : PROMPT_STARTS) {
      if (n.startsWith(w)) {
        return true;
      }
    }
    for (String w : READER_WORDS) {
      if (n.startsWith(w)) {
        return true;
      }
    }
    return containsAny(n, SPACED_READER_WORDS);
  }

  /**
   * The action a prompt asks of the reader ("follow" for "Follow related authors and topics", "sign" for
   * "Sign up for our newsletter"), or null when the line opens with no imperative.
   */
  static String promptAction(String line) {
    String n = Text.normalise(line);
    for (String w : PROMPT_STARTS) {
      if (n.startsWith(w)) {
        int space = w.indexOf(' ');
        return space < 0 ? w : w.substring(0, space);
      }
    }
    return null;
  }

  /**
   * True for a short sentence that explains a prompt with this action: it addresses the reader and names the
   * action ("Authors and topics you follow will be added to your feed." after "Follow ...").
   */
  static boolean explains(String line, String action) {
    if (Text.moreWordsThan(line, 30)) {
      return false;
    }
    String n = Text.normalise(line);
    if (!addressesReader(n)) {
      return false;
    }
    for (int at = n.indexOf(action); at >= 0; at = n.indexOf(action, at + 1)) {
      if (at == 0 || !Character.isLetter(n.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean containsAny(String n, List<String> parts) {
    for (String w : parts) {
      if (n.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code n} holds one of the phrases as words of its own, or their plural: "our app" is not in "your
   * appetite", nor "cookie" in "cookiecutter".
   */
  static boolean containsAnyPhrase(String n, List<String> phrases) {
    for (String w : phrases) {
      for (int at = n.indexOf(w); at >= 0; at = n.indexOf(w, at + 1)) {
        int end = at + w.length();
        if (end < n.length() && n.charAt(end) == 's') {
          end++;
        }
        if ((at == 0 || !Character.isLetterOrDigit(n.charAt(at - 1)))
            && (end == n.length() || !Character.isLetterOrDigit(n.charAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isSocialHandle(String n) {
    return n.startsWith("@") && n.indexOf(' ') < 0;
  }

  /** "World > Asia > Korea", "News | Politics": short capitalised words between separators, no sentence. */
  private static boolean isBreadcrumb(String line) {
    int separators = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      // Spaced, as menus write them: "News / World"; "Name/Agency" is a photo credit.
      if ((c == '>' || c == '›' || c == '»' || c == '|' || c == '/' || c == '•') && i > 0 && i + 1 < line.length()
          && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ') {
        separators++;
      }
    }
    return separators >= 1 && !Text.endsLikeSentence(line) && !Text.moreWordsThan(line, 8)
        && Text.capitalisedShare(line) >= 0.99;
  }

  /** True for a chrome line that introduces a list of headlines to other articles. */
  static boolean introducesList(String line) {
    return LIST_HEADERS.contains(Text.normalise(line));
  }

  /** True for a chrome line after which a photo caption follows. */
  static boolean introducesCaption(String line) {
    return CAPTION_MARKERS.contains(Text.normalise(line));
  }
}
