import type { MdBlock, Run } from '../markdown-blocks';
import { sourceLabel, sourcesLine, type Block, type ReportModel, type Section } from '../model';
import { radarGeometry, type RadarAxis } from '../radar';
import { radarScore } from '../radar-svg';
import { RADAR_SERIES_STYLE } from '../theme';
import { plain, type Pen } from './pen';
import {
  baseline,
  BODY,
  BRAND,
  BRAND_LIGHT,
  CONTENT_W,
  H_BLOCK,
  H_SECTION,
  LEAD,
  lineHeight,
  MUTED,
  MUTED_TEXT,
  RADAR_BASELINE,
  RADAR_FILL,
  RADAR_LABEL,
  RADAR_RING_LABEL,
  RADAR_TARGET,
  RADAR_TITLE,
  RADAR_VALUE,
  RULE,
  SMALL,
  TABLE_TEXT,
  X0,
  X1,
  ZEBRA,
  type TextStyle,
} from './theme';

/**
 * A unit of layout: the paginator never splits a row. `keep` glues it to the next row (headings, first and last
 * lines of paragraphs, table headers); `header` is drawn again above this row when it starts a page.
 */
export interface Row {
  /** height in mm */
  h: number;
  /** space above, dropped at the top of a page */
  gap?: number;
  keep?: boolean;
  /** start a new page unless already at the top of one */
  pageBreak?: boolean;
  header?: Row;
  /** draws the row with its top at `y` on the current page */
  draw: (y: number) => void;
  /** told the page number the row landed on */
  placed?: (page: number) => void;
}

/** Flattens the rows of list items, keeping the last item from standing alone at the top of a page. */
function glueLastTwo(items: Row[][]): Row[] {
  const penultimate = items[items.length - 2];
  const last = penultimate?.[penultimate.length - 1];
  if (last) last.keep = true;
  return items.flat();
}

/** Builds the rows for a report's blocks: all measuring happens here, drawing happens when the row is placed. */
export class Layout {
  constructor(
    private readonly pen: Pen,
    private readonly model: ReportModel,
  ) {}

  private get doc() {
    return this.pen.doc;
  }

  /** Rows for wrapped text lines, with widow and orphan control; `marker` is drawn before the first line. */
  private textRows(
    runs: readonly Run[],
    t: TextStyle,
    x: number,
    w: number,
    opts: { gap?: number; marker?: string; hang?: number; bar?: boolean } = {},
  ): Row[] {
    const hang = opts.hang ?? 0;
    const lines = this.pen.wrap(runs, t, w - hang);
    const lh = lineHeight(t);
    return lines.map((l, i): Row => ({
      h: lh,
      gap: i === 0 ? opts.gap : 0,
      keep: i < lines.length - 1 && (i === 0 || i === lines.length - 2),
      draw: (y) => {
        const b = baseline(t, y);
        if (i === 0 && opts.marker) this.pen.text(opts.marker, x, b, t, 'normal');
        if (opts.bar) this.bar(x - 5, y, lh);
        this.pen.line(l, x + hang, b, t);
      },
    }));
  }

  private bar(x: number, y: number, h: number): void {
    this.doc.setFillColor(...RULE);
    this.doc.rect(x, y, 0.9, h, 'F');
  }

  /** A section's title row (told its page through `onPlaced`, for the contents) and the rows of its blocks. */
  sectionRows(s: Section, onPlaced: (page: number) => void): Row[] {
    const lines = this.pen.wrap(plain(s.title), H_SECTION, CONTENT_W);
    const lh = lineHeight(H_SECTION);
    const title: Row = {
      h: lines.length * lh + 4,
      gap: 10,
      keep: true,
      pageBreak: s.pageBreak,
      placed: onPlaced,
      draw: (y) => {
        lines.forEach((l, i) => this.pen.line(l, X0, baseline(H_SECTION, y + i * lh), H_SECTION));
        this.doc.setDrawColor(...BRAND);
        this.doc.setLineWidth(0.4);
        this.doc.line(X0, y + lines.length * lh + 1.2, X1, y + lines.length * lh + 1.2);
      },
    };
    return [
      title,
      ...s.blocks.flatMap((b, i) => {
        const rows = this.blockRows(b);
        // a short muted line under a heading introduces what follows: it never ends a page on its own
        if (
          b.kind === 'paragraph' &&
          b.emphasis === 'muted' &&
          s.blocks[i - 1]?.kind === 'heading' &&
          rows.length <= 2
        )
          rows.forEach((r) => (r.keep = true));
        return rows;
      }),
    ];
  }

