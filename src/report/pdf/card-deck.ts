import type { jsPDF as JsPDF } from 'jspdf';
import type { Content, Item, ItemType, Lang } from '../../domain/types';
import { LANGUAGES, type Translation } from '../../i18n/languages';
import { fill } from '../model';
import type { PdfFonts } from './render-pdf';
import { BRAND, BRAND_LIGHT, FAMILY, INK, MUTED, PAGE_H, PAGE_W, PT } from './theme';

export interface CardLabels {
  cards: Translation['workshop']['cards'];
  types: Record<ItemType, string>;
}

export function cardLabels(lang: Lang): CardLabels {
  const w = LANGUAGES[lang].resources.workshop;
  return { cards: w.cards, types: w.setup.types };
}

export interface CardDeckOptions {
  /** Workshop name in the page footer. */
  name: string;
  /** Cards per A4 page: 4 (large, 2 × 2) or 6 (2 × 3). */
  perPage?: 4 | 6;
  /** The creation date (ISO), so the output is repeatable. */
  date?: string;
}

export interface CardDeckDeps {
  jsPDF?: typeof JsPDF;
  fonts?: PdfFonts;
}

const MARGIN = 10;
const FOOTER = 8;

/** The items that make a card: statements, frequencies, instruments, dilemmas and open questions (no anchors). */
export function cardItems(content: Pick<Content, 'modules'>, ids: readonly string[]): Item[] {
  const wanted = new Set(ids);
  return content.modules.flatMap((m) => m.items.filter((i) => wanted.has(i.id) && !i.anchor));
}

/**
 * A printable card deck for analogue sessions: A4 pages with 4 or 6 cards and dashed cut lines. A dilemma card shows
 * the question, both poles and the −3 … +3 scale; a statement card the statement and its five-point scale; an open
 * question card the question and its prompt. Dilemmas come first, then statements, then open questions.
 */
