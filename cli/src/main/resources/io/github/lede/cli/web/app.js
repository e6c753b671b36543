// The page: a router over the address's hash (#/search?..., #/quotes?..., #/article?id=...), the query form,
// and errors. Each view renders into <main> and sets main's data-state to "ready" (or "error") when done.
import { ApiError } from './api.js';
import { el } from './dom.js';
import { renderSearch } from './search.js';
import { renderQuotes } from './quotes.js';
import { renderArticle } from './article.js';

const VIEWS = { search: renderSearch, quotes: renderQuotes, article: renderArticle };
const main = document.getElementById('main');
const form = document.getElementById('query-form');
const queryBox = document.getElementById('q');
const byBox = document.getElementById('by');
const sortBox = document.getElementById('sort');
const errorBox = document.getElementById('query-error');
let rendering = 0;

/** The view and parameters the address names. */
function addressed() {
  const hash = location.hash.replace(/^#\/?/, '');
  const q = hash.indexOf('?');
  const view = (q < 0 ? hash : hash.slice(0, q)) || 'search';
  return { view: VIEWS[view] ? view : 'search', params: new URLSearchParams(q < 0 ? '' : hash.slice(q + 1)) };
}

/** Goes to a view with parameters (pairs): a new entry in the browser's history. */
export function go(view, params) {
  const qs = new URLSearchParams(params).toString();
  location.hash = `#/${view}${qs ? '?' + qs : ''}`;
}

async function route() {
  const { view, params } = addressed();
  const token = ++rendering;
  syncForm(view, params);
  clearQueryError();
  main.dataset.state = 'loading';
  main.setAttribute('aria-busy', 'true');
  document.title = params.get('q') ? `${params.get('q')} · lede` : 'lede';
  const ctx = { main, go, stale: () => token !== rendering };
  try {
    await VIEWS[view](params, ctx);
    if (!ctx.stale()) main.dataset.state = 'ready';
  } catch (e) {
    if (ctx.stale()) return;
    showError(e);
    main.dataset.state = 'error';
  } finally {
    if (!ctx.stale()) {
      main.removeAttribute('aria-busy');
      // What had the focus (a link, a Next button) may be gone with the old view: the keyboard goes on from
      // the top of the new one, not from the top of the page.
      if (!document.activeElement || document.activeElement === document.body) main.focus();
    }
  }
}

function syncForm(view, params) {
  const quotes = view === 'quotes';
  queryBox.value = params.get('q') || '';
  byBox.value = quotes ? params.get('by') || '' : '';
  byBox.hidden = !quotes;
  sortBox.value = params.get('sort') || (quotes ? 'newest' : 'relevance');
  for (const [id, on] of [['nav-search', !quotes], ['nav-quotes', quotes]]) {
    const link = document.getElementById(id);
    if (on) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

// A new query keeps the filters chosen and starts again at the first page.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const { view, params } = addressed();
  const target = view === 'quotes' ? 'quotes' : 'search';
  const next = view === target ? params : new URLSearchParams();
  for (const name of ['q', 'after', 'page', 'by', 'sort']) next.delete(name);
  if (queryBox.value.trim()) next.set('q', queryBox.value.trim());
  if (target === 'quotes' && byBox.value.trim()) next.set('by', byBox.value.trim());
  next.set('sort', sortBox.value);
  go(target, [...next]);
});
sortBox.addEventListener('change', () => form.requestSubmit());

function clearQueryError() {
  errorBox.hidden = true;
  errorBox.replaceChildren();
  queryBox.removeAttribute('aria-invalid');
}

/** A bad query, shown with the character at its position marked; any other error, in the main area. */
function showError(e) {
  const body = e instanceof ApiError ? e.body : { error: String(e) };
  if (e instanceof ApiError && e.status === 400 && Number.isInteger(body.position)) {
    const q = body.query || '';
    const at = Math.min(body.position, q.length);
    errorBox.replaceChildren(
      el('p', { class: 'reason' }, `Bad query at position ${body.position}: ${body.reason}`),
      el('pre', { class: 'query-at' }, q.slice(0, at), el('mark', { class: 'error-at' }, q.slice(at, at + 1) || ' '),
        q.slice(at + 1)));
    errorBox.hidden = false;
    queryBox.setAttribute('aria-invalid', 'true');
    queryBox.focus();
    queryBox.setSelectionRange(at, Math.min(at + 1, queryBox.value.length));
    main.replaceChildren(el('p', { class: 'empty' }, 'Fix the query above to see results.'));
    return;
  }
  const status = e instanceof ApiError && e.status ? ` (${e.status})` : '';
  main.replaceChildren(el('div', { class: 'error', role: 'alert' }, el('strong', {}, `Error${status}: `), body.error));
}

// "/" types a query from anywhere but a text field.
document.addEventListener('keydown', (event) => {
  const t = event.target;
  const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    queryBox.focus();
    queryBox.select();
  }
});

window.addEventListener('hashchange', route);
route();
