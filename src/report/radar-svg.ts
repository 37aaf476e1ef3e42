import { radarGeometry, type Point, type RadarAxis, type RadarGeometry } from './radar';
import { BRAND_COLOR, RADAR_SERIES_STYLE } from './theme';

/** Re-exported from `./theme` (where it is defined) for the screen's radar, which imports it from here. */
export { RADAR_SERIES_STYLE };

export interface RadarSvgOptions {
  /** Accessible name of the chart; the scores per axis are appended to it. */
  title: string;
  /** Width and height of the drawing area in px (labels get extra room left and right). Default 420. */
  size?: number;
  /** Labels wrap onto two lines of about this many characters; a longer rest is shortened (the full text is in the accessible name). Default 22. */
  maxLabel?: number;
  /** Optional id on the <svg>, for aria-describedby or links. */
  id?: string;
  /** Names of the extra lines in the accessible name ("nulmeting", "doel"); needed when axes carry them. */
  series?: RadarSeriesNames;
}

/** Words for the extra lines of a comparison radar, in the report's language. */
export interface RadarSeriesNames {
  baseline: string;
  target: string;
}

const esc = (s: string): string =>
  s.replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const pts = (p: readonly Point[]): string => p.map((q) => `${q.x.toFixed(1)},${q.y.toFixed(1)}`).join(' ');

/** "62%", or "–" for an axis without a score. */
export function radarScore(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`;
}

/** "Thema: 62%" or "Thema: –" for an axis without a score; with the names given, "Thema: 62% (nulmeting 45%, doel 70%)". */
export function radarAxisText(a: RadarAxis, series?: RadarSeriesNames): string {
  const extra = series
    ? [
        ...(a.baseline !== undefined ? [`${series.baseline} ${radarScore(a.baseline)}`] : []),
        ...(a.target !== undefined ? [`${series.target} ${radarScore(a.target)}`] : []),
      ]
    : [];
  return `${a.label}: ${radarScore(a.value)}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/** Splits a label into at most two lines of about `max` characters; a longer rest is shortened with an ellipsis. */
function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max && lines.length === 0) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 1 && l.length > max + 8 ? `${l.slice(0, max + 6).trimEnd()}…` : l));
}

/**
 * The module radar as a standalone SVG string (role="img", the scores in its accessible name), drawn from the same
 * geometry as the screen and the PDF. Every text is escaped, so it can be inlined in HTML as is.
 */
export function radarSvg(axes: readonly RadarAxis[], opts: RadarSvgOptions): string {
  const size = opts.size ?? 420;
  const maxLine = opts.maxLabel ?? 22;
  const fontSize = 14;
  const r = size * 0.36;
  const c = size / 2;
  const g = radarGeometry(axes, c, c, r, 14);
  const label = `${opts.title}. ${axes.map((a) => radarAxisText(a, opts.series)).join('; ')}`;
  const padX = Math.round(maxLine * fontSize * 0.55) + 16;
  const padY = Math.round(r + 14 + 2.4 * fontSize);
  const line = (n: number) => (n * 1.2).toFixed(1);
  const text = (l: RadarGeometry['labels'][number]) => {
    const lines = wrapLabel(l.text, maxLine);
    if (g.missing.includes(l.index)) lines[lines.length - 1] += ' (–)';
    // top labels grow upwards and bottom labels downwards, so they never run into the chart
    const firstDy =
      l.anchor === 'middle' ? (l.y < c ? -(lines.length - 1) * 1.2 : 0) : -(lines.length - 1) * 0.6;
    const spans = lines
      .map(
        (t, i) =>
          `<tspan x="${l.x.toFixed(1)}" dy="${i === 0 ? firstDy.toFixed(1) : line(1)}em">${esc(t)}</tspan>`,
      )
      .join('');
    return `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" text-anchor="${l.anchor}" dominant-baseline="middle" font-size="${fontSize}" fill="#1a1a1a">${spans}</text>`;
  };
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg"${opts.id ? ` id="${esc(opts.id)}"` : ''} viewBox="${-padX} ${(c - padY).toFixed(0)} ${size + 2 * padX} ${2 * padY}" role="img" aria-label="${esc(label)}" class="radar">`,
    ...g.rings.map(
      (ring) => `<polygon points="${pts(ring.points)}" fill="none" stroke="#b8bcc2" stroke-width="1"/>`,
    ),
    ...g.spokes.map(
      (sp) =>
        `<line x1="${sp.from.x.toFixed(1)}" y1="${sp.from.y.toFixed(1)}" x2="${sp.to.x.toFixed(1)}" y2="${sp.to.y.toFixed(1)}" stroke="#b8bcc2" stroke-width="1"/>`,
    ),
    `<polygon points="${pts(g.polygon)}" fill="${BRAND_COLOR}" fill-opacity="0.22" stroke="${BRAND_COLOR}" stroke-width="2.5" stroke-linejoin="round"/>`,
    // the earlier measurement dashed and the target dotted, on top of the current one so both stay visible
    ...(g.baseline
      ? [
          `<polygon points="${pts(g.baseline)}" fill="none" stroke="${RADAR_SERIES_STYLE.baseline.color}" stroke-width="2" stroke-dasharray="${RADAR_SERIES_STYLE.baseline.dash}" stroke-linejoin="round" class="radar-baseline"/>`,
        ]
      : []),
    ...(g.target
      ? [
          `<polygon points="${pts(g.target)}" fill="none" stroke="${RADAR_SERIES_STYLE.target.color}" stroke-width="2" stroke-dasharray="${RADAR_SERIES_STYLE.target.dash}" stroke-linecap="round" class="radar-target"/>`,
        ]
      : []),
    ...g.targetMarks.map(
      (m) =>
        `<circle cx="${m.x.toFixed(1)}" cy="${m.y.toFixed(1)}" r="5" fill="#fff" stroke="${RADAR_SERIES_STYLE.target.color}" stroke-width="2" class="radar-target-mark"/>`,
    ),
    ...g.dots.map(
      (d) => `<circle cx="${d.x.toFixed(1)}" cy="${d.y.toFixed(1)}" r="4" fill="${BRAND_COLOR}"/>`,
    ),
    ...g.labels.map(text),
    '</svg>',
  ];
  return parts.join('');
}
