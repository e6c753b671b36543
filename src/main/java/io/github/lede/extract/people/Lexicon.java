package io.github.lede.extract.people;

import java.util.Set;

/**
 * Hand-written word lists that decide, with the gazetteers, what a capitalised span is: titles and roles
 * that precede names, words that mark organisations and places, speech verbs, name particles, and
 * capitalised words that are never names.
 */
final class Lexicon {
  private Lexicon() {}

  /** A set of words; a word listed twice (titles that are also roles) is fine. */
  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Honorifics: always followed by a person, never part of the name. Lower case, without the dot. */
  static final Set<String> HONORIFICS = words(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "reverend", "fr",
      "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "cpl", "pte", "hon",
      "messrs", "mme", "mlle", "herr", "frau", "sheikh", "sheik", "emir", "ayatollah", "imam", "rabbi",
      "monsignor", "mgr", "pastor", "judge", "justice");

  /** Words of titles and roles written before a name ("Defence Minister", "Prime Minister", "Coach"). */
  static final Set<String> TITLE_WORDS = words(
      "president", "vice", "minister", "prime", "deputy", "foreign", "defence", "defense", "finance", "interior",
      "trade", "justice", "health", "education", "economy", "economic", "energy", "agriculture", "environment",
      "labour", "labor", "transport", "culture", "unification", "home", "secretary", "state", "general",
      "attorney", "chief", "executive", "senator", "representative", "congressman", "congresswoman", "governor",
      "mayor", "king", "queen", "prince", "princess", "crown", "pope", "chancellor", "premier", "leader",
      "chairman", "chairwoman", "chair", "director", "ambassador", "envoy", "spokesman", "spokeswoman",
      "spokesperson", "commissioner", "lawyer", "coach", "manager", "captain", "officer", "inspector",
      "detective", "superintendent", "professor", "bishop", "archbishop", "cardinal", "patriarch", "sultan",
      "chief", "councillor", "councilor", "councilman", "councilwoman", "mp", "mep", "legislator", "lawmaker",
      "speaker", "treasurer", "presiding", "magistrate", "sergeant", "colonel", "major", "lieutenant",
      "commander", "admiral", "marshal", "brigadier", "corporal", "private", "ceo", "cfo", "coo", "founder",
      "co-founder", "president-elect", "candidate", "nominee", "dictator", "warlord", "rebel", "opposition",
      "party", "former", "acting", "interim", "late", "then", "lady", "fire", "police", "head",
      "assistant", "associate", "senior", "junior", "board", "member", "council", "federal", "central", "bank",
      "supreme", "leader", "ayatollah", "emir", "sheikh", "dr", "mr", "mrs", "ms", "sen", "rep", "gov",
      "gen", "lt", "col", "maj", "capt", "adm", "sgt", "prof", "rev", "judge", "coach", "striker", "midfielder",
      "defender", "goalkeeper", "winger", "pitcher", "quarterback", "skipper", "batsman", "bowler",
      "champion", "veteran", "rookie", "star", "singer", "actor", "actress", "author", "writer", "novelist",
      "director", "producer", "economist", "analyst", "strategist", "historian", "scientist", "researcher",
      "entrepreneur", "billionaire", "tycoon", "businessman", "businesswoman", "activist", "campaigner",
      "counsel", "prosecutor", "solicitor", "adviser", "advisor");

  /** Verbs of speech a sentence may open with, before its speaker ("Said Dorothy Mensah, ..."). */
  static final Set<String> SPEECH_OPENERS = words("said", "says", "added", "adds", "asked", "asks", "wrote");

  /** Words that qualify a title without being one: "former", "acting", "deputy", "foreign". */
  static final Set<String> TITLE_QUALIFIERS = words(
      "vice", "prime", "deputy", "foreign", "defence", "defense", "finance", "interior", "trade", "health",
      "education", "economy", "economic", "energy", "agriculture", "environment", "labour", "labor", "transport",
      "culture", "unification", "home", "state", "general", "attorney", "chief", "executive", "crown", "former",
      "acting", "interim", "late", "then", "first", "assistant", "associate", "senior", "junior", "supreme",
      "grand", "presiding", "opposition", "party", "board", "council", "federal", "central", "bank", "fire",
      "police", "head", "co", "lead");

