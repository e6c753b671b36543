// The article search: hits with their highlights, facets to narrow by person and source, a timeline to
// narrow by month, and paging.
import { api } from './api.js';
import { count, el, href, passage, plural } from './dom.js';
import { pager } from './pager.js';
import { timeline } from './timeline.js';

/** The filters the address holds, as the API's parameters of the same names. */
const FILTERS = ['person', 'source', 'published', 'mentions'];
const LABELS = { person: 'person', source: 'source', published: 'published', mentions: 'talks about' };

export async function renderSearch(params, ctx) {
  const q = params.get('q') || '';
  const filters = [...params].filter(([k]) => FILTERS.includes(k));
  const base = [['q', q], ...filters];
  const search = [...base, ['sort', params.get('sort') || 'relevance']];
  if (params.get('after')) search.push(['after', params.get('after')]);
  // The timeline leaves out its own date filters, so that the month picked stands among the others.
  const undated = [['q', q], ...filters.filter(([k]) => k !== 'published' && k !== 'mentions'), ['by', 'month']];
  const [results, people, sources, published, mentioned] = await Promise.all([
    api('search', search),
    api('people', [...base, ['top', '10']]),
    api('sources', [...base, ['top', '10']]),
    api('timeline', undated),
    api('timeline', [...undated, ['dates', 'mentions']]),
  ]);
  if (ctx.stale()) return;

  const has = (k, v) => filters.some(([fk, fv]) => fk === k && fv === v);
  const toggle = (k, v, single) => {
    const kept = [...params].filter(([pk, pv]) => pk !== 'after' && pk !== 'page'
      && !(pk === k && (single || pv === v)));
    ctx.go('search', has(k, v) ? kept : [...kept, [k, v]]);
  };

  const chart = el('figure', { class: 'timeline' });
  ctx.main.replaceChildren(
    el('div', { class: 'layout' },
      el('div', { class: 'results' },
        summary(results, filters, toggle),
        chart,
        results.hits.length ? el('ol', { class: 'hits', start: 1 }, results.hits.map((h) => hit(h, has, toggle)))
          : el('p', { class: 'empty' }, 'No article matches.'),
        pager('search', params, results.next, ctx.go)),
      el('aside', { class: 'facets', 'aria-label': 'Narrow the results' },
        facet('People', 'person', people, has, toggle),
        facet('Sources', 'source', sources, has, toggle))));
  timeline(chart, published, mentioned, {
    published: params.get('published'),
    mentions: params.get('mentions'),
    pick: (which, month) => toggle(which, month, true),
  });
}

function summary(results, filters, toggle) {
  const total = `${results.totalIsLowerBound ? 'at least ' : ''}${plural(results.total, 'article')}`;
  return el('div', { class: 'summary' },
    el('p', { class: 'total', role: 'status' }, total),
    filters.length ? el('ul', { class: 'chips', 'aria-label': 'Filters' }, filters.map(([k, v]) =>
      el('li', {}, el('button', {
        type: 'button', class: 'chip', 'data-filter': k,
        'aria-label': `Remove the filter ${LABELS[k]}: ${v}`, onclick: () => toggle(k, v),
      }, `${LABELS[k]}: ${v}`, el('span', { 'aria-hidden': 'true' }, ' ×'))))) : null);
}

function facet(title, name, counts, has, toggle) {
  return el('section', { class: 'facet' },
    el('h2', {}, title),
    counts.length ? el('ul', {}, counts.map((c) => el('li', {},
      el('button', {
        type: 'button', class: 'facet-value', 'data-facet': name, 'aria-pressed': has(name, c.name) ? 'true' : 'false',
        onclick: () => toggle(name, c.name),
      }, el('span', { class: 'name' }, c.name), el('span', { class: 'count' }, count(c.articles))))))
      : el('p', { class: 'empty' }, 'none'));
}

function hit(h, has, toggle) {
  const headline = h.highlights.headline && h.highlights.headline.length
    ? passage(h.highlights.headline[0]) : h.headline;
  const meta = [h.published, h.source, h.score == null ? null : `score ${h.score.toFixed(2)}`].filter(Boolean);
  const passages = Object.entries(h.highlights).filter(([field]) => field !== 'headline')
    .flatMap(([field, list]) => list.map((hl) =>
      el('p', { class: 'passage' }, el('span', { class: 'field' }, field), ' ', passage(hl))));
  return el('li', { class: 'hit' },
    el('h2', {}, el('a', { href: href('article', [['id', h.id]]) }, headline)),
    el('p', { class: 'meta' }, meta.join(' · ')),
    h.people.length ? el('ul', { class: 'people', 'aria-label': 'People' }, h.people.map((p) =>
      el('li', {}, el('button', {
        type: 'button', class: 'person-link', 'aria-pressed': has('person', p) ? 'true' : 'false',
        title: `Only articles mentioning ${p}`, onclick: () => toggle('person', p),
      }, p)))) : null,
    passages,
    h.quotes.length ? el('ul', { class: 'matched-quotes', 'aria-label': 'Matched quotes' }, h.quotes.map((mq) =>
      el('li', {}, el('q', {}, mq.text), mq.speaker ? ` — ${mq.speaker}` : ''))) : null,
    h.truncated ? el('p', { class: 'note' }, 'Some of its lists are cut short here; the article view has them all.')
      : null);
}
