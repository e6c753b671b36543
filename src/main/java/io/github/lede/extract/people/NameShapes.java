package io.github.lede.extract.people;

/**
 * Family names recognisable by their form when no list holds them: Slavic "-ov", "-enko", "-ski", Greek
 * "-opoulos", Georgian "-shvili", Armenian "-yan", Turkish "-oglu", Japanese "-moto", Irish "O'" and
 * Scottish "Mc" and "Mac". Only asked about capitalised words that are not ordinary English words or places.
 */
final class NameShapes {
  private static final String[] SUFFIXES = {
    "ov", "ova", "ev", "eva", "yev", "yeva", "sky", "skiy", "skaya", "ski", "cki", "wski", "enko", "chuk", "vich",
    "vych", "ovic", "evic", "czyk", "wicz", "opoulos", "poulos", "idis", "akis", "shvili", "dze", "yan", "oglu",
    "moto", "yama", "mura", "kawa", "gawa", "shima", "jima", "zaki", "saki", "hara", "bara", "hashi", "uchi",
    "ovski", "evski", "escu", "eanu", "ssen", "sson", "stein", "mann", "berg"
  };

  private NameShapes() {}

  /** The key (lower case) has the form of a family name. */
  static boolean looksLikeFamilyName(String key, String text) {
    if (key.length() < 4) {
      return false;
    }
    if (text.length() > 3 && (text.startsWith("O'") || text.startsWith("O’")) && Character.isUpperCase(text.charAt(2))) {
      return true;
    }
    if (text.length() > 3 && text.startsWith("Mc") && Character.isUpperCase(text.charAt(2))
        || text.length() > 4 && text.startsWith("Mac") && Character.isUpperCase(text.charAt(3))) {
      return true;
    }
    for (String s : SUFFIXES) {
      if (key.endsWith(s) && key.length() >= s.length() + 3) {
        return true;
      }
    }
    return false;
  }
}
