import type { jsPDF as JsPDF } from 'jspdf';
import { answerType, signedPosition } from '../../domain/answer-types';
import { ROLES, type Content, type Item, type Lang, type Role } from '../../domain/types';
import { questionNumber, type WorkshopSetup } from '../../domain/workshop';
import { LANGUAGES, type Translation } from '../../i18n/languages';
import { fill } from '../model';
import type { PdfFonts } from './render-pdf';
import { FAMILY, PAGE_H, PAGE_W, PT } from './theme';

/*
 * The paper answer sheet of a workshop, for participants without a phone or laptop: every question of the workshop
 * with its workshop number, boxes to tick, and a pre-printed sheet number on every page, so the trainer can type the
 * answers in afterwards (src/ui/workshop/paper-entry.tsx) and a loose page still finds its sheet. Black on white,
 * nothing smaller than 10 pt, a question never split over two pages.
 */

export interface AnswerSheetLabels {
  sheet: Translation['workshop']['sheet'];
  answer: Translation['answer'];
  roles: Record<Role, string>;
  /** The mark of a trainer's own question. */
  own: string;
}

export function answerSheetLabels(lang: Lang): AnswerSheetLabels {
  const r = LANGUAGES[lang].resources;
  return {
    sheet: r.workshop.sheet,
    answer: r.answer,
    roles: Object.fromEntries(ROLES.map((role) => [role, r.roles[role].name])) as Record<Role, string>,
    own: r.workshop.own.mark,
  };
}

/** Sheets printed when the trainer does not choose, and the most one download makes. */
export const SHEETS_DEFAULT = 12;
export const SHEETS_MAX = 100;

export interface AnswerSheetOptions {
  /** How many sheets, numbered 1 … sheets (one per participant). */
  sheets: number;
  /** The creation date (ISO), so the output is repeatable. */
  date?: string;
}

export interface AnswerSheetDeps {
  jsPDF?: typeof JsPDF;
  fonts?: PdfFonts;
}

/** Where the blocks of one sheet fall: the same for every sheet, only the sheet number differs. */
export interface AnswerSheetPlan {
  pagesPerSheet: number;
  /** Per page, its blocks from top to bottom: `id` is the item id, or `intro` / `end`. */
  pages: { id: string; top: number; bottom: number }[][];
  /** The lowest a block may reach. */
  bottom: number;
  /** Words wider than the space they are set in (they would be cut); empty when everything fits. */
  overflow: string[];
}

// ---- geometry (mm) ----
const X0 = 15;
const X1 = PAGE_W - 15;
const W = X1 - X0;
const TOP = 34;
const BOTTOM = PAGE_H - 20;
/** Where a question's text starts, right of its number. */
const TEXT_X = X0 + 11;
const BOX = 5.5;
const GAP = 4.5;
const BLACK = [0, 0, 0] as const;

type Style = 'normal' | 'bold';
interface Font {
  size: number;
  style: Style;
}
const F = {
  title: { size: 20, style: 'bold' },
  name: { size: 14, style: 'bold' },
  lead: { size: 11, style: 'normal' },
  body: { size: 10.5, style: 'normal' },
  strong: { size: 10.5, style: 'bold' },
  question: { size: 11, style: 'bold' },
  label: { size: 10, style: 'normal' },
  sheetNo: { size: 20, style: 'bold' },
} as const satisfies Record<string, Font>;
const lh = (f: Font) => f.size * PT * 1.3;

interface Block {
  id: string;
  height: number;
  draw(y: number): void;
}

/** What the drawing of one sheet's pages needs to know about the sheet it is on. */
interface Current {
  sheet: number;
}

