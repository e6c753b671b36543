// Matching articles per month as SVG bars: when they were published, and which months they talk about.
// Every month between the first and the last is drawn, empty ones too, so gaps show as gaps. A bar is a
// button: a click (or Enter) filters to its month, and again removes the filter.
import { count, el, svg } from './dom.js';

const HEIGHT = 110;
const AXIS = 18;
const MIN_SLOT = 6;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Draws into the figure; `chosen` has the months picked ({published, mentions}) and pick(which, month). */
export function timeline(figure, published, mentioned, chosen) {
  const counts = new Map();
  const at = (month) => counts.get(month) || counts.set(month, { published: 0, mentions: 0 }).get(month);
  for (const p of published) at(p.period).published = p.articles;
  for (const m of mentioned) at(m.period).mentions = m.articles;
  const caption = el('figcaption', {},
    el('span', { class: 'title' }, 'Articles per month'),
    el('span', { class: 'key published' }, 'published'),
    el('span', { class: 'key mentions' }, 'talk about the month'));
  if (counts.size === 0) {
    figure.replaceChildren(caption, el('p', { class: 'empty' }, 'No dated article matches.'));
    return;
  }
  const months = monthsBetween([...counts.keys()].sort()[0], [...counts.keys()].sort().at(-1));
  const slot = Math.max(MIN_SLOT, Math.floor((figure.clientWidth || 600) / months.length));
  const width = slot * months.length;
  const top = Math.max(1, ...[...counts.values()].flatMap((c) => [c.published, c.mentions]));
  const scale = (n) => (n === 0 ? 0 : Math.max(2, Math.round((n / top) * (HEIGHT - 4))));
  const chart = svg('svg', {
    width, height: HEIGHT + AXIS, viewBox: `0 0 ${width} ${HEIGHT + AXIS}`, role: 'group',
    'aria-label': `Articles per month, ${months[0]} to ${months.at(-1)}`,
  });
  months.forEach((month, i) => {
    const c = counts.get(month) || { published: 0, mentions: 0 };
    const x = i * slot;
    chart.append(svg('rect', { class: 'slot', x, y: 0, width: slot, height: HEIGHT }));
    chart.append(svg('line', { class: 'baseline', x1: x, x2: x + slot, y1: HEIGHT, y2: HEIGHT }));
    bar(chart, chosen, 'published', month, c.published, x + slot * 0.1, slot * 0.5, scale);
    bar(chart, chosen, 'mentions', month, c.mentions, x + slot * 0.6, slot * 0.3, scale);
    const january = month.endsWith('-01');
    if (january || i === 0) {
      chart.append(svg('text', { class: 'year', x: x + 1, y: HEIGHT + 13 }, month.slice(0, 4)));
      chart.append(svg('line', { class: 'tick', x1: x, x2: x, y1: HEIGHT, y2: HEIGHT + 4 }));
    } else if (slot >= 26) {
      chart.append(svg('text', { class: 'month', x: x + 1, y: HEIGHT + 13 }, MONTHS[Number(month.slice(5)) - 1]));
    }
  });
  figure.replaceChildren(caption, el('div', { class: 'chart' }, chart));
}

function bar(chart, chosen, which, month, n, x, width, scale) {
  if (n === 0) return;
  const h = scale(n);
  const picked = chosen[which] === month;
  const verb = which === 'published' ? 'published in' : 'talk about';
  const label = `${count(n)} ${n === 1 ? 'article' : 'articles'} ${verb} ${month}`;
  const pick = () => chosen.pick(which, month);
  chart.append(svg('rect', {
    class: `bar ${which}${picked ? ' picked' : ''}`, x, y: HEIGHT - h, width: Math.max(1, width), height: h,
    tabindex: 0, role: 'button', 'aria-pressed': picked ? 'true' : 'false', 'aria-label': label,
    'data-month': month, 'data-series': which,
    onclick: pick,
    onkeydown: (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        pick();
      }
    },
  }, svg('title', {}, label)));
}

/** "2024-01" .. "2024-03" -> ["2024-01", "2024-02", "2024-03"]. */
function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
