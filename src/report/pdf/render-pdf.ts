import type { jsPDF as JsPDF } from 'jspdf';
import type { MdBlock, Run } from '../markdown-blocks';
import {
  fill,
  reportFileBase,
  sourceLabel,
  sourcesLine,
  type Block,
  type ReportModel,
  type Section,
} from '../model';
import { radarGeometry, type Point, type RadarAxis } from '../radar';

/** Fonts as base64 TTF; `italic` is optional (italic runs then use the regular face). */
export interface PdfFonts {
  regular: string;
  bold: string;
  italic?: string;
}

export interface PdfDeps {
  /** The jsPDF constructor; loaded with a dynamic import when absent, so it stays out of the start page. */
  jsPDF?: typeof JsPDF;
  /** Embedded fonts; the Noto Sans subset (also dynamically imported) when absent. */
  fonts?: PdfFonts;
  /**
   * Deflate the page contents: about a third of the size (90 instead of 270 KB for a 23-page report) but jsPDF's
   * compression roughly doubles the rendering time, so it is off by default.
   */
  compress?: boolean;
}

// ---- page geometry (mm) and typography ----
const PAGE_W = 210;
const PAGE_H = 297;
const X0 = 20;
const CONTENT_W = PAGE_W - 2 * X0;
const X1 = X0 + CONTENT_W;
const TOP = 22;
const BOTTOM = PAGE_H - 22;
const PT = 25.4 / 72;
const FAMILY = 'NotoSans';

type Style = 'normal' | 'bold' | 'italic';
type Rgb = readonly [number, number, number];

const INK: Rgb = [26, 26, 26];
const MUTED: Rgb = [85, 85, 85];
const BRAND: Rgb = [31, 78, 121];
const BRAND_LIGHT: Rgb = [226, 234, 243];
const RADAR_FILL: Rgb = [200, 216, 233];
const RULE: Rgb = [201, 204, 209];
const ALERT: Rgb = [160, 20, 30];

interface TextStyle {
  size: number; // pt
  style: Style;
  color: Rgb;
  /** line height as a factor of the font size */
  lh?: number;
}

const BODY: TextStyle = { size: 10, style: 'normal', color: INK };
const LEAD: TextStyle = { size: 11.5, style: 'normal', color: INK };
const MUTED_TEXT: TextStyle = { size: 9, style: 'normal', color: MUTED };
const SMALL: TextStyle = { size: 8, style: 'normal', color: MUTED };
const H_SECTION: TextStyle = { size: 16, style: 'bold', color: BRAND, lh: 1.25 };
const H_BLOCK: TextStyle = { size: 12, style: 'bold', color: INK, lh: 1.3 };
const TABLE_TEXT: TextStyle = { size: 9, style: 'normal', color: INK, lh: 1.3 };

const lineHeight = (t: TextStyle) => t.size * PT * (t.lh ?? 1.4);
/** Baseline of a line of text set in a row starting at `top`: the capitals centred in the line. */
const baseline = (t: TextStyle, top: number) => top + lineHeight(t) / 2 + t.size * PT * 0.36;

/** One piece of same-style text on a line. */
interface Seg {
  text: string;
  style: Style;
}
interface Line {
  segs: Seg[];
  width: number;
}

/**
 * A unit of layout: the paginator never splits a row. `keep` glues it to the next row (headings, first and last
 * lines of paragraphs, table headers); `header` is drawn again above this row when it starts a page.
 */
interface Row {
  h: number;
  gap?: number;
  keep?: boolean;
  pageBreak?: boolean;
  header?: Row;
  draw: (y: number) => void;
  placed?: (page: number) => void;
}

/** One byte inside a PDF literal string: delimiters, the escape character and line ends are escaped. */
function literalByte(b: number): string {
  switch (b) {
    case 0x28:
      return '\\(';
    case 0x29:
      return '\\)';
    case 0x5c:
      return '\\\\';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    default:
      return String.fromCharCode(b);
  }
}

/** What the Pen needs from jsPDF beyond its typed API: the font object and the writer the text plugins use. */
interface JsPdfFont {
  id: string;
  encoding: string;
  metadata?: { characterToGlyph?: (code: number) => number };
}
interface JsPdfInternals {
  getFont(): JsPdfFont;
  pdfEscape16?: (text: string, font: JsPdfFont) => string;
  internal: { write(s: string): void; scaleFactor: number };
}