  /** Honorifics of courtesy, not roles: "Mr." is dropped from the name and not kept as a role. */
  static final Set<String> COURTESY = words("mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle", "herr", "frau");

  /** Words that end organisation names: a span holding one is not a person. */
  static final Set<String> ORGANISATION_WORDS = words(
      "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag", "gmbh", "sa", "nv", "bv", "spa",
      "group", "holdings", "holding", "bank", "banks", "fund", "trust", "party", "council", "ministry",
      "department", "agency", "authority", "commission", "committee", "office", "bureau", "board", "court",
      "university", "college", "school", "academy", "institute", "institution", "centre", "center", "foundation",
      "association", "federation", "union", "league", "club", "fc", "united", "city", "rovers", "wanderers",
      "athletic", "news", "times", "post", "journal", "herald", "tribune", "gazette", "daily", "weekly", "press",
      "magazine", "radio", "television", "tv", "airlines", "airways", "air", "motors", "energy", "oil", "gas",
      "petroleum", "telecom", "communications", "systems", "technologies", "technology", "software", "labs",
      "pharmaceuticals", "industries", "international", "global", "partners", "capital", "securities",
      "exchange", "reserve", "army", "navy", "force", "forces", "police", "guard", "service", "services",
      "network", "networks", "church", "mosque", "hospital", "museum", "gallery", "theatre", "theater",
      "stadium", "airport", "station", "street", "road", "avenue", "square", "bridge", "river", "lake", "sea",
      "ocean", "mountain", "mountains", "island", "islands", "peninsula", "valley", "park", "province",
      "state", "states", "republic", "kingdom", "empire", "region", "county", "district", "government",
      "parliament", "assembly", "congress", "senate", "cabinet", "administration", "house", "palace",
      "kremlin", "pentagon", "organisation", "organization", "alliance", "coalition", "front", "movement",
      "brigade", "brigades", "regiment", "division", "corps", "tigers", "rebels", "cup", "open", "championship",
      "championships", "games", "olympics", "grand", "prix", "festival", "awards", "prize", "index", "exchange",
      "market", "markets", "report", "review", "programme", "program", "project", "plan", "act", "bill", "law",
      "treaty", "accord", "agreement", "declaration", "war", "day", "week", "month", "year", "hall", "tower",
      "centre", "port", "harbour", "harbor", "hotel", "restaurant", "cafe", "diner", "shop", "store", "mall",
      "newsroom", "desk", "ferries", "ferry", "water", "letters", "research", "studies", "genetics", "brook",
      "creek", "falls", "hills", "heights", "beach", "bay", "gulf", "strait", "channel", "coast",
      "desert", "forest", "trough", "field", "fields", "farm", "works", "mill", "mine", "plant", "lab");

  /** Organisation words that are nobody's name, wherever they stand in a run ("Major League Baseball"). */
  static final Set<String> ORGANISATION_CORE = words(
      "inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "group", "holdings", "bank", "party", "council",
      "ministry", "department", "agency", "authority", "commission", "committee", "bureau", "university",
      "college", "academy", "institute", "association", "federation", "union", "league", "club", "fc",
      "foundation", "airlines", "airways", "motors", "industries", "newsroom", "parliament", "senate",
      "assembly", "congress", "cabinet", "government", "organisation", "organization", "alliance", "coalition",
      "centre", "center", "school", "office", "society", "museum", "hospital", "service", "services");

