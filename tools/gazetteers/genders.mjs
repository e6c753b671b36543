// Regenerates the given-name lists by sex that lede's quote extractor uses to fit "he" and "she" to people
// (src/main/resources/io/github/lede/extract/quotes/), from @faker-js/faker (MIT; named in NOTICE): every
// locale's female and male first names, Latin script only, lower case. A name listed for both sexes in any
// locale ("Kim", "Andrea", "Jean") is left out of both: the extractor then leaves that person's gender unknown.
// Run: npm ci && node genders.mjs   (the output is sorted and deterministic, so diffs show what changed)
import * as faker from '@faker-js/faker';
import { writeFileSync, mkdirSync } from 'node:fs';

const OUT = new URL('../../src/main/resources/io/github/lede/extract/quotes/', import.meta.url);
mkdirSync(OUT, { recursive: true });

const LATIN = /^[\p{Script=Latin}'’-]+$/u;
const names = (list) => (list ?? []).map((v) => (typeof v === 'string' ? v : v?.value)).filter(Boolean);

const female = new Set();
const male = new Set();
for (const [locale, def] of Object.entries(faker)) {
  if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(locale) || !def?.person?.first_name) continue;
  const first = def.person.first_name;
  for (const [sex, set] of [['female', female], ['male', male]]) {
    for (const name of names(first[sex])) {
      // "Mary Ann": each word is a given name of that sex
      for (const word of name.normalize('NFC').trim().toLowerCase().replace(/’/g, "'").split(/\s+/)) {
        if (word.length > 1 && LATIN.test(word)) set.add(word);
      }
    }
  }
}
const only = (a, b) => [...a].filter((n) => !b.has(n)).sort();
writeFileSync(new URL('given-female.txt', OUT), only(female, male).join('\n') + '\n');
writeFileSync(new URL('given-male.txt', OUT), only(male, female).join('\n') + '\n');