/**
 * Thin layer over jsPDF: cached glyph widths, word wrapping of styled runs, and drawing primitives.
 *
 * Text is written as PDF text operators through jsPDF's own Identity-H encoder (`pdfEscape16`, which also records the
 * glyphs for the font subset and the ToUnicode map), one BT block per line. jsPDF's `text()` does the same plus bidi
 * reordering, Arabic shaping and option handling on every call, which made it most of the rendering time for a
 * Dutch or English report. When that encoder is not there, `text()` is used.
 */
class Pen {
  /** Unit widths (per 1 pt) of characters and of whole strings, per face. */
  private readonly widths: Record<Style, { chars: Map<number, number>; words: Map<string, number> }> = {
    normal: { chars: new Map(), words: new Map() },
    bold: { chars: new Map(), words: new Map() },
    italic: { chars: new Map(), words: new Map() },
  };
  /** Characters the embedded fonts have a glyph for (the encoder stops at the first missing one). */
  private readonly covered = new Map<number, boolean>();
  private readonly glyphs: Record<Style, Map<number, string>> = {
    normal: new Map(),
    bold: new Map(),
    italic: new Map(),
  };
  private readonly fonts: Record<Style, JsPdfFont>;
  private readonly api: JsPdfInternals;
  private readonly direct: boolean;
  private font = '';
  private readonly colors = new Map<Rgb, string>();

  constructor(
    readonly doc: JsPDF,
    private readonly styles: Record<Style, Style>,
  ) {
    this.api = doc as unknown as JsPdfInternals;
    const fontOf = (style: Style) => {
      doc.setFont(FAMILY, styles[style]);
      return this.api.getFont();
    };
    this.fonts = { normal: fontOf('normal'), bold: fontOf('bold'), italic: fontOf('italic') };
    this.direct =
      typeof this.api.pdfEscape16 === 'function' &&
      Object.values(this.fonts).every((f) => f.encoding === 'Identity-H');
    // jsPDF embeds every registered font; one with no glyphs recorded becomes an empty subset that readers reject
    if (this.direct) (['normal', 'bold', 'italic'] as const).forEach((face) => this.glyphIds(' ', face));
  }

  /**
   * The text with characters the fonts cannot show replaced: composed to NFC first (a decomposed "ë" becomes one
   * glyph), then anything still missing becomes "?" rather than cutting the line short.
   */
  clean(text: string): string {
    if (/^[\x20-\x7e]*$/u.test(text)) return text;
    let out = '';
    for (const ch of text.normalize('NFC')) {
      const code = ch.codePointAt(0) ?? 0x3f;
      let ok = this.covered.get(code);
      if (ok === undefined) {
        const glyph = code > 0xffff ? 0 : (this.fonts.normal.metadata?.characterToGlyph?.(code) ?? 1);
        ok = glyph !== 0 || /\s/u.test(ch);
        this.covered.set(code, ok);
      }
      out += ok ? ch : '?';
    }
    return out;
  }

