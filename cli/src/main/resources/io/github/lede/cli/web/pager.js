// Paging with the server's cursor: each page's answer carries the cursor of the next. The cursors of the
// pages seen are kept, so Previous goes back; an address opened afresh on page 3 goes back to page 1.
import { el } from './dom.js';

const trails = new Map();

/** Previous / Page N / Next for a view whose answer gave the cursor `next` (null on the last page). */
export function pager(view, params, next, go) {
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const base = [...params].filter(([k]) => k !== 'after' && k !== 'page');
  const key = view + '?' + new URLSearchParams(base).toString();
  let trail = trails.get(key);
  if (!trail) trails.set(key, (trail = []));
  trail[page] = params.get('after');
  const back = () => {
    const cursor = trail[page - 1];
    go(view, page - 1 <= 1 || !cursor ? base : [...base, ['after', cursor], ['page', String(page - 1)]]);
  };
  return el('nav', { class: 'pager', 'aria-label': 'Pages' },
    el('button', { type: 'button', class: 'prev', disabled: page <= 1, onclick: back }, '← Previous'),
    el('span', { class: 'page' }, `Page ${page}`),
    el('button', {
      type: 'button', class: 'next', disabled: !next,
      onclick: () => go(view, [...base, ['after', next], ['page', String(page + 1)]]),
    }, 'Next →'));
}