  /** The rows of one block. */
  blockRows(b: Block): Row[] {
    const GAP = 2.8;
    switch (b.kind) {
      case 'heading': {
        const rows = this.textRows(plain(b.text), H_BLOCK, X0, CONTENT_W, { gap: 6 });
        rows.forEach((r) => (r.keep = true));
        return rows;
      }
      case 'paragraph': {
        const t =
          b.emphasis === 'lead'
            ? LEAD
            : b.emphasis === 'muted'
              ? MUTED_TEXT
              : b.emphasis === 'strong'
                ? { ...BODY, style: 'bold' as const }
                : BODY;
        const rows = this.textRows(plain(b.text), t, X0, CONTENT_W, { gap: GAP });
        // a bold paragraph introduces what follows ("Advies bij ...:")
        if (b.emphasis === 'strong') rows.forEach((r) => (r.keep = true));
        return rows;
      }
      case 'markdown':
        return b.blocks.flatMap((m, i) => this.mdRows(m, i === 0 ? GAP : 1.8));
      case 'list':
        return this.listRows(
          b.items.map((i) => plain(i)),
          Boolean(b.ordered),
          GAP,
        );
      case 'table':
        return this.tableRows(b.head, b.rows, b.widths, GAP + 1);
      case 'radar':
        return [this.radarRow(b.title, b.axes, GAP + 2)];
      case 'quote': {
        const q: TextStyle = { ...BODY, style: 'italic' };
        const rows = [
          ...this.textRows(plain(b.text), q, X0 + 7, CONTENT_W - 7, { gap: GAP + 1, bar: true }),
          ...this.textRows(plain(`— ${b.cite}`), MUTED_TEXT, X0 + 7, CONTENT_W - 7, { gap: 0.6, bar: true }),
        ];
        // short quotes stay in one piece
        if (rows.length <= 6) rows.slice(0, -1).forEach((r) => (r.keep = true));
        return rows;
      }
      case 'fields':
        return this.fieldRows(b.fields, GAP);
      case 'sources': {
        if (b.refs.length === 0) return [];
        if (b.compact)
          return this.textRows(
            plain(sourcesLine(this.model.labels.doc.sourcesLabel, b.refs)),
            SMALL,
            X0,
            CONTENT_W,
            {
              gap: 2,
            },
          );
        const label = this.textRows(
          plain(this.model.labels.doc.sourcesLabel),
          { ...SMALL, style: 'bold' },
          X0,
          CONTENT_W,
          { gap: 2 },
        );
        label.forEach((r) => (r.keep = true));
        const refs = glueLastTwo(
          b.refs.map((r) =>
            this.textRows(plain(sourceLabel(r)), SMALL, X0, CONTENT_W, { marker: '•', hang: 3 }),
          ),
        );
        if (refs.length <= 4) refs.slice(0, -1).forEach((r) => (r.keep = true));
        return [...label, ...refs];
      }
    }
  }

  private mdRows(m: MdBlock, gap: number): Row[] {
    if (m.kind === 'p') return this.textRows(m.runs, BODY, X0, CONTENT_W, { gap });
    return this.listRows(m.items, m.ordered, gap);
  }

  private listRows(items: readonly (readonly Run[])[], ordered: boolean, gap: number): Row[] {
    const hang = ordered ? 7 : 5;
    return glueLastTwo(
      items.map((runs, i) =>
        this.textRows(runs, BODY, X0 + 1, CONTENT_W - 1, {
          gap: i === 0 ? gap : 1.2,
          marker: ordered ? `${i + 1}.` : '•',
          hang,
        }),
      ),
    );
  }

  private fieldRows(fields: readonly { label: string; value: string }[], gap: number): Row[] {
    const labelW = 48;
    const t = { ...BODY, lh: 1.35 };
    const lh = lineHeight(t);
    return fields.map((f, i): Row => {
      const label = this.pen.wrap(plain(f.label), { ...t, style: 'bold' }, labelW - 3);
      const value = this.pen.wrap(plain(f.value), t, CONTENT_W - labelW);
      const n = Math.max(label.length, value.length);
      return {
        h: n * lh + 1.6,
        gap: i === 0 ? gap : 0,
        keep: i < fields.length - 1 && fields.length <= 8,
        draw: (y) => {
          label.forEach((l, j) =>
            this.pen.line(l, X0, baseline(t, y + 0.8 + j * lh), { ...t, color: MUTED, style: 'bold' }),
          );
          value.forEach((l, j) => this.pen.line(l, X0 + labelW, baseline(t, y + 0.8 + j * lh), t));
          this.doc.setDrawColor(...RULE);
          this.doc.setLineWidth(0.2);
          this.doc.line(X0, y + n * lh + 1.6, X1, y + n * lh + 1.6);
        },
      };
    });
  }

