// Building the page from index text. Text from the index only ever becomes text nodes and attribute values
// (textContent, setAttribute): nothing here parses a string as HTML, so an article holding <script> or
// <img onerror=...> shows those characters and runs nothing.

/** An element with attributes (values set as text) and children (nodes, or strings made text nodes). */
export function el(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element, as el() makes HTML ones. */
export function svg(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG, tag), attrs, children);
}

function fill(e, attrs, children) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/**
 * A highlight passage ({text, spans, truncatedBefore, truncatedAfter}) with each span a <mark>. Spans are
 * offsets into the text in UTF-16 units, as Java and JavaScript count them.
 */
export function passage(hl) {
  const f = document.createDocumentFragment();
  const text = hl.text || '';
  let at = 0;
  if (hl.truncatedBefore) f.append('… ');
  for (const s of hl.spans || []) {
    if (s.start < at || s.end > text.length || s.start >= s.end) continue;
    f.append(text.slice(at, s.start), el('mark', {}, text.slice(s.start, s.end)));
    at = s.end;
  }
  f.append(text.slice(at));
  if (hl.truncatedAfter) f.append(' …');
  return f;
}

/** A link for an address from the index only when it is http(s): never javascript: or data:. */
export function externalLink(url, label) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      return el('a', { href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label);
    }
  } catch (e) {
    // not an absolute address: shown as text below
  }
  return el('span', {}, url);
}

/** A number as people read it: 1,204. */
export function count(n) {
  return Number(n).toLocaleString('en');
}

/** "3 articles", "1 article". */
export function plural(n, word) {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** An in-page address: #/view?params. */
export function href(view, params = []) {
  const qs = new URLSearchParams(params).toString();
  return `#/${view}${qs ? '?' + qs : ''}`;
}
