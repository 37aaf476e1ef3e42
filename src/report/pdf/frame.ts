import { fill, type ReportModel } from '../model';
import { LANGUAGES } from '../../i18n/languages';
import type { Layout } from './layout';
import { plain, type Pen } from './pen';
import {
  ALERT,
  baseline,
  BODY,
  BOTTOM,
  BRAND,
  CONTENT_W,
  CONTENTS_ENTRY,
  COVER_CONFIDENTIAL,
  COVER_KICKER,
  COVER_SUBTITLE,
  COVER_TITLE,
  H_SECTION,
  lineHeight,
  MUTED,
  PAGE_H,
  PAGE_W,
  RULE,
  SMALL,
  TOP,
  X0,
  X1,
  type TextStyle,
} from './theme';

/** Height of a one-line entry in the contents. */
const CONTENTS_LH = 7.2;

/** Long date in the report's language, e.g. "23 november 2026"; the ISO date when it cannot be read. */
export function longDate(iso: string, lang: ReportModel['lang']): string {
  return LANGUAGES[lang].longDate(iso);
}

/**
 * How many pages to reserve for the contents, one line per section: none for the short report (no appendices). The
 * contents are drawn after the body is paginated, when the page numbers are known.
 */
export function contentsPageCount(model: ReportModel): number {
  const perPage = Math.floor((BOTTOM - TOP - 20) / CONTENTS_LH);
  return model.appendices ? Math.max(1, Math.ceil(model.sections.length / perPage)) : 0;
}

/** The cover on the current page: title, subtitle, date, the cover fields and the confidentiality mark. */
export function drawCover(pen: Pen, layout: Layout, model: ReportModel, date: string): void {
  const doc = pen.doc;
  doc.setFillColor(...BRAND);
  doc.rect(0, 0, PAGE_W, 12, 'F');
  pen.text('Zelfscan Wijkaanpak', X0, 48, COVER_KICKER);
  let y = 54;
  for (const l of pen.wrap(plain(model.title), COVER_TITLE, CONTENT_W)) {
    pen.line(l, X0, baseline(COVER_TITLE, y), COVER_TITLE);
    y += lineHeight(COVER_TITLE);
  }
  y += 2;
  for (const l of pen.wrap(plain(model.subtitle), COVER_SUBTITLE, CONTENT_W)) {
    pen.line(l, X0, baseline(COVER_SUBTITLE, y), COVER_SUBTITLE);
    y += lineHeight(COVER_SUBTITLE);
  }
  pen.text(date, X0, baseline(BODY, y + 2), { ...BODY, color: MUTED });
  y += 16;
  doc.setDrawColor(...BRAND);
  doc.setLineWidth(0.5);
  doc.line(X0, y, X1, y);
  y += 3;
  // the cover fields as a key/value table
  const rows = layout.blockRows({ kind: 'fields', fields: model.cover });
  for (const r of rows) {
    r.draw(y);
    y += r.h;
  }
  if (model.confidential) {
    const t = COVER_CONFIDENTIAL;
    const w = pen.width(model.labels.doc.confidential, 'bold', t.size) + 8;
    y += 10;
    doc.setDrawColor(...ALERT);
    doc.setLineWidth(0.6);
    doc.roundedRect(X0, y, w, 9, 1.5, 1.5, 'S');
    pen.text(model.labels.doc.confidential, X0 + 4, baseline(t, y + 1.5), t);
  }
  pen.text(model.labels.doc.generated, X0, PAGE_H - 15, SMALL);
}

/**
 * The contents on the `tocPages` pages reserved after the cover: each section title with a dotted leader to its page
 * number (`pages`, per section), linked to that page.
 */
export function drawContents(pen: Pen, model: ReportModel, pages: readonly number[], tocPages: number): void {
  const doc = pen.doc;
  const t = CONTENTS_ENTRY;
  let page = 2;
  doc.setPage(page);
  pen.reset();
  let y = TOP;
  pen.text(model.labels.doc.contents, X0, baseline(H_SECTION, y), H_SECTION);
  doc.setDrawColor(...BRAND);
  doc.setLineWidth(0.4);
  doc.line(X0, y + lineHeight(H_SECTION) + 1.2, X1, y + lineHeight(H_SECTION) + 1.2);
  y += lineHeight(H_SECTION) + 8;
  model.sections.forEach((s, i) => {
    const target = pages[i] ?? 0;
    const num = String(target);
    const numW = pen.width(num, 'normal', t.size);
    const lines = pen.wrap(plain(s.title), t, CONTENT_W - numW - 12);
    const h = CONTENTS_LH + (lines.length - 1) * lineHeight(t);
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

/**
 * Running head (the title) and footer (date, confidentiality mark, "page x of n") on every page but the cover; run
 * last, when the page count is known.
 */
export function drawFooters(pen: Pen, model: ReportModel, date: string): void {
  const doc = pen.doc;
  const pages = doc.getNumberOfPages();
  const L = model.labels.doc;
  const t = SMALL;
  for (let p = 2; p <= pages; p++) {
    doc.setPage(p);
    pen.reset();
    pen.text(model.title, X0, 13, t);
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.2);
    doc.line(X0, 15, X1, 15);
    doc.line(X0, PAGE_H - 15.5, X1, PAGE_H - 15.5);
    pen.text(date, X0, PAGE_H - 11, t);
    if (model.confidential) {
      const c: TextStyle = { ...t, style: 'bold', color: ALERT };
      const w = pen.width(L.confidential, 'bold', c.size);
      pen.text(L.confidential, X0 + CONTENT_W / 2 - w / 2, PAGE_H - 11, c);
    }
    const right = fill(L.pageOf, { page: p, pages });
    pen.text(right, X1 - pen.width(right, 'normal', t.size), PAGE_H - 11, t);
  }
}