export async function renderCardDeck(
  content: Content,
  itemIds: readonly string[],
  labels: CardLabels,
  options: CardDeckOptions,
  deps: CardDeckDeps = {},
): Promise<Blob> {
  const [Ctor, fonts] = await Promise.all([
    deps.jsPDF ? Promise.resolve(deps.jsPDF) : import('jspdf').then((m) => m.jsPDF),
    deps.fonts ? Promise.resolve(deps.fonts) : import('./fonts/noto-sans-subset').then((m): PdfFonts => m),
  ]);
  const doc = new Ctor({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
  doc.addFont('NotoSans-Regular.ttf', FAMILY, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
  doc.addFont('NotoSans-Bold.ttf', FAMILY, 'bold');
  const C = labels.cards;
  const title = fill(C.title, { name: options.name });
  doc.setProperties({ title, author: 'Zelfscan Wijkaanpak', creator: 'Zelfscan Wijkaanpak' });
  doc.setLanguage(LANGUAGES[content.lang].pdfLang);
  if (options.date) doc.setCreationDate(new Date(`${options.date.slice(0, 10)}T12:00:00Z`));

  const perPage = options.perPage ?? 6;
  const cols = 2;
  const rows = perPage / cols;
  const w = (PAGE_W - 2 * MARGIN) / cols;
  const h = (PAGE_H - 2 * MARGIN - FOOTER) / rows;
  const items = cardItems(content, itemIds);
  const ordered = [
    ...items.filter((i) => i.type === 'dilemma'),
    ...items.filter((i) => i.type !== 'dilemma' && i.type !== 'open'),
    ...items.filter((i) => i.type === 'open'),
  ];
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  const pages = Math.max(1, Math.ceil(ordered.length / perPage));

  const text = (
    s: string,
    x: number,
    y: number,
    size: number,
    style: 'normal' | 'bold',
    color: readonly number[],
    opts?: { align?: 'left' | 'center' | 'right' },
  ) => {
    doc.setFont(FAMILY, style);
    doc.setFontSize(size);
    doc.setTextColor(color[0] ?? 0, color[1] ?? 0, color[2] ?? 0);
    doc.text(s, x, y, opts?.align ? { align: opts.align } : undefined);
  };
  /** Wraps `s` to `width`, shrinking the size until it fits `maxH`; returns the height used. */
  const block = (
    s: string,
    x: number,
    y: number,
    width: number,
    maxH: number,
    size: number,
    style: 'normal' | 'bold',
    color: readonly number[],
    align: 'left' | 'center' = 'left',
  ) => {
    let sz = size;
    let lines: string[] = [];
    for (; sz >= 7; sz -= 0.5) {
      doc.setFont(FAMILY, style);
      doc.setFontSize(sz);
      lines = doc.splitTextToSize(s, width) as string[];
      if (lines.length * sz * PT * 1.3 <= maxH) break;
    }
    const lh = sz * PT * 1.3;
    lines.forEach((l, i) =>
      text(l, align === 'center' ? x + width / 2 : x, y + sz * PT + i * lh, sz, style, color, { align }),
    );
    return lines.length * lh;
  };

  const drawCard = (item: Item, x0: number, y0: number) => {
    const pad = 6;
    const x = x0 + pad;
    const inner = w - 2 * pad;
    const kind =
      item.type === 'dilemma' ? C.dilemma : item.type === 'open' ? C.open : labels.types[item.type];
    // header band
    doc.setFillColor(...(item.type === 'dilemma' ? BRAND : BRAND_LIGHT));
    doc.rect(x0 + 2, y0 + 2, w - 4, 9, 'F');
    text(kind.toUpperCase(), x, y0 + 8, 8.5, 'bold', item.type === 'dilemma' ? [255, 255, 255] : BRAND);
    const mod = moduleTitle(item.module);
    text(
      mod.length > 40 ? `${mod.slice(0, 38)}…` : mod,
      x0 + w - pad,
      y0 + 8,
      7.5,
      'normal',
      item.type === 'dilemma' ? [255, 255, 255] : MUTED,
      { align: 'right' },
    );
    let y = y0 + 16;
    const bottom = y0 + h - 6;
    if (item.type === 'dilemma') {
      y += block(item.t.text, x, y, inner, 18, 12, 'bold', INK) + 4;
      const poleH = Math.min(34, (bottom - y - 16) / 1);
      const half = (inner - 6) / 2;
      doc.setDrawColor(...BRAND);
      doc.setLineWidth(0.4);
      doc.roundedRect(x, y, half, poleH, 1.5, 1.5, 'S');
      doc.roundedRect(x + half + 6, y, half, poleH, 1.5, 1.5, 'S');
      text('←', x + 2, y + 5, 10, 'bold', BRAND);
      text('→', x + inner - 2, y + 5, 10, 'bold', BRAND, { align: 'right' });
      block(item.t.left ?? '', x + 2, y + 6, half - 4, poleH - 8, 10, 'normal', INK);
      block(item.t.right ?? '', x + half + 8, y + 6, half - 4, poleH - 8, 10, 'normal', INK);
      y += poleH + 5;
      // the −3 … +3 scale
      const step = inner / 6;
      doc.setDrawColor(...MUTED);
      doc.setLineWidth(0.3);
      doc.line(x, y + 3, x + inner, y + 3);
      for (let v = -3; v <= 3; v++) {
        const cx = x + (v + 3) * step;
        doc.circle(cx, y + 3, 1.6, 'S');
        text(v > 0 ? `+${v}` : String(v), cx, y + 9, 7.5, 'normal', MUTED, { align: 'center' });
      }
      y += 12;
      if (y < bottom) block(C.scaleHint, x, y, inner, bottom - y, 8.5, 'normal', MUTED);
    } else if (item.type === 'open') {
      y += block(item.t.text, x, y, inner, (bottom - y) * 0.6, 13, 'bold', INK) + 4;
      if (item.t.hint) block(item.t.hint, x, y, inner, bottom - y, 9.5, 'normal', MUTED);
    } else {
      y += block(item.t.text, x, y, inner, bottom - y - 16, 13, 'bold', INK) + 4;
      // five boxes to tick, or the instrument's four answers
      const options =
        item.type === 'instrument' ? ['ja', 'deels', 'nee', 'gepland'] : ['1', '2', '3', '4', '5'];
      const by = bottom - 9;
      const bw = inner / options.length;
      doc.setDrawColor(...MUTED);
      doc.setLineWidth(0.3);
      options.forEach((o, i) => {
        doc.rect(x + i * bw + bw / 2 - 2, by, 4, 4, 'S');
        text(o, x + i * bw + bw / 2, by + 8, 7.5, 'normal', MUTED, { align: 'center' });
      });
      if (item.type === 'likert') text(C.statementHint, x, by - 3, 8.5, 'normal', MUTED);
    }
  };

  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    // dashed cut lines along every card edge
    doc.setDrawColor(150, 150, 150);
    doc.setLineWidth(0.2);
    doc.setLineDashPattern([2, 1.5], 0);
    for (let c = 0; c <= cols; c++) doc.line(MARGIN + c * w, MARGIN, MARGIN + c * w, MARGIN + rows * h);
    for (let r = 0; r <= rows; r++) doc.line(MARGIN, MARGIN + r * h, MARGIN + cols * w, MARGIN + r * h);
    doc.setLineDashPattern([], 0);
    ordered.slice(p * perPage, (p + 1) * perPage).forEach((item, i) => {
      drawCard(item, MARGIN + (i % cols) * w, MARGIN + Math.floor(i / cols) * h);
    });
    text(`${title} · ${C.cut} · ${p + 1}/${pages}`, MARGIN, PAGE_H - MARGIN + 2, 7.5, 'normal', MUTED);
  }
  return doc.output('blob');
}

export function cardDeckFileName(lang: Lang, date: string): string {
  return `${LANGUAGES[lang].fileWords.cards}${date ? `-${date.slice(0, 10)}` : ''}.pdf`;
}