  /** Verbs of speech and reporting that follow or precede a speaker. */
  static final Set<String> SPEECH_VERBS = words(
      "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "argued", "argues", "noted",
      "notes", "explained", "explains", "asked", "asks", "replied", "replies", "insisted", "insists", "warned",
      "warns", "claimed", "claims", "stated", "declared", "declares", "announced", "announces", "admitted",
      "admits", "acknowledged", "acknowledges", "conceded", "concedes", "recalled", "recalls", "urged", "urges",
      "suggested", "suggests", "predicted", "predicts", "believes", "believed", "thinks", "thought", "feels",
      "felt", "agreed", "agrees", "denied", "denies", "confirmed", "confirms", "countered", "counters",
      "responded", "responds", "tweeted", "commented", "comments", "remarked", "stressed", "stresses",
      "emphasised", "emphasized", "cautioned", "cautions", "complained", "complains", "vowed", "vows",
      "pledged", "pledges", "promised", "promises", "testified", "testifies", "quipped", "joked", "shouted",
      "whispered", "wondered", "estimated", "estimates", "conceded", "observed", "observes");

  /** Nouns that, after "X, a/an/the", say X is a person: "Jane Doe, a spokeswoman for ...". */
  static final Set<String> PERSON_NOUNS = words(
      "spokesman", "spokeswoman", "spokesperson", "analyst", "professor", "economist", "lawyer", "attorney",
      "director", "chairman", "chairwoman", "president", "minister", "secretary", "official", "officer",
      "researcher", "scientist", "fellow", "senior", "former", "member", "leader", "head", "chief", "founder",
      "co-founder", "executive", "manager", "coach", "player", "striker", "midfielder", "defender", "goalkeeper",
      "captain", "veteran", "resident", "farmer", "owner", "teacher", "student", "doctor", "nurse", "engineer",
      "worker", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "friend",
      "colleague", "candidate", "lawmaker", "senator", "congressman", "congresswoman", "representative",
      "governor", "mayor", "judge", "historian", "author", "writer", "journalist", "reporter", "editor",
      "correspondent", "activist", "campaigner", "volunteer", "councillor", "councilor", "deputy", "vice",
      "assistant", "associate", "partner", "strategist", "consultant", "adviser", "advisor", "aide", "ambassador",
      "envoy", "diplomat", "commander", "general", "soldier", "pilot", "driver", "rider", "runner", "swimmer",
      "champion", "winner", "singer", "actor", "actress", "artist", "musician", "chef", "priest", "pastor",
      "bishop", "rabbi", "imam", "businessman", "businesswoman", "billionaire", "entrepreneur", "investor",
      "trader", "banker", "broker", "dealer", "specialist", "expert", "scholar", "lecturer", "graduate",
      "citizen", "native", "survivor", "victim", "suspect", "defendant", "prosecutor", "witness", "mp", "mep",
      "ceo", "cfo", "who", "whose", "aged");

  /** Roles written in lower case before a name: "analyst Jane Doe", "striker Alan Shearer". */
  static final Set<String> LOWER_ROLES = words(
      "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "strategist", "coach", "manager",
      "striker", "midfielder", "defender", "goalkeeper", "keeper", "wicketkeeper", "captain", "skipper",
      "batsman", "bowler", "all-rounder", "opener", "pitcher", "quarterback", "forward", "winger", "jockey",
      "trainer", "boxer", "golfer", "cyclist", "sprinter", "runner", "swimmer", "player", "rider", "driver",
      "champion", "president", "minister", "senator", "governor", "mayor", "director", "chairman",
      "chairwoman", "ambassador", "envoy", "lawyer", "attorney", "judge", "prosecutor", "professor", "leader",
      "nominee", "candidate", "rival", "challenger", "premier", "chancellor", "king", "queen", "prince",
      "princess", "pope", "actor", "actress", "singer", "author", "writer", "novelist", "producer", "artist",
      "photographer", "journalist", "reporter", "correspondent", "editor", "columnist", "historian",
      "scientist", "researcher", "official", "officer", "commander", "general", "admiral", "colonel",
      "secretary", "treasurer", "founder", "co-founder", "chief", "executive", "ceo", "billionaire",
      "businessman", "businesswoman", "entrepreneur", "investor", "banker", "activist", "campaigner",
      "dissident", "cleric", "rebel", "warlord", "dictator", "lawmaker", "legislator", "congressman",
      "congresswoman", "councillor", "councilor", "commissioner", "inspector", "detective", "sergeant",
      "diplomat", "negotiator", "mediator", "adviser", "advisor", "aide", "son", "daughter", "wife", "husband",
      "brother", "sister", "mother", "father", "widow", "partner", "colleague", "teammate", "compatriot",
      "countryman", "countrywoman", "opponent", "winner", "runner-up", "veteran", "rookie", "newcomer",
      "maintainer", "substitute", "substitutes", "referee", "umpire", "dean", "provost", "principal",
      "headteacher", "superintendent", "pastor", "chaplain", "nun", "monk", "ecologist", "biologist",
      "engineer", "architect", "designer", "planner", "broadcaster", "presenter", "anchor", "commentator",
      "member", "chair", "head");

