package io.github.lede.extract.people;

import io.github.lede.extract.people.tagger.TaggerModel;
import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.Person;
import io.github.lede.text.ArticleTokens;
import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people an article mentions and groups their mentions. The rules judge each capitalised run
 * ({@link NameFinder}, whose verdicts are the named steps of {@link PersonRule}) and group what they find; a
 * trained tagger ({@link NameTagger}), reading the rules' verdicts among its features, then decides which
 * runs hold names ({@link TaggerStep}: the tagger, or one of the rules that stand over it), and the same
 * grouping joins its mentions into people: "Putin", "Mr. Putin" and a headline's "PUTIN" join "Vladimir
 * Putin", each person named by the fullest form the article uses, with the title kept apart as the role.
 * Rules and tagger read the article's tokens, made once ({@link ArticleTokens}). Thread-safe.
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

  /** The people of an article whose fields are tokenized already, each mention with the step that decided it. */
  public ArticlePeople extract(Article article, ArticleTokens tokens) {
    return extract(tokens, false);
  }

  /**
   * As {@link #extract(Article, ArticleTokens)}, and a mention the tagger decided says which features decided
   * it ("tagger (rules: asian-family-first): the article's other uses of the word +41.1, the rules' verdict
   * +22.7, ..."): slower, for {@code lede extract --explain}.
   */
  public ArticlePeople explain(Article article, ArticleTokens tokens) {
    return extract(tokens, true);
  }

  private ArticlePeople extract(ArticleTokens tokens, boolean withFeatures) {
    ArticleRead read = read(tokens);
    NameTagger t = shipped ? ShippedModel.tagger() : tagger;
    if (t == null) {
      return explained(group(read.candidates));
    }
    t.tag(read.fields, read.evidence);
    return explained(group(TaggedMentions.of(read, withFeatures ? t : null)));
  }

  /** The people of an article, tokenizing it first. */
  public ArticlePeople extract(Article article) {
    return extract(article, ArticleTokens.of(article));
  }

  /** An article's fields judged by the rules, with the evidence the tagger reads. */
  record ArticleRead(List<NameRuns> fields, List<Candidate> candidates, ArticleEvidence evidence) {}

  /** The rules' candidates of every field; for the tagger, its runs and the article's evidence too. */
  ArticleRead read(ArticleTokens tokens) {
    List<NameRuns> fields = new ArrayList<>();
    List<Candidate> all = new ArrayList<>();
    readField(tokens.headline(), ArticleField.HEADLINE, 0, fields, all);
    for (int i = 0; i < tokens.captions(); i++) {
      readField(tokens.caption(i), ArticleField.CAPTION, i, fields, all);
    }
    readField(tokens.body(), ArticleField.BODY, 0, fields, all);
    List<PersonGroup> ruleGroups = group(new ArrayList<>(all));
    for (PersonGroup g : ruleGroups) {
      for (NameRuns f : fields) {
        f.markRuleMentions(g.mentions);
      }
    }
    return new ArticleRead(fields, all, new ArticleEvidence(fields, ruleGroups));
  }

  private void readField(Tokens tokens, ArticleField field, int index, List<NameRuns> fields, List<Candidate> all) {
    List<Candidate> found = finder.find(tokens, field, index);
    fields.add(new NameRuns(field, index, tokens, found));
    all.addAll(found);
  }

  /** The people found, in the order the article introduces them, with why each mention is theirs. */
  private static ArticlePeople explained(List<PersonGroup> found) {
    List<Person> people = new ArrayList<>(found.size());
    List<String> reasons = new ArrayList<>(found.size());
    List<List<String>> mentionReasons = new ArrayList<>(found.size());
    for (PersonGroup g : found) {
      List<String> why = new ArrayList<>();
      people.add(g.toPerson(why));
      reasons.add(g.reason());
      mentionReasons.add(why);
    }
    return new ArticlePeople(people, reasons, mentionReasons);
  }

  /** Groups the mentions into people, in the order the article introduces them. */
  static List<PersonGroup> group(List<Candidate> all) {
    promoteListMembers(all);
    PersonGroups groups = new PersonGroups();
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
      if (c.tokens.inCapsLine(c.first()) || c.size() > 3 || c.end() - c.start() > NameFinder.MAX_NAME_CHARS) {
        linkInside(groups, c, order);
      } else {
        join(groups, c, order, false);
      }
    }
    List<PersonGroup> found = new ArrayList<>(groups.all());
    found.sort(java.util.Comparator.comparingInt(PeopleExtractor::firstOrder));
    return found;
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
            if (c.verdict == Candidate.Verdict.UNDECIDED && c.size() >= 2 && c.size() <= 4 && !c.tokens.inCapsLine(c.first())) {
              all.set(k, c.withVerdict(Candidate.Verdict.PERSON, "list-of-people"));
            }
          }
        }
      }
      i = j + 1;
    }
  }

  /** The two candidates stand in one token list with only a comma (or ", and") between them. */
  private static boolean commaBetween(Candidate a, Candidate b) {
    if (a.tokens != b.tokens || b.from - a.to < 1 || b.from - a.to > 2 || !a.tokens.isPunct(a.to, ',')) {
      return false;
    }
    return b.from - a.to == 1 || a.tokens.keyIs(a.to + 1, "and");
  }

  /** Adds the candidate to the person it names; with {@code create}, a new person when none matches. */
  private static void join(PersonGroups groups, Candidate c, int order, boolean create) {
    PersonGroup match = groups.match(c);
    if (match != null) {
      groups.add(match, c, order);
      match.firstOrder = Math.min(match.firstOrder, order);
    } else if (create) {
      groups.create(c, order);
    }
  }

  static boolean containsAll(PersonGroup g, Candidate c) {
    if (c.size() == 1) {
      return namesAlone(g, c.tokens, c.first());
    }
    for (int i = c.from; i < c.to; i++) {
      if (!g.hasWord(c.tokens.key(i)) && !NameFinder.isInitial(c.tokens, i)
          && !c.tokens.in(i, WordList.NAME_PARTICLES)) {
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
  private static boolean namesAlone(PersonGroup g, Tokens tokens, int t) {
    Candidate full = g.canonical();
    String key = tokens.key(t);
    if (full.size() == 1) {
      return full.tokens.key(full.first()).equals(key);
    }
    String last = full.tokens.key(full.last());
    if (last.equals(key) || NameFinder.isArabicArticleName(full.tokens, full.last())
        && last.substring(last.indexOf('-') + 1).equals(key)) {
      return true;
    }
    Gazetteer gz = Gazetteer.get();
    if (!full.tokens.key(full.first()).equals(key)) {
      return false;
    }
    return gz.asianFamily.contains(key)
        || !tokens.inCapsLine(t) && !gz.common.contains(key) && !gz.isPlace(key);
  }

  /**
   * In a line of capitals or a long run ("SHEARER NAMED AS ENGLAND CAPTAIN"), the words that name a person
   * already found become mentions of their own.
   */
  private static void linkInside(PersonGroups groups, Candidate c, int order) {
    int i = c.from;
    while (i < c.to) {
      int end = i;
      PersonGroup g = null;
      // The longest stretch from i that one person's words cover.
      for (int j = i + 1; j <= c.to && j - i <= NameFinder.MAX_NAME_WORDS
          && c.tokens.end(j - 1) - c.tokens.start(i) <= NameFinder.MAX_NAME_CHARS; j++) {
        Candidate part = new Candidate(c.field, c.index, c.tokens, i, j, null, Candidate.Verdict.PERSON, c.reason);
        PersonGroup m = groups.match(part);
        if (m == null || c.tokens.in(j - 1, WordList.NAME_PARTICLES)) {
          break;
        }
        g = m;
        end = j;
      }
      if (g != null && !isWeakWord(c.tokens, i)) {
        groups.add(g, new Candidate(c.field, c.index, c.tokens, i, end, null, Candidate.Verdict.UNDECIDED, c.reason),
            order);
        i = end;
      } else {
        i++;
      }
    }
  }

  /** A word too common to stand for a person alone in a line of capitals ("WILL", "MAY"). */
  private static boolean isWeakWord(Tokens tokens, int t) {
    return Gazetteer.get().common.contains(tokens.key(t)) || tokens.inAny(t, NameFinder.NEVER_NAME);
  }

  private static int firstOrder(PersonGroup g) {
    return g.firstOrder;
  }
}