  private tableRows(
    head: readonly string[],
    rows: readonly (readonly string[])[],
    widths: readonly number[] | undefined,
    gap: number,
  ): Row[] {
    const n = head.length;
    const rel = head.map((_, i) => widths?.[i] ?? 1);
    const total = rel.reduce((a, b) => a + b, 0);
    const colW = rel.map((r) => (r / total) * CONTENT_W);
    const colX = colW.map((_, i) => X0 + colW.slice(0, i).reduce((a, b) => a + b, 0));
    const PAD_X = 1.8;
    const PAD_Y = 1.3;
    // short numeric columns (scores, positions) read better centred
    const centred = head.map(
      (_, c) => rows.length > 0 && rows.every((r) => /^([+−-]?\d+%?|–|-)$/u.test((r[c] ?? '').trim())),
    );
    const headStyle: TextStyle = { ...TABLE_TEXT, style: 'bold', color: BRAND };
    const lh = lineHeight(TABLE_TEXT);
    const makeRow = (cells: readonly string[], t: TextStyle, isHead: boolean, zebra: boolean): Row => {
      const wrapped = Array.from({ length: n }, (_, c) =>
        this.pen.wrap(plain(cells[c] ?? ''), t, (colW[c] ?? 10) - 2 * PAD_X),
      );
      const h = Math.max(1, ...wrapped.map((l) => l.length)) * lh + 2 * PAD_Y;
      return {
        h,
        keep: isHead,
        draw: (y) => {
          if (isHead || zebra) {
            this.doc.setFillColor(...(isHead ? BRAND_LIGHT : ZEBRA));
            this.doc.rect(X0, y, CONTENT_W, h, 'F');
          }
          wrapped.forEach((lines, c) => {
            const x = colX[c] ?? X0;
            const w = colW[c] ?? 10;
            lines.forEach((l, j) => {
              const b = baseline(t, y + PAD_Y + j * lh);
              if (centred[c]) this.pen.line(l, x + w / 2, b, t, 'center');
              else this.pen.line(l, x + PAD_X, b, t);
            });
          });
          this.doc.setDrawColor(...(isHead ? BRAND : RULE));
          this.doc.setLineWidth(isHead ? 0.35 : 0.2);
          this.doc.line(X0, y + h, X1, y + h);
        },
      };
    };
    const header = makeRow(head, headStyle, true, false);
    const body = rows.map((r, i) => ({ ...makeRow(r, TABLE_TEXT, false, i % 2 === 1), header }));
    // a two-row table is not worth splitting
    if (body.length <= 2) body.slice(0, -1).forEach((r) => (r.keep = true));
    return [{ ...header, gap }, ...body];
  }

