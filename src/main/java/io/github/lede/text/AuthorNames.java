package io.github.lede.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Author names as metadata and bylines write them: splits an author string ({@code "Jane Doe and John Roe"},
 * {@code "A; B"}, {@code "A, B & C"}) into names and puts names written in capitals into their usual case.
 * Shared by {@code ingest} (metadata) and {@code extract} (bylines).
 */
public final class AuthorNames {
  private AuthorNames() {}

  public static List<String> split(String value) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    String s = value.strip();
    if (s.regionMatches(true, 0, "by ", 0, 3)) {
      s = s.substring(3);
    }
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      int sep = separatorLength(s, i);
      if (sep > 0) {
        add(names, s.substring(start, i));
        i += sep;
        start = i;
      } else {
        i++;
      }
    }
    add(names, s.substring(start));
    return names;
  }

  /** Length of a name separator at {@code i}: {@code ,} {@code ;} {@code &} {@code |} or the word "and". */
  private static int separatorLength(String s, int i) {
    char c = s.charAt(i);
    if (c == ',' || c == ';' || c == '&' || c == '|') {
      return 1;
    }
    if (c == ' ' && s.regionMatches(true, i, " and ", 0, 5)) {
      return 5;
    }
    return 0;
  }

  private static void add(List<String> names, String name) {
    String n = name.strip();
    if (!n.isEmpty() && !n.equalsIgnoreCase("and")) {
      names.add(n);
    }
  }

  /** "HANA OKAFOR" becomes "Hana Okafor"; names already in mixed case are kept as written. */
  public static String fixCase(String name) {
    boolean hasLower = false;
    for (int i = 0; i < name.length(); i++) {
      if (Character.isLowerCase(name.charAt(i))) {
        hasLower = true;
        break;
      }
    }
    if (hasLower) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length());
    boolean startOfWord = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      sb.append(startOfWord ? c : Character.toLowerCase(c));
      // Hyphens and apostrophes start a new capital too: "JEAN-PAUL O'NEIL" -> "Jean-Paul O'Neil".
      startOfWord = !Character.isLetter(c);
    }
    return sb.toString();
  }
}
