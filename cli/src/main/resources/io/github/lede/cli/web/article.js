// One article as lede understood it: the text with people, quotes (with their speakers) and dates marked
// where they were found, a legend, and the extracted fields beside it.
import { api } from './api.js';
import { el, externalLink, href } from './dom.js';

export async function renderArticle(params, ctx) {
  const id = params.get('id') || '';
  const a = await api(`articles/${encodeURIComponent(id)}`);
  if (ctx.stale()) return;
  document.title = `${a.headline} · lede`;
  const speakers = new Set(a.quotes.map((q) => q.speaker).filter(Boolean));
  const quoteEls = [];
  const marked = (field, index, text) => annotate(text, field, index, a, speakers, quoteEls);
  const text = el('div', { class: 'text' },
    el('p', { class: 'back' }, el('button', { type: 'button', onclick: () => history.back() }, '← Back')),
    el('h1', { class: 'headline' }, marked('headline', 0, a.headline)),
    a.headlineDerived ? el('p', { class: 'note' }, 'No headline was found: this one is derived from the lede.') : null,
    a.dateline ? el('p', { class: 'dateline' }, a.dateline) : null,
    el('div', { class: 'body' }, marked('body', 0, a.body)),
    a.captions.length ? el('section', { class: 'captions', 'aria-label': 'Captions' },
      a.captions.map((c, i) => el('p', { class: 'caption' }, marked('caption', i, c)))) : null);
  ctx.main.replaceChildren(el('article', { class: 'article-view' }, text, fields(a, quoteEls)));
}

/**
 * The text of one field with its marks: quotes as spans holding the people and dates inside them, each
 * quote followed by its speaker. Marks that overlap one another are cut where the earlier one ends.
 */
function annotate(text, field, index, a, speakers, quoteEls) {
  const here = (x) => x.field === field && x.index === index && x.start >= 0 && x.end <= text.length && x.start < x.end;
  const quotes = a.quotes.map((q, i) => ({ ...q, n: i })).filter(here).sort((x, y) => x.start - y.start);
  const marks = [];
  for (const p of a.people) {
    for (const m of p.mentions.filter(here)) {
      marks.push({ start: m.start, end: m.end, kind: speakers.has(p.name) ? 'person speaker' : 'person',
        label: p.role ? `${p.name}, ${p.role}` : p.name });
    }
  }
  for (const d of a.dates.filter(here)) {
    marks.push({ start: d.start, end: d.end, kind: 'date', label: d.value ? `date: ${d.value}` : 'date: not resolved' });
  }
  marks.sort((x, y) => x.start - y.start);
  const cuts = [...new Set([0, text.length, ...quotes.flatMap((q) => [q.start, q.end]),
    ...marks.flatMap((m) => [m.start, m.end])])].sort((x, y) => x - y);
  const out = document.createDocumentFragment();
  let qi = 0;
  let mi = 0;
  let quote = null;
  let quoteEl = null;
  let mark = null;
  let markEl = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    while (qi < quotes.length && quotes[qi].end <= from) qi++;
    while (mi < marks.length && marks[mi].end <= from) mi++;
    const q = qi < quotes.length && quotes[qi].start <= from ? quotes[qi] : null;
    const m = mi < marks.length && marks[mi].start <= from ? marks[mi] : null;
    if (q !== quote) {
      if (quote) out.append(saidBy(quote));
      quote = q;
      quoteEl = q ? el('span', { class: 'quote', tabindex: -1, title: `quote, said by ${q.speaker || 'no one found'}` })
        : null;
      if (quoteEl) {
        out.append(quoteEl);
        quoteEls[q.n] = quoteEl;
      }
      mark = null;
    }
    const parent = quoteEl || out;
    if (m !== mark) {
      mark = m;
      markEl = m ? el('mark', { class: m.kind, title: m.label }) : null;
      if (markEl) parent.append(markEl);
    }
    (markEl || parent).append(text.slice(from, to));
  }
  if (quote) out.append(saidBy(quote));
  return out;
}

function saidBy(q) {
  return el('span', { class: 'said-by' }, ` — ${q.speaker || 'speaker not found'}`);
}

function fields(a, quoteEls) {
  const row = (name, value) => (value == null || value === '' || (Array.isArray(value) && !value.length) ? null
    : [el('dt', {}, name), el('dd', {}, value)]);
  return el('aside', { class: 'extracted', 'aria-label': 'What lede extracted' },
    el('h2', {}, 'Marked in the text'),
    el('ul', { class: 'legend' },
      el('li', {}, el('mark', { class: 'person' }, 'person')),
      el('li', {}, el('mark', { class: 'person speaker' }, 'person quoted')),
      el('li', {}, el('span', { class: 'quote' }, 'quote'), el('span', { class: 'said-by' }, ' — its speaker')),
      el('li', {}, el('mark', { class: 'date' }, 'date'))),
    el('h2', {}, 'Fields'),
    el('dl', {},
      row('headline', a.headlineDerived ? `${a.headline} (derived)` : a.headline),
      row('published', a.published || 'not found'),
      row('source', a.source),
      row('url', a.url ? externalLink(a.url, a.url) : null),
      row('by', a.authors.join(', ')),
      row('dateline', a.dateline),
      row('credits', a.credits.join('; ')),
      row('id', a.id)),
    el('h2', {}, `People (${a.people.length})`),
    a.people.length ? el('ul', { class: 'people-list' }, a.people.map((p) => el('li', {},
      el('mark', { class: 'person' }, p.name), p.role ? ` (${p.role})` : '',
      ` · ${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'} · `,
      el('a', { href: href('search', [['person', p.name]]) }, 'articles'), ' · ',
      el('a', { href: href('quotes', [['by', p.name]]) }, 'quotes')))) : el('p', { class: 'empty' }, 'none found'),
    el('h2', {}, `Quotes (${a.quotes.length})`),
    a.quotes.length ? el('ol', { class: 'quote-list' }, a.quotes.map((q, i) => el('li', {},
      `“${q.text}” — ${q.speaker || 'speaker not found'}${q.speakerKind === 'other' ? ' (not a person)' : ''} `,
      el('button', {
        type: 'button', class: 'show-quote', 'aria-label': `Show quote ${i + 1} in the text`,
        onclick: () => {
          const target = quoteEls[i];
          if (target) {
            target.scrollIntoView({ block: 'center' });
            target.focus();
          }
        },
      }, 'show'))))
      : el('p', { class: 'empty' }, 'none found'),
    el('h2', {}, `Dates (${a.dates.length})`),
    a.dates.length ? el('ul', { class: 'date-list' }, a.dates.map((d) => el('li', {},
      el('mark', { class: 'date' }, d.text), ` → ${d.value || 'not resolved'}`))) : el('p', { class: 'empty' }, 'none found'));
}
