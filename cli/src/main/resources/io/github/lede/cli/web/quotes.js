// Quotes rather than articles: each with its speaker and its article; by speaker, newest first by default.
import { api } from './api.js';
import { el, href, passage, plural } from './dom.js';
import { pager } from './pager.js';

export async function renderQuotes(params, ctx) {
  const speakers = params.getAll('by');
  const request = [['q', params.get('q') || ''], ...speakers.map((s) => ['by', s]),
    ['sort', params.get('sort') || 'newest']];
  if (params.get('after')) request.push(['after', params.get('after')]);
  const results = await api('quotes', request);
  if (ctx.stale()) return;
  const bySpeaker = (name) => ctx.go('quotes', [['by', name], ['sort', params.get('sort') || 'newest']]);
  ctx.main.replaceChildren(el('div', { class: 'quotes-view' },
    el('div', { class: 'summary' },
      el('p', { class: 'total', role: 'status' },
        `${results.totalIsLowerBound ? 'at least ' : ''}${plural(results.total, 'quote')}`,
        speakers.length ? ` by ${speakers.join(' or ')}` : '')),
    results.hits.length ? el('ol', { class: 'quote-hits' }, results.hits.map((h) => el('li', { class: 'quote-hit' },
      el('blockquote', {}, passage(h)),
      el('p', { class: 'speaker' }, '— ',
        h.speaker ? el('button', {
          type: 'button', class: 'speaker-link', title: `Every quote by ${h.speaker}`, onclick: () => bySpeaker(h.speaker),
        }, h.speaker) : el('span', { class: 'unknown' }, 'speaker unknown'),
        saysMore(h) ? el('span', { class: 'as-written' }, ` (“${h.speakerAsWritten}”)`)
          : null),
      el('p', { class: 'meta' },
        el('a', { href: href('article', [['id', h.articleId]]) }, h.headline),
        [h.published, h.source].filter(Boolean).map((m) => ` · ${m}`)))))
      : el('p', { class: 'empty' }, 'No quote matches.'),
    pager('quotes', params, results.next, ctx.go)));
}

/** The speaker as written, when it says more than the name ("the regulator's president, Katrin Vollmer"). */
function saysMore(h) {
  const w = h.speakerAsWritten;
  return w && h.speaker && !h.speaker.toLowerCase().includes(w.toLowerCase());
}