  /** Width in mm of `text` in a face at `size` pt; glyph widths are additive (jsPDF does not kern). */
  width(text: string, style: Style, size: number): number {
    const face = this.styles[style];
    const cache = this.widths[face];
    let units = cache.words.get(text);
    if (units === undefined) {
      units = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let w = cache.chars.get(code);
        if (w === undefined) {
          this.setFont(face, size);
          w = this.doc.getStringUnitWidth(String.fromCharCode(code));
          cache.chars.set(code, w);
        }
        units += w;
      }
      cache.words.set(text, units);
    }
    return units * size * PT;
  }

  setFont(style: Style, size: number): void {
    const face = this.styles[style];
    const key = `${face}/${size}`;
    if (key === this.font) return;
    this.doc.setFont(FAMILY, face);
    this.doc.setFontSize(size);
    this.font = key;
  }

  /** Forget cached state (jsPDF's graphics state does not carry over to another page). */
  reset(): void {
    this.font = '';
  }

  /** Writes same-size segments as one line starting at (x, baseline y); each segment may switch the face. */
  private write(segs: readonly Seg[], x: number, y: number, t: TextStyle): void {
    if (!this.direct) {
      let cx = x;
      for (const s of segs) {
        this.setFont(s.style, t.size);
        this.doc.setTextColor(t.color[0], t.color[1], t.color[2]);
        this.doc.text(s.text, cx, y);
        cx += this.width(s.text, s.style, t.size);
      }
      return;
    }
    const k = this.api.internal.scaleFactor;
    let c = this.colors.get(t.color);
    if (!c) {
      c = t.color.map((v) => +(v / 255).toFixed(3)).join(' ');
      this.colors.set(t.color, c);
    }
    let out = `BT\n${(x * k).toFixed(2)} ${((PAGE_H - y) * k).toFixed(2)} Td\n${c} rg\n`;
    for (const s of segs) {
      const font = this.fonts[this.styles[s.style]];
      // the text position advances by the glyph widths, so the next segment continues where this one ends
      out += `/${font.id} ${t.size} Tf\n(${this.glyphIds(s.text, this.styles[s.style])}) Tj\n`;
    }
    this.api.internal.write(`${out}ET`);
  }

  /**
   * Glyph ids as a PDF string, two bytes a glyph (half the size of hex, so less to write and to compress). Each
   * character goes through jsPDF's encoder once per face, which records the glyph for the font subset, its width and
   * its ToUnicode entry; after that the cached bytes are reused (the encoder would record every occurrence again,
   * which also slows the subsetting down).
   */
  private glyphIds(text: string, face: Style): string {
    const cache = this.glyphs[face];
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let bytes = cache.get(code);
      if (bytes === undefined) {
        const hex = this.api.pdfEscape16?.(String.fromCharCode(code), this.fonts[face]) || '0000';
        bytes = [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16)].map(literalByte).join('');
        cache.set(code, bytes);
      }
      out += bytes;
    }
    return out;
  }

  text(text: string, x: number, y: number, t: TextStyle, style: Style = t.style): void {
    this.write([{ text: this.clean(text).replace(/\s/gu, ' '), style }], x, y, t);
  }

  /** Greedy word wrap of styled runs; hard line breaks in the text are kept. */
  wrap(runs: readonly Run[], t: TextStyle, maxW: number): Line[] {
    const styleOf = (r: Run): Style =>
      r.bold || t.style === 'bold' ? 'bold' : r.italic || t.style === 'italic' ? 'italic' : 'normal';
    type Word = { segs: Seg[]; w: number; breakBefore: boolean };
    const words: Word[] = [];
    let current: Word | null = null;
    let boundary = true;
    let hardBreak = false;
    const addPiece = (piece: string, style: Style) => {
      const w = this.width(piece, style, t.size);
      if (boundary || !current) {
        current = { segs: [{ text: piece, style }], w, breakBefore: hardBreak };
        words.push(current);
        boundary = false;
        hardBreak = false;
      } else {
        current.segs.push({ text: piece, style });
        current.w += w;
      }
    };
    for (const r of runs) {
      const style = styleOf(r);
      const text = this.clean(r.text);
      // split at whitespace by hand: this runs for every line of the report
      let start = -1;
      for (let i = 0; i <= text.length; i++) {
        const c = i < text.length ? text.charCodeAt(i) : 32;
        const space =
          c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029;
        if (space) {
          if (start >= 0) addPiece(text.slice(start, i), style);
          start = -1;
          if (i < text.length) {
            boundary = true;
            if (c === 10 || c === 0x2028 || c === 0x2029) hardBreak = true;
          }
        } else if (start < 0) start = i;
      }
    }
    const space = this.width(' ', 'normal', t.size);
    const lines: Line[] = [];
    let line: Line = { segs: [], width: 0 };
    const push = () => {
      if (line.segs.length) lines.push(line);
      line = { segs: [], width: 0 };
    };
    const append = (segs: Seg[], w: number, withSpace: boolean) => {
      segs.forEach((s, i) => {
        const last = line.segs[line.segs.length - 1];
        if (withSpace && i === 0 && last) last.text += ' ';
        if (last && last.style === s.style) last.text += s.text;
        else line.segs.push({ style: s.style, text: s.text });
      });
      line.width += w + (withSpace ? space : 0);
    };
    for (const word of words) {
      if (word.breakBefore) push();
      const fits = line.segs.length === 0 ? word.w <= maxW : line.width + space + word.w <= maxW;
      if (!fits && line.segs.length) push();
      if (word.w > maxW) {
        // a word longer than the line (a URL, a long compound): break it between characters
        for (const s of word.segs) {
          let chunk = '';
          for (const ch of s.text) {
            const w = this.width(chunk + ch, s.style, t.size);
            if (line.width + w > maxW && (chunk || line.segs.length)) {
              if (chunk) append([{ text: chunk, style: s.style }], this.width(chunk, s.style, t.size), false);
              push();
              chunk = '';
            }
            chunk += ch;
          }
          if (chunk) append([{ text: chunk, style: s.style }], this.width(chunk, s.style, t.size), false);
        }
        continue;
      }
      append(word.segs, word.w, line.segs.length > 0);
    }
    push();
    return lines;
  }

  /** Draws one wrapped line at (x, baseline) with alignment. */
  line(l: Line, x: number, y: number, t: TextStyle, align: 'left' | 'center' | 'right' = 'left'): void {
    this.write(l.segs, align === 'left' ? x : align === 'right' ? x - l.width : x - l.width / 2, y, t);
  }

  /** A closed polygon through absolute points; style 'S' stroke, 'F' fill, 'FD' both. */
  polygon(points: readonly Point[], style: 'S' | 'F' | 'FD'): void {
    const first = points[0];
    if (!first || points.length < 2) return;
    const deltas = points.slice(1).map((p, i) => [p.x - (points[i]?.x ?? 0), p.y - (points[i]?.y ?? 0)]);
    this.doc.lines(deltas, first.x, first.y, [1, 1], style, true);
  }
}