  private radarRow(title: string, axes: readonly RadarAxis[], gap: number): Row {
    const R = 36;
    const LABEL_GAP = 5;
    const LABEL_W = 36;
    const llh = lineHeight(RADAR_LABEL);
    // lay out around (0, 0) first to learn the extent, then shift into the row
    const g0 = radarGeometry(axes, 0, 0, R, LABEL_GAP);
    const boxes = g0.labels.map((l) => {
      const axis = axes[l.index];
      const lines = this.pen.wrap(plain(l.text), RADAR_LABEL, LABEL_W);
      const pct = (v: number | null | undefined) => radarScore(v ?? null);
      // a comparison radar shows the earlier measurement next to the current value: "38% → 63%"
      const value =
        axis?.baseline !== undefined ? `${pct(axis.baseline)} → ${pct(axis.value)}` : pct(axis?.value);
      const valueLine = this.pen.wrap(plain(value), RADAR_VALUE, LABEL_W)[0];
      const h = (lines.length + 1) * llh;
      // labels above the centre grow upwards, below it downwards, at the sides they are centred on the point
      const top = l.anchor === 'middle' ? (l.y < 0 ? l.y - h : l.y) : l.y - h / 2;
      return { l, lines, valueLine, h, top };
    });
    const titleH = lineHeight(RADAR_TITLE) + 2;
    const minY = Math.min(-R, ...boxes.map((b) => b.top));
    const maxY = Math.max(R, ...boxes.map((b) => b.top + b.h));
    const missing = g0.missing.map((i) => axes[i]?.label ?? '');
    const compared = axes.some((a) => a.baseline !== undefined || a.target !== undefined);
    const note = [
      ...(missing.length
        ? this.pen.wrap(plain(`– ${this.model.labels.levels.none}: ${missing.join(', ')}`), SMALL, CONTENT_W)
        : []),
      // the line styles in words, so the chart does not rely on colour or dashes alone
      ...(compared ? this.pen.wrap(plain(this.model.labels.compare.legend), SMALL, CONTENT_W) : []),
    ];
    const chartH = maxY - minY;
    const h = titleH + chartH + 3 + note.length * lineHeight(SMALL);
    return {
      h,
      gap,
      draw: (y) => {
        this.pen.text(title, X0, baseline(RADAR_TITLE, y), RADAR_TITLE);
        const cx = X0 + CONTENT_W / 2;
        const cy = y + titleH - minY;
        const g = radarGeometry(axes, cx, cy, R, LABEL_GAP);
        const doc = this.doc;
        doc.setFillColor(...RADAR_FILL);
        this.pen.polygon(g.polygon, 'F');
        doc.setDrawColor(...RULE);
        doc.setLineWidth(0.2);
        g.rings.forEach((r) => this.pen.polygon(r.points, 'S'));
        g.spokes.forEach((s) => doc.line(s.from.x, s.from.y, s.to.x, s.to.y));
        doc.setDrawColor(...BRAND);
        doc.setLineWidth(0.6);
        doc.setLineJoin('round');
        this.pen.polygon(g.polygon, 'S');
        doc.setFillColor(...BRAND);
        g.dots.forEach((d) => doc.circle(d.x, d.y, 0.9, 'F'));
        // the earlier measurement dashed, the target dotted
        if (g.baseline) {
          doc.setDrawColor(...RADAR_BASELINE);
          doc.setLineWidth(RADAR_SERIES_STYLE.baseline.pdf.width);
          doc.setLineDashPattern([...RADAR_SERIES_STYLE.baseline.pdf.dash], 0);
          this.pen.polygon(g.baseline, 'S');
        }
        if (g.target) {
          doc.setDrawColor(...RADAR_TARGET);
          doc.setLineWidth(RADAR_SERIES_STYLE.target.pdf.width);
          doc.setLineCap('round');
          doc.setLineDashPattern([...RADAR_SERIES_STYLE.target.pdf.dash], 0);
          this.pen.polygon(g.target, 'S');
          doc.setLineCap('butt');
        }
        doc.setLineDashPattern([], 0);
        if (g.targetMarks.length) {
          doc.setDrawColor(...RADAR_TARGET);
          doc.setFillColor(255, 255, 255);
          doc.setLineWidth(RADAR_SERIES_STYLE.target.pdf.markWidth);
          g.targetMarks.forEach((m) => doc.circle(m.x, m.y, 1.2, 'FD'));
        }
        // ring percentages along the first spoke
        // on a light backing, so a value line running through the label does not hide it
        // jsPDF's types declare GState as a method, but it is a class on the API
        const GState = (doc as unknown as { GState: new (p: { opacity: number }) => unknown }).GState;
        const backing = new GState({ opacity: 0.8 });
        const solid = new GState({ opacity: 1 });
        g.rings.forEach((r) => {
          const p = r.points[0];
          if (!p) return;
          const label = `${Math.round(r.level * 100)}%`;
          // text colour and fill colour are the same PDF state: set the fill again after each label
          doc.setFillColor(255, 255, 255);
          doc.setGState(backing);
          doc.rect(
            p.x + 1,
            p.y + 0.5,
            this.pen.width(label, 'normal', RADAR_RING_LABEL.size) + 0.8,
            2.6,
            'F',
          );
          doc.setGState(solid);
          this.pen.text(label, p.x + 1.4, p.y + 2.4, RADAR_RING_LABEL);
        });
        for (const b of boxes) {
          const x = cx + b.l.x;
          const align = b.l.anchor === 'start' ? 'left' : b.l.anchor === 'end' ? 'right' : 'center';
          b.lines.forEach((l, j) =>
            this.pen.line(l, x, baseline(RADAR_LABEL, cy + b.top + j * llh), RADAR_LABEL, align),
          );
          if (b.valueLine)
            this.pen.line(
              b.valueLine,
              x,
              baseline(RADAR_VALUE, cy + b.top + b.lines.length * llh),
              RADAR_VALUE,
              align,
            );
        }
        note.forEach((l, j) =>
          this.pen.line(l, X0, baseline(SMALL, y + titleH + chartH + 3 + j * lineHeight(SMALL)), SMALL),
        );
      },
    };
  }
}
