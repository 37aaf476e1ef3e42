import type { jsPDF as JsPDF } from 'jspdf';
import type { Run } from '../markdown-blocks';
import type { Point } from '../radar';
import { FAMILY, PAGE_H, PT, type Rgb, type Style, type TextStyle } from './theme';

/** One piece of same-style text on a line. */
export interface Seg {
  text: string;
  style: Style;
}
/** A wrapped line: its segments and its width in mm. */
export interface Line {
  segs: Seg[];
  width: number;
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
export class Pen {
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

  /** `styles` maps each style to the face that draws it (italic is `normal` when no italic font is embedded). */
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

  /** Selects the face and size on the document, unless they are already set. */
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

  /** Draws a single line of plain text at (x, baseline y), unwrapped; `style` overrides the face of `t`. */
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

/** A plain string as a single unstyled run, for `Pen.wrap`. */
export const plain = (text: string): Run[] => [{ text }];
