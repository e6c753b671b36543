package io.github.lede.extract.people;

import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.extract.people.tagger.TaggerModel;
import io.github.lede.model.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people an article mentions and groups their mentions. The rules judge each capitalised run
 * ({@link NameFinder}) and group what they find; a trained tagger ({@link NameTagger}), reading the rules'
 * verdicts among its features, then decides which runs hold names, and the same grouping joins its mentions
 * into people: "Putin", "Mr. Putin" and a headline's "PUTIN" join "Vladimir Putin", each person named by
 * the fullest form the article uses, with the title kept apart as the role. Thread-safe.
 */
public final class PeopleExtractor {
  private final NameFinder finder = new NameFinder();
  /** The tagger, or null for the rules alone, or the shipped model when {@link #shipped}. */
  private final NameTagger tagger;
  private final boolean shipped;

  /** With the model shipped in the jar, or the one {@code -Dlede.people.model=FILE} names, read on first use. */
  public PeopleExtractor() {
    this.tagger = null;
    this.shipped = true;
  }

  private PeopleExtractor(NameTagger tagger) {
    this.tagger = tagger;
    this.shipped = false;
  }

  /** With a model of one's own (from {@code lede train people}). */
  public static PeopleExtractor withModel(TaggerModel model) {
    return new PeopleExtractor(new NameTagger(model));
  }

  /** The hand-written rules alone, without a model: what lede did before it learned. */
  public static PeopleExtractor rulesOnly() {
    return new PeopleExtractor((NameTagger) null);
  }

  static PeopleExtractor withTagger(NameTagger tagger) {
    return new PeopleExtractor(tagger);
  }

  public List<Person> extract(Article article) {
    ArticleRead read = read(article);
    NameTagger t = shipped ? ShippedModel.tagger() : tagger;
    if (t == null) {
      return people(group(read.candidates));
    }
    t.tag(read.fields, read.evidence);
    return people(group(TaggedMentions.of(read)));
  }

  /** An article split into tokens, judged by the rules, with the evidence the tagger reads. */
  record ArticleRead(List<NameRuns> fields, List<Candidate> candidates, ArticleEvidence evidence) {}

  ArticleRead read(Article article) {
    List<NameRuns> fields = new ArrayList<>();
    List<Candidate> all = new ArrayList<>();
    readField(article.headline(), ArticleField.HEADLINE, 0, fields, all);
    for (int i = 0; i < article.captions().size(); i++) {
      readField(article.captions().get(i), ArticleField.CAPTION, i, fields, all);
    }
    readField(article.body(), ArticleField.BODY, 0, fields, all);
    List<PersonGroup> ruleGroups = group(new ArrayList<>(all));
    for (PersonGroup g : ruleGroups) {
      for (NameRuns f : fields) {
        f.markRuleMentions(g.mentions);
      }
    }
    return new ArticleRead(fields, all, new ArticleEvidence(fields, ruleGroups));
  }

