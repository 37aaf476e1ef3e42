import { radarGeometry, type Point, type RadarAxis } from './radar';

export interface RadarSvgOptions {
  /** Accessible name of the chart; the scores per axis are appended to it. */
  title: string;
  /** Width and height of the drawing area in px (labels get extra room left and right). Default 420. */
  size?: number;
  /** Labels longer than this are shortened with an ellipsis (the full text is in the accessible name). Default 34. */
  maxLabel?: number;
  /** Optional id on the <svg>, for aria-describedby or links. */
  id?: string;
}

const esc = (s: string): string =>
  s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const pts = (p: readonly Point[]): string => p.map((q) => `${q.x.toFixed(1)},${q.y.toFixed(1)}`).join(' ');

/** "62%", or "–" for an axis without a score. */
export function radarScore(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`;
}

/** "Thema: 62%" or "Thema: –" for an axis without a score. */
export function radarAxisText(a: RadarAxis): string {
  return `${a.label}: ${radarScore(a.value)}`;
}

/**
 * The module radar as a standalone SVG string (role="img", the scores in its accessible name), drawn from the same
 * geometry as the screen and the PDF. Every text is escaped, so it can be inlined in HTML as is.
 */
export function radarSvg(axes: readonly RadarAxis[], opts: RadarSvgOptions): string {
  const size = opts.size ?? 420;
  const maxLabel = opts.maxLabel ?? 34;
  const r = size * 0.31;
  const g = radarGeometry(axes, size / 2, size / 2, r, 14);
  const label = `${opts.title}. ${axes.map(radarAxisText).join('; ')}`;
  const short = (t: string) => (t.length > maxLabel ? `${t.slice(0, maxLabel - 2)}…` : t);
  const pad = Math.round(size * 0.43);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg"${opts.id ? ` id="${esc(opts.id)}"` : ''} viewBox="${-pad} 0 ${size + 2 * pad} ${size}" role="img" aria-label="${esc(label)}" class="radar">`,
    ...g.rings.map((ring) => `<polygon points="${pts(ring.points)}" fill="none" stroke="#b8bcc2" stroke-width="1"/>`),
    ...g.spokes.map(
      (s) =>
        `<line x1="${s.from.x.toFixed(1)}" y1="${s.from.y.toFixed(1)}" x2="${s.to.x.toFixed(1)}" y2="${s.to.y.toFixed(1)}" stroke="#b8bcc2" stroke-width="1"/>`,
    ),
    `<polygon points="${pts(g.polygon)}" fill="#1f4e79" fill-opacity="0.22" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>`,
    ...g.dots.map((d) => `<circle cx="${d.x.toFixed(1)}" cy="${d.y.toFixed(1)}" r="4" fill="#1f4e79"/>`),
    ...g.labels.map(
      (l) =>
        `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" text-anchor="${l.anchor}" dominant-baseline="middle" font-size="13" fill="#1a1a1a">${esc(short(l.text))}${g.missing.includes(l.index) ? ' (–)' : ''}</text>`,
    ),
    '</svg>',
  ];
  return parts.join('');
}