  /** Capitalised bodies that belong to a role written before a name: "Council member", "City Council member". */
  static final Set<String> ROLE_BODIES = words(
      "council", "city", "county", "state", "board", "party", "committee", "parliament", "senate", "house",
      "cabinet", "police", "fire", "assembly", "congress", "school", "town");

  /** Prepositions and conjunctions that end a role phrase read backwards. */
  static final Set<String> PREPOSITIONS = words(
      "at", "of", "for", "with", "in", "on", "from", "to", "by", "and", "or", "but", "as", "said", "says", "that",
      "who", "which", "when", "while", "after", "before", "than", "is", "was", "are", "were", "be", "been");

  /** Qualifiers that are titles too when a name follows: "Chief Loretta Wabano", "General Aalto". */
  static final Set<String> QUALIFIER_TITLES = words("chief", "general");

  /** Adjectives of faith, party and period that close a capitalised run that is not a person. */
  static final Set<String> GROUP_ADJECTIVES = words(
      "catholic", "protestant", "muslim", "moslem", "christian", "jewish", "hindu", "buddhist", "orthodox",
      "sunni", "shi'ite", "shiite", "islamic", "evangelical", "anglican", "lutheran", "olympic", "paralympic",
      "republican", "republicans", "democrat", "democrats", "democratic", "socialist", "socialists",
      "communist", "communists", "conservative", "conservatives", "liberal", "liberals", "labour", "tory",
      "tories", "green", "greens", "federal", "national", "royal", "imperial", "soviet", "western", "eastern",
      "northern", "southern", "central", "international", "european", "african", "asian", "arab", "latin");

  /** First words of place names: "St Louis", "San Diego", "Port Moresby", "New Delhi", "North Korea". */
  static final Set<String> PLACE_STARTS = words(
      "st", "saint", "san", "santa", "sao", "são", "santo", "fort", "port", "mount", "mt", "lake", "cape", "new",
      "north", "south", "east", "west", "upper", "lower", "greater", "little", "old", "el", "los", "las", "la",
      "le", "ciudad", "puerto", "rio", "bad", "bay", "gulf", "isle", "isla", "costa", "sierra", "val", "villa");

  /** Lower-case particles inside names: "Ludwig van Beethoven", "Osama bin Laden", "Charles de Gaulle". */
  static final Set<String> PARTICLES = words(
      "de", "da", "di", "du", "del", "della", "der", "den", "des", "van", "von", "bin", "bint", "binti", "ibn",
      "abu", "al", "el", "la", "le", "las", "los", "dos", "das", "do", "y", "ter", "ten", "op", "zu", "af", "zur");

  /** Months and days: never a name alone, but "April", "June" and "Jan" open given names. */
  static final Set<String> CALENDAR = words(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
      "thu", "thurs", "fri", "sat", "sun");

  /** Capitalised words that are never names by themselves: months, days, pronouns, function words, numbers. */
  static final Set<String> NEVER_NAMES = words(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "we", "he", "she",
      "they", "it", "you", "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "our",
      "my", "its", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "god", "allah", "christmas",
      "easter", "ramadan", "eid", "internet", "web", "tv", "ok", "okay", "u.s", "u.k", "u.n", "e.u", "d.c", "u.a.e", "eu", "nato",
      "un", "gmt", "bst", "est", "edt", "pst", "utc", "am", "pm", "no", "yes", "vs", "v", "re",
      // Number words open table lines ("Nine Mths", "Six months"), never names.
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
}