const plain = (text: string): Run[] => [{ text }];

/** Flattens the rows of list items, keeping the last item from standing alone at the top of a page. */
function glueLastTwo(items: Row[][]): Row[] {
  const penultimate = items[items.length - 2];
  const last = penultimate?.[penultimate.length - 1];
  if (last) last.keep = true;
  return items.flat();
}

/** Builds the rows for a report's blocks: all measuring happens here, drawing happens when the row is placed. */
class Layout {
  constructor(
    private readonly pen: Pen,
    private readonly model: ReportModel,
  ) {}

  private get doc() {
    return this.pen.doc;
  }

  /** Rows for wrapped text lines, with widow and orphan control; `marker` is drawn before the first line. */
  textRows(
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
    return [title, ...s.blocks.flatMap((b) => this.blockRows(b))];
  }

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

  tableRows(
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
            this.doc.setFillColor(...(isHead ? BRAND_LIGHT : ([246, 247, 249] as const)));
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

  radarRow(title: string, axes: readonly RadarAxis[], gap: number): Row {
    const R = 36;
    const LABEL_GAP = 5;
    const LABEL_W = 36;
    const labelT: TextStyle = { size: 8, style: 'normal', color: INK, lh: 1.25 };
    const valueT: TextStyle = { size: 8, style: 'bold', color: BRAND, lh: 1.25 };
    const titleT: TextStyle = { size: 10.5, style: 'bold', color: INK };
    const llh = lineHeight(labelT);
    // lay out around (0, 0) first to learn the extent, then shift into the row
    const g0 = radarGeometry(axes, 0, 0, R, LABEL_GAP);
    const boxes = g0.labels.map((l) => {
      const axis = axes[l.index];
      const lines = this.pen.wrap(plain(l.text), labelT, LABEL_W);
      const pctOf = (v: number | null | undefined) =>
        v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`;
      // a comparison radar shows the earlier measurement next to the current value: "38% → 63%"
      const value =
        axis?.baseline !== undefined ? `${pctOf(axis.baseline)} → ${pctOf(axis.value)}` : pctOf(axis?.value);
      const valueLine = this.pen.wrap(plain(value), valueT, LABEL_W)[0];
      const h = (lines.length + 1) * llh;
      // labels above the centre grow upwards, below it downwards, at the sides they are centred on the point
      const top = l.anchor === 'middle' ? (l.y < 0 ? l.y - h : l.y) : l.y - h / 2;
      return { l, lines, valueLine, h, top };
    });
    const titleH = lineHeight(titleT) + 2;
    const minY = Math.min(-R, ...boxes.map((b) => b.top));
    const maxY = Math.max(R, ...boxes.map((b) => b.top + b.h));
    const missing = g0.missing.map((i) => axes[i]?.label ?? '');
    const noteT: TextStyle = { ...SMALL };
    const compared = axes.some((a) => a.baseline !== undefined || a.target !== undefined);
    const note = [
      ...(missing.length
        ? this.pen.wrap(plain(`– ${this.model.labels.levels.none}: ${missing.join(', ')}`), noteT, CONTENT_W)
        : []),
      // the line styles in words, so the chart does not rely on colour or dashes alone
      ...(compared ? this.pen.wrap(plain(this.model.labels.compare.legend), noteT, CONTENT_W) : []),
    ];
    const chartH = maxY - minY;
    const h = titleH + chartH + 3 + note.length * lineHeight(noteT);
    return {
      h,
      gap,
      draw: (y) => {
        this.pen.text(title, X0, baseline(titleT, y), titleT);
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
        // the earlier measurement dashed, the target dotted (same colours as on screen and in HTML)
        if (g.baseline) {
          doc.setDrawColor(92, 92, 92);
          doc.setLineWidth(0.5);
          doc.setLineDashPattern([1.6, 1], 0);
          this.pen.polygon(g.baseline, 'S');
        }
        if (g.target) {
          doc.setDrawColor(138, 74, 0);
          doc.setLineWidth(0.6);
          doc.setLineCap('round');
          doc.setLineDashPattern([0, 1.3], 0);
          this.pen.polygon(g.target, 'S');
          doc.setLineCap('butt');
        }
        doc.setLineDashPattern([], 0);
        if (g.targetMarks.length) {
          doc.setDrawColor(138, 74, 0);
          doc.setFillColor(255, 255, 255);
          doc.setLineWidth(0.45);
          g.targetMarks.forEach((m) => doc.circle(m.x, m.y, 1.2, 'FD'));
        }
        // ring percentages along the first spoke
        const ringT: TextStyle = { size: 6.5, style: 'normal', color: MUTED };
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
          doc.rect(p.x + 1, p.y + 0.5, this.pen.width(label, 'normal', ringT.size) + 0.8, 2.6, 'F');
          doc.setGState(solid);
          this.pen.text(label, p.x + 1.4, p.y + 2.4, ringT);
        });
        for (const b of boxes) {
          const x = cx + b.l.x;
          const align = b.l.anchor === 'start' ? 'left' : b.l.anchor === 'end' ? 'right' : 'center';
          b.lines.forEach((l, j) =>
            this.pen.line(l, x, baseline(labelT, cy + b.top + j * llh), labelT, align),
          );
          if (b.valueLine)
            this.pen.line(b.valueLine, x, baseline(valueT, cy + b.top + b.lines.length * llh), valueT, align);
        }
        note.forEach((l, j) =>
          this.pen.line(l, X0, baseline(noteT, y + titleH + chartH + 3 + j * lineHeight(noteT)), noteT),
        );
      },
    };
  }
}

const dateFormats = new Map<ReportModel['lang'], Intl.DateTimeFormat>();

/** Long date in the report's language, e.g. "23 november 2026"; the ISO date when it cannot be read. */
function longDate(iso: string, lang: ReportModel['lang']): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  return format.format(d);
}

/**
 * Renders the report model as an A4 PDF: cover, table of contents with page numbers, the sections, and a footer with
 * page numbers, date and the confidentiality mark. Walks the model only; jsPDF and the fonts are injected or loaded
 * on demand.
 */
export async function renderPdf(model: ReportModel, deps: PdfDeps = {}): Promise<Blob> {
  const [Ctor, fonts] = await Promise.all([
    deps.jsPDF ? Promise.resolve(deps.jsPDF) : import('jspdf').then((m) => m.jsPDF),
    deps.fonts ? Promise.resolve(deps.fonts) : import('./fonts/noto-sans-subset').then((m): PdfFonts => m),
  ]);
  const doc = new Ctor({
    orientation: 'portrait',
    unit: 'mm',
    format: 'a4',
    compress: deps.compress ?? false,
  });
  doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
  doc.addFont('NotoSans-Regular.ttf', FAMILY, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
  doc.addFont('NotoSans-Bold.ttf', FAMILY, 'bold');
  if (fonts.italic) {
    doc.addFileToVFS('NotoSans-Italic.ttf', fonts.italic);
    doc.addFont('NotoSans-Italic.ttf', FAMILY, 'italic');
  }
  const L = model.labels.doc;
  doc.setProperties({
    title: model.title,
    subject: model.subtitle,
    author: 'Zelfscan Wijkaanpak',
    creator: 'Zelfscan Wijkaanpak',
    keywords: model.confidential ? L.confidential : '',
  });
  // jsPDF only accepts codes from its own list, which has "nl" but not "nl-NL"
  doc.setLanguage(model.lang === 'nl' ? 'nl' : 'en-GB');
  doc.setCreationDate(new Date(`${model.date}T12:00:00Z`));

  const pen = new Pen(doc, { normal: 'normal', bold: 'bold', italic: fonts.italic ? 'italic' : 'normal' });
  const layout = new Layout(pen, model);
  const date = longDate(model.date, model.lang);

  drawCover(pen, model, date);

  // reserve the contents pages, one line per section; the short report (no appendices) goes without
  const tocLh = 7.2;
  const tocPerPage = Math.floor((BOTTOM - TOP - 20) / tocLh);
  const tocPages = model.appendices ? Math.max(1, Math.ceil(model.sections.length / tocPerPage)) : 0;
  for (let i = 0; i < tocPages; i++) doc.addPage();
  const firstBody = 2 + tocPages;
  doc.addPage();

  const sectionPages: number[] = [];
  const rows = model.sections.flatMap((s, i) => layout.sectionRows(s, (page) => (sectionPages[i] = page)));
  paginate(doc, pen, rows, firstBody);

  if (tocPages) drawContents(pen, model, sectionPages, tocPages);
  model.sections.forEach((s, i) => {
    const page = sectionPages[i];
    if (page) doc.outline.add(null, s.title, { pageNumber: page });
  });
  drawFooters(pen, model, date);
  return doc.output('blob');
}

function paginate(doc: JsPDF, pen: Pen, rows: readonly Row[], firstPage: number): void {
  let page = firstPage;
  let y = TOP;
  const avail = BOTTOM - TOP;
  const newPage = () => {
    doc.addPage();
    pen.reset();
    page++;
    y = TOP;
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    if (row.pageBreak && y > TOP) newPage();
    // the row and everything glued to it must fit, unless the chain is longer than a page
    let need = (y > TOP ? (row.gap ?? 0) : 0) + row.h;
    for (let j = i; rows[j]?.keep && rows[j + 1] && !rows[j + 1]?.pageBreak; j++) {
      const next = rows[j + 1];
      if (!next) break;
      need += (next.gap ?? 0) + next.h;
      if (need > avail) break;
    }
    if (need > avail) need = (row.gap ?? 0) + row.h;
    if (y + need > BOTTOM && y > TOP) {
      newPage();
      if (row.header) {
        row.header.draw(y);
        y += row.header.h;
      }
    }
    if (y > TOP) y += row.gap ?? 0;
    row.draw(y);
    row.placed?.(page);
    y += row.h;
  }
}

function drawCover(pen: Pen, model: ReportModel, date: string): void {
  const doc = pen.doc;
  doc.setFillColor(...BRAND);
  doc.rect(0, 0, PAGE_W, 12, 'F');
  const kicker: TextStyle = { size: 11, style: 'bold', color: BRAND };
  pen.text('Zelfscan Wijkaanpak', X0, 48, kicker);
  const titleT: TextStyle = { size: 26, style: 'bold', color: INK, lh: 1.2 };
  let y = 54;
  for (const l of pen.wrap(plain(model.title), titleT, CONTENT_W)) {
    pen.line(l, X0, baseline(titleT, y), titleT);
    y += lineHeight(titleT);
  }
  const subT: TextStyle = { size: 14, style: 'normal', color: MUTED };
  y += 2;
  for (const l of pen.wrap(plain(model.subtitle), subT, CONTENT_W)) {
    pen.line(l, X0, baseline(subT, y), subT);
    y += lineHeight(subT);
  }
  pen.text(date, X0, baseline(BODY, y + 2), { ...BODY, color: MUTED });
  y += 16;
  doc.setDrawColor(...BRAND);
  doc.setLineWidth(0.5);
  doc.line(X0, y, X1, y);
  y += 3;
  const layout = new Layout(pen, model);
  // the cover fields as a key/value table
  const rows = layout.blockRows({ kind: 'fields', fields: model.cover });
  for (const r of rows) {
    r.draw(y);
    y += r.h;
  }
  if (model.confidential) {
    const t: TextStyle = { size: 12, style: 'bold', color: ALERT };
    const w = pen.width(model.labels.doc.confidential, 'bold', t.size) + 8;
    y += 10;
    doc.setDrawColor(...ALERT);
    doc.setLineWidth(0.6);
    doc.roundedRect(X0, y, w, 9, 1.5, 1.5, 'S');
    pen.text(model.labels.doc.confidential, X0 + 4, baseline(t, y + 1.5), t);
  }
  const foot: TextStyle = { ...SMALL };
  pen.text(model.labels.doc.generated, X0, PAGE_H - 15, foot);
}

function drawContents(pen: Pen, model: ReportModel, pages: readonly number[], tocPages: number): void {
  const doc = pen.doc;
  const t: TextStyle = { size: 10.5, style: 'normal', color: INK };
  const lh = 7.2;
  let page = 2;
  doc.setPage(page);
  pen.reset();
  let y = TOP;
  const title = () => {
    pen.text(model.labels.doc.contents, X0, baseline(H_SECTION, y), H_SECTION);
    doc.setDrawColor(...BRAND);
    doc.setLineWidth(0.4);
    doc.line(X0, y + lineHeight(H_SECTION) + 1.2, X1, y + lineHeight(H_SECTION) + 1.2);
    y += lineHeight(H_SECTION) + 8;
  };
  title();
  model.sections.forEach((s, i) => {
    const target = pages[i] ?? 0;
    const num = String(target);
    const numW = pen.width(num, 'normal', t.size);
    const lines = pen.wrap(plain(s.title), t, CONTENT_W - numW - 12);
    const h = lh + (lines.length - 1) * lineHeight(t);
    if (y + h > BOTTOM && page < 1 + tocPages) {
      doc.setPage(++page);
      pen.reset();
      y = TOP;
    }
    lines.forEach((l, j) => pen.line(l, X0, baseline(t, y + j * lineHeight(t)), t));
    const last = lines[lines.length - 1];
    const b = baseline(t, y + (lines.length - 1) * lineHeight(t));
    pen.text(num, X1 - numW, b, t);
    // dotted leader from the end of the title to the page number
    const from = X0 + (last?.width ?? 0) + 2;
    const to = X1 - numW - 2;
    if (to > from) {
      doc.setDrawColor(...MUTED);
      doc.setLineWidth(0.35);
      doc.setLineCap('round');
      doc.setLineDashPattern([0, 1.6], 0);
      doc.line(from, b - 0.2, to, b - 0.2);
      doc.setLineDashPattern([], 0);
      doc.setLineCap('butt');
    }
    if (target) doc.link(X0, y, CONTENT_W, h, { pageNumber: target });
    y += h;
  });
}

function drawFooters(pen: Pen, model: ReportModel, date: string): void {
  const doc = pen.doc;
  const pages = doc.getNumberOfPages();
  const L = model.labels.doc;
  const t: TextStyle = { ...SMALL };
  for (let p = 2; p <= pages; p++) {
    doc.setPage(p);
    pen.reset();
    // running head
    pen.text(model.title, X0, 13, t);
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.2);
    doc.line(X0, 15, X1, 15);
    doc.line(X0, PAGE_H - 15.5, X1, PAGE_H - 15.5);
    const left = date;
    pen.text(left, X0, PAGE_H - 11, t);
    if (model.confidential) {
      const c: TextStyle = { ...t, style: 'bold', color: ALERT };
      const w = pen.width(L.confidential, 'bold', c.size);
      pen.text(L.confidential, X0 + CONTENT_W / 2 - w / 2, PAGE_H - 11, c);
    }
    const right = fill(L.pageOf, { page: p, pages });
    pen.text(right, X1 - pen.width(right, 'normal', t.size), PAGE_H - 11, t);
  }
}

/** File name for the report, e.g. `zelfscan-rapport-bestuurder-2026-11-23.pdf` (`selfscan-report-…` in English). */
export function pdfFileName(model: ReportModel, date: string = model.date): string {
  return `${reportFileBase(model, date)}.pdf`;
}