  private void readField(String text, ArticleField field, int index, List<NameRuns> fields, List<Candidate> all) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Candidate> found = finder.find(tokens, text, field, index);
    fields.add(new NameRuns(field, index, text, tokens, found));
    all.addAll(found);
  }

  private static List<Person> people(List<PersonGroup> groups) {
    List<Person> people = new ArrayList<>(groups.size());
    for (PersonGroup g : groups) {
      people.add(g.toPerson());
    }
    return people;
  }

  /** Groups the mentions into people, in the order the article introduces them. */
  static List<PersonGroup> group(List<Candidate> all) {
    promoteListMembers(all);
    List<PersonGroup> groups = new ArrayList<>();
    // Pass 1: the people named with enough evidence, fullest forms first so that surnames find them.
    for (int order = 0; order < all.size(); order++) {
      Candidate c = all.get(order);
      if (c.verdict == Candidate.Verdict.PERSON && c.size() >= 2) {
        join(groups, c, order, true);
      }
    }
    for (int order = 0; order < all.size(); order++) {
      Candidate c = all.get(order);
      if (c.verdict == Candidate.Verdict.PERSON && c.size() == 1) {
        join(groups, c, order, true);
      }
    }
    // Pass 2: undecided runs that name someone already found, in whole or by one of their names.
    for (int order = 0; order < all.size(); order++) {
      Candidate c = all.get(order);
      if (c.verdict != Candidate.Verdict.UNDECIDED) {
        continue;
      }
      if (c.first().inCapsLine || c.size() > 3) {
        linkInside(groups, c, order);
      } else {
        join(groups, c, order, false);
      }
    }
    groups.sort(java.util.Comparator.comparingInt(PeopleExtractor::firstOrder));
    return groups;
  }

  /**
   * Team sheets and leaderboards list names between commas: where a list of three or more holds two people
   * already, its other two- to four-word entries are people too ("Sanath Jayasuriya, Romesh Kaluwitharana,
   * Asanka Gurusinha").
   */
  private static void promoteListMembers(List<Candidate> all) {
    int i = 0;
    while (i < all.size()) {
      int j = i;
      while (j + 1 < all.size() && commaBetween(all.get(j), all.get(j + 1))) {
        j++;
      }
      if (j - i >= 2) {
        int people = 0;
        for (int k = i; k <= j; k++) {
          people += all.get(k).verdict == Candidate.Verdict.PERSON && all.get(k).size() >= 2 ? 1 : 0;
        }
        if (people >= 2) {
          for (int k = i; k <= j; k++) {
            Candidate c = all.get(k);
            if (c.verdict == Candidate.Verdict.UNDECIDED && c.size() >= 2 && c.size() <= 4 && !c.first().inCapsLine) {
              all.set(k, c.withVerdict(Candidate.Verdict.PERSON));
            }
          }
        }
      }
      i = j + 1;
    }
  }

  /** The two candidates stand in one token list with only a comma (or ", and") between them. */
  private static boolean commaBetween(Candidate a, Candidate b) {
    if (a.tokens != b.tokens || b.from - a.to < 1 || b.from - a.to > 2 || !a.tokens.get(a.to).isPunct(',')) {
      return false;
    }
    return b.from - a.to == 1 || a.tokens.get(a.to + 1).key.equals("and");
  }

  /** Adds the candidate to the person it names; with {@code create}, a new person when none matches. */
  private static void join(List<PersonGroup> groups, Candidate c, int order, boolean create) {
    PersonGroup match = match(groups, c);
    if (match != null) {
      match.add(c, order);
      match.firstOrder = Math.min(match.firstOrder, order);
    } else if (create) {
      PersonGroup g = new PersonGroup();
      g.firstOrder = order;
      g.add(c, order);
      groups.add(g);
    }
  }

  /**
   * The person a candidate names: one whose words include all of the candidate's words (its surname, its
   * given name, or the full name), the one met most recently when several fit.
   */
  private static PersonGroup match(List<PersonGroup> groups, Candidate c) {
    PersonGroup best = null;
    for (PersonGroup g : groups) {
      if (containsAll(g, c) && (best == null || g.lastSeen > best.lastSeen)) {
        best = g;
      }
    }
    return best;
  }

  private static boolean containsAll(PersonGroup g, Candidate c) {
    if (c.size() == 1) {
      return namesAlone(g, c.first());
    }
    for (int i = c.from; i < c.to; i++) {
      Token t = c.tokens.get(i);
      if (!g.words.contains(t.key) && !t.isInitial() && !Lexicon.PARTICLES.contains(t.key)) {
        return false;
      }
    }
    return true;
  }

  /**
   * One word stands for a person when it is their family name: the last word of their fullest name, or the
   * first for names written family-first ("Kim" of Kim Jong Un). A given name alone ("Hinata") counts too,
   * unless it is an ordinary word or a place, or stands in a line of capitals.
   */
  private static boolean namesAlone(PersonGroup g, Token t) {
    Candidate full = g.canonical();
    if (full.size() == 1) {
      return full.first().key.equals(t.key);
    }
    String last = full.last().key;
    if (last.equals(t.key) || NameFinder.isArabicArticleName(full.last().text)
        && last.substring(last.indexOf('-') + 1).equals(t.key)) {
      return true;
    }
    Gazetteer gz = Gazetteer.get();
    if (!full.first().key.equals(t.key)) {
      return false;
    }
    return gz.asianFamily.contains(t.key)
        || !t.inCapsLine && !gz.common.contains(t.key) && !gz.isPlace(t.key);
  }

  /**
   * In a line of capitals or a long run ("SHEARER NAMED AS ENGLAND CAPTAIN"), the words that name a person
   * already found become mentions of their own.
   */
  private static void linkInside(List<PersonGroup> groups, Candidate c, int order) {
    int i = c.from;
    while (i < c.to) {
      int end = i;
      PersonGroup g = null;
      // The longest stretch from i that one person's words cover.
      for (int j = i + 1; j <= c.to; j++) {
        Candidate part = new Candidate(c.field, c.index, c.source, c.tokens, i, j, null, Candidate.Verdict.PERSON);
        PersonGroup m = match(groups, part);
        if (m == null || Lexicon.PARTICLES.contains(c.tokens.get(j - 1).key)) {
          break;
        }
        g = m;
        end = j;
      }
      if (g != null && !isWeakWord(c.tokens.get(i))) {
        g.add(new Candidate(c.field, c.index, c.source, c.tokens, i, end, null, Candidate.Verdict.PERSON), order);
        i = end;
      } else {
        i++;
      }
    }
  }

  /** A word too common to stand for a person alone in a line of capitals ("WILL", "MAY"). */
  private static boolean isWeakWord(Token t) {
    return Gazetteer.get().common.contains(t.key) || Lexicon.NEVER_NAMES.contains(t.key);
  }

  private static int firstOrder(PersonGroup g) {
    return g.firstOrder;
  }
}