function setUp(doc: JsPDF, fonts: PdfFonts) {
  doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
  doc.addFont('NotoSans-Regular.ttf', FAMILY, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
  doc.addFont('NotoSans-Bold.ttf', FAMILY, 'bold');
}

/** Lays out one sheet and returns the plan and a function that draws a given sheet's pages. */
function build(doc: JsPDF, content: Content, setup: WorkshopSetup, labels: AnswerSheetLabels) {
  const S = labels.sheet;
  const A = labels.answer;
  const overflow: string[] = [];
  const current: Current = { sheet: 1 };

  const font = (f: Font) => {
    doc.setFont(FAMILY, f.style);
    doc.setFontSize(f.size);
  };
  const wrap = (s: string, f: Font, width: number): string[] => {
    font(f);
    for (const word of s.split(/\s+/u))
      if (word && doc.getTextWidth(word) > width + 0.01) overflow.push(word);
    return doc.splitTextToSize(s, width) as string[];
  };
  /** Writes lines whose first line's top is `y`; returns the height used. */
  const write = (
    lines: readonly string[],
    x: number,
    y: number,
    f: Font,
    align: 'left' | 'center' | 'right' = 'left',
  ) => {
    font(f);
    doc.setTextColor(...BLACK);
    lines.forEach((l, i) =>
      doc.text(l, x, y + f.size * PT * 0.95 + i * lh(f), align === 'left' ? undefined : { align }),
    );
    return lines.length * lh(f);
  };
  const box = (x: number, y: number, size = BOX) => {
    doc.setDrawColor(...BLACK);
    doc.setFillColor(255, 255, 255);
    doc.setLineWidth(0.35);
    doc.rect(x, y, size, size, 'FD');
  };
  const rule = (x0: number, x1: number, y: number, width = 0.2) => {
    doc.setDrawColor(...BLACK);
    doc.setLineWidth(width);
    doc.line(x0, y, x1, y);
  };
  /** One line of text cut to `width` with an ellipsis (the running heads and footers). */
  const fit = (s: string, f: Font, width: number) => {
    font(f);
    if (doc.getTextWidth(s) <= width) return s;
    let t = s;
    while (t.length > 1 && doc.getTextWidth(`${t}…`) > width) t = t.slice(0, -1);
    return `${t.trimEnd()}…`;
  };

  const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const items = setup.items.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
  const hasDilemma = items.some((i) => answerType(i.type).poles);

  // ---- the first page's head: title, workshop, how to answer, role and name ----
  const intro: Block = (() => {
    const title = wrap(S.heading, F.title, W - 60);
    const name = wrap(setup.name, F.name, W - 60);
    const date = LANGUAGES[content.lang].longDate(setup.date);
    const how = wrap(hasDilemma ? `${S.howTo} ${S.howToDilemma}` : S.howTo, F.body, W);
    const roleW = W / ROLES.length;
    // a label wraps rather than run up to the next box
    const roles = ROLES.map((r) => wrap(labels.roles[r], F.body, roleW - BOX - 6.5));
    const roleH = Math.max(BOX, ...roles.map((l) => l.length * lh(F.body)));
    const who = setup.anonymous ? wrap(S.anonymous, F.strong, W) : [];
    const height =
      title.length * lh(F.title) +
      name.length * lh(F.name) +
      lh(F.lead) +
      5 +
      how.length * lh(F.body) +
      5 +
      lh(F.strong) +
      2 +
      roleH +
      6 +
      (setup.anonymous ? who.length * lh(F.strong) : 4 + lh(F.strong)) +
      2;
    return {
      id: 'intro',
      height,
      draw: (y0) => {
        let y = y0;
        y += write(title, X0, y, F.title);
        y += write(name, X0, y, F.name);
        y += write([date], X0, y, F.lead) + 5;
        y += write(how, X0, y, F.body) + 5;
        y += write([S.role], X0, y, F.strong) + 2;
        ROLES.forEach((r, i) => {
          const x = X0 + i * roleW;
          box(x, y);
          write(roles[i] ?? [], x + BOX + 2.5, y + (BOX - lh(F.body)) / 2, F.body);
        });
        y += roleH + 6;
        if (setup.anonymous) write(who, X0, y, F.strong);
        else {
          // the line to write on at the label's baseline, with room above it for handwriting
          write([S.name], X0, y + 4, F.strong);
          font(F.strong);
          rule(X0 + doc.getTextWidth(S.name) + 3, X1, y + 4 + F.strong.size * PT * 0.95 + 0.8, 0.3);
        }
      },
    };
  })();

  // ---- a question: its number, its text and whose question it is; then what the type needs ----
  const head = (item: Item) => {
    const n = questionNumber(setup, item.id) ?? 0;
    const text = wrap(item.t.text, F.question, X1 - TEXT_X);
    const hint = item.t.hint ? wrap(item.t.hint, F.label, X1 - TEXT_X) : [];
    const own = item.own ? wrap(labels.own, F.label, X1 - TEXT_X - 4) : [];
    const height =
      text.length * lh(F.question) +
      (hint.length ? 1 + hint.length * lh(F.label) : 0) +
      (own.length ? 7.5 : 0);
    return {
      height,
      draw: (y0: number) => {
        let y = y0;
        write([`${n}.`], X0, y, F.question);
        y += write(text, TEXT_X, y, F.question);
        if (hint.length) y += 1 + write(hint, TEXT_X, y + 1, F.label);
        if (own.length) {
          font(F.label);
          const w = doc.getTextWidth(own[0] ?? '') + 4;
          doc.setDrawColor(...BLACK);
          doc.setLineWidth(0.3);
          doc.roundedRect(TEXT_X, y + 1.5, w, lh(F.label) + 1.2, 1, 1, 'S');
          write(own.slice(0, 1), TEXT_X + 2, y + 2.1, F.label);
        }
      },
    };
  };

  /** Boxes in a row, each with its label under it: the scale, then "weet niet" and "n.v.t." set apart. */
  const choices = (item: Item) => {
    const def = answerType(item.type);
    const words = def.optionWords ? A[def.optionWords] : {};
    const scale = def.options.map((o) => (words as Record<string, string>)[o.value] ?? o.value);
    const extra = [
      ...(def.kinds.includes('unknown') ? [A.unknown] : []),
      ...(def.kinds.includes('na') ? [A.na] : []),
    ];
    const apart = extra.length ? 6 : 0;
    const col = (W - apart) / (scale.length + extra.length);
    const cells = [...scale, ...extra].map((label, i) => ({
      x: X0 + i * col + (i >= scale.length ? apart : 0),
      lines: wrap(label, F.label, col - 2),
    }));
    const height = BOX + 1.5 + Math.max(...cells.map((c) => c.lines.length)) * lh(F.label);
    return {
      height,
      draw: (y: number) => {
        for (const c of cells) {
          box(c.x + (col - BOX) / 2, y);
          write(c.lines, c.x + col / 2, y + BOX + 1.5, F.label, 'center');
        }
        if (apart) {
          const x = X0 + scale.length * col + apart / 2;
          doc.setLineWidth(0.2);
          doc.setDrawColor(...BLACK);
          doc.line(x, y - 1, x, y + height);
        }
      },
    };
  };

  /** A dilemma: the two poles, then −3 … +3 as boxes on a line, once for now and once for desired. */
  const dilemma = (item: Item) => {
    const def = answerType(item.type);
    const unknown = def.kinds.includes('unknown');
    const labelW = 24;
    const unknownW = unknown ? 30 : 0;
    const sx0 = X0 + labelW;
    const sx1 = X1 - unknownW;
    const half = (sx1 - sx0) / 2 - 4;
    const left = wrap(`← ${item.t.left ?? ''}`, F.body, half);
    const right = wrap(`${item.t.right ?? ''} →`, F.body, half);
    const polesH = Math.max(left.length, right.length) * lh(F.body);
    const step = (sx1 - sx0 - BOX) / 6;
    const cx = (i: number) => sx0 + BOX / 2 + i * step;
    const rowH = 8;
    const rows = [S.now, S.desired];
    const height = polesH + 2 + lh(F.label) + 1 + rows.length * rowH;
    return {
      height,
      draw: (y0: number) => {
        let y = y0;
        write(left, sx0, y, F.body);
        write(right, sx1, y, F.body, 'right');
        y += polesH + 2;
        for (let i = 0; i < 7; i++) write([signedPosition(i - 3)], cx(i), y, F.label, 'center');
        y += lh(F.label) + 1;
        rows.forEach((label, r) => {
          const top = y + r * rowH;
          write([label], X0, top + (BOX - lh(F.strong)) / 2, F.strong);
          rule(cx(0), cx(6), top + BOX / 2, 0.35);
          for (let i = 0; i < 7; i++) box(cx(i) - BOX / 2, top);
        });
        if (unknown) {
          const top = y + (rows.length * rowH - rowH) / 2;
          const x = sx1 + 6;
          box(x, top);
          write(
            wrap(A.unknown, F.label, unknownW - BOX - 8),
            x + BOX + 2,
            top + (BOX - lh(F.label)) / 2,
            F.label,
          );
        }
      },
    };
  };

  /** An open question: ruled lines to write on. */
  const lines = () => {
    const count = 4;
    const gap = 8;
    const note = wrap(S.lines, F.label, X1 - TEXT_X);
    return {
      height: note.length * lh(F.label) + count * gap,
      draw: (y0: number) => {
        const y = y0 + write(note, TEXT_X, y0, F.label);
        for (let k = 1; k <= count; k++) rule(TEXT_X, X1, y + k * gap, 0.3);
      },
    };
  };

  const question = (item: Item): Block => {
    const h = head(item);
    const def = answerType(item.type);
    // by what the type offers, not by its name: options to tick, two poles, or neither (a written answer)
    const body = def.options.length ? choices(item) : def.poles ? dilemma(item) : lines();
    return {
      id: item.id,
      height: 2.5 + h.height + 2.5 + body.height,
      draw: (y) => {
        rule(X0, X1, y, 0.2);
        h.draw(y + 2.5);
        body.draw(y + 2.5 + h.height + 2.5);
      },
    };
  };

  const end: Block = {
    id: 'end',
    height: 3 + lh(F.question),
    draw: (y) => {
      rule(X0, X1, y, 0.2);
      write([S.end], X0, y + 3, F.question);
    },
  };

  // ---- pagination: a block that does not fit goes to the next page whole ----
  const blocks = [intro, ...items.map(question), end];
  const pages: { block: Block; top: number }[][] = [[]];
  let y = TOP;
  for (const b of blocks) {
    let page = pages[pages.length - 1] as { block: Block; top: number }[];
    if (page.length > 0 && y + b.height > BOTTOM) {
      page = [];
      pages.push(page);
      y = TOP;
    }
    page.push({ block: b, top: y });
    y += b.height + GAP;
  }

  const footerLeft = `${setup.name} · ${LANGUAGES[content.lang].longDate(setup.date)}`;
  const drawPage = (p: number) => {
    const sheetNo = String(current.sheet);
    // the running head: what this is, and the sheet number in a box (also on the pages after the first)
    write([fit(`${S.kicker} · ${S.heading}`, F.strong, W - 62)], X0, 12, F.strong);
    if (p > 0) write([fit(setup.name, F.label, W - 62)], X0, 12 + lh(F.strong), F.label);
    const bw = 52;
    const bx = X1 - bw;
    doc.setDrawColor(...BLACK);
    doc.setLineWidth(0.5);
    doc.rect(bx, 10, bw, 15, 'S');
    write([S.number], bx + 3, 10 + (15 - lh(F.strong)) / 2, F.strong);
    write([sheetNo], X1 - 4, 10 + (15 - lh(F.sheetNo)) / 2, F.sheetNo, 'right');
    for (const { block, top } of pages[p] ?? []) block.draw(top);
    // the footer: the workshop, and which sheet and page this is
    rule(X0, X1, PAGE_H - 15, 0.2);
    const right = `${S.number} ${sheetNo} · ${fill(S.page, { page: p + 1, pages: pages.length })}`;
    font(F.label);
    const rightW = doc.getTextWidth(right);
    write([fit(footerLeft, F.label, W - rightW - 6)], X0, PAGE_H - 13.5, F.label);
    write([right], X1, PAGE_H - 13.5, F.label, 'right');
  };

  const plan: AnswerSheetPlan = {
    pagesPerSheet: pages.length,
    pages: pages.map((page) =>
      page.map(({ block, top }) => ({ id: block.id, top, bottom: top + block.height })),
    ),
    bottom: BOTTOM,
    overflow,
  };
  return {
    plan,
    drawSheet: (sheet: number, first: boolean) => {
      current.sheet = sheet;
      pages.forEach((_, p) => {
        if (!(first && p === 0)) doc.addPage();
        drawPage(p);
      });
    },
  };
}

async function load(deps: AnswerSheetDeps): Promise<{ Ctor: typeof JsPDF; fonts: PdfFonts }> {
  const [Ctor, fonts] = await Promise.all([
    deps.jsPDF ? Promise.resolve(deps.jsPDF) : import('jspdf').then((m) => m.jsPDF),
    deps.fonts ? Promise.resolve(deps.fonts) : import('./fonts/noto-sans-subset').then((m): PdfFonts => m),
  ]);
  return { Ctor, fonts };
}

/** Where every block of a sheet falls, without drawing anything (for tests and for saying how long a sheet is). */
export async function planAnswerSheet(
  content: Content,
  setup: WorkshopSetup,
  labels: AnswerSheetLabels,
  deps: AnswerSheetDeps = {},
): Promise<AnswerSheetPlan> {
  const { Ctor, fonts } = await load(deps);
  const doc = new Ctor({ orientation: 'portrait', unit: 'mm', format: 'a4' });
  setUp(doc, fonts);
  return build(doc, content, setup, labels).plan;
}

/**
 * The workshop's paper answer sheet as one A4 PDF: `options.sheets` copies numbered 1 … n, each starting on a new
 * page. `content` is the workshop's content (the app's questions and the trainer's own, see `workshopContent`).
 */
export async function renderAnswerSheet(
  content: Content,
  setup: WorkshopSetup,
  labels: AnswerSheetLabels,
  options: AnswerSheetOptions,
  deps: AnswerSheetDeps = {},
): Promise<Blob> {
  const { Ctor, fonts } = await load(deps);
  const doc = new Ctor({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true });
  setUp(doc, fonts);
  const title = `${labels.sheet.heading} – ${setup.name}`;
  doc.setProperties({ title, author: 'Zelfscan Wijkaanpak', creator: 'Zelfscan Wijkaanpak' });
  doc.setLanguage(LANGUAGES[content.lang].pdfLang);
  if (options.date) doc.setCreationDate(new Date(`${options.date.slice(0, 10)}T12:00:00Z`));
  const { drawSheet } = build(doc, content, setup, labels);
  const sheets = Math.min(SHEETS_MAX, Math.max(1, Math.floor(options.sheets)));
  for (let s = 1; s <= sheets; s++) drawSheet(s, s === 1);
  return doc.output('blob');
}

/** File name of the answer sheet, e.g. `workshop-antwoordformulier-2026-11-23.pdf`. */
export function answerSheetFileName(setup: Pick<WorkshopSetup, 'date'>, lang: Lang): string {
  const base = LANGUAGES[lang].resources.workshop.sheet.fileName;
  return `${base}${setup.date ? `-${setup.date.slice(0, 10)}` : ''}.pdf`;
}
