import type { jsPDF as JsPDF } from 'jspdf';
import { reportFileBase, type ReportModel } from '../model';
import { LANGUAGES } from '../../i18n/languages';
import { contentsPageCount, drawContents, drawCover, drawFooters, longDate } from './frame';
import { Layout } from './layout';
import { paginate } from './paginate';
import { Pen } from './pen';
import { FAMILY } from './theme';

/** Fonts as base64 TTF; `italic` is optional (italic runs then use the regular face). */
export interface PdfFonts {
  regular: string;
  bold: string;
  italic?: string;
}

/** What `renderPdf` can be given instead of loading it itself. */
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
  doc.setLanguage(LANGUAGES[model.lang].pdfLang);
  doc.setCreationDate(new Date(`${model.date}T12:00:00Z`));

  const pen = new Pen(doc, { normal: 'normal', bold: 'bold', italic: fonts.italic ? 'italic' : 'normal' });
  const layout = new Layout(pen, model);
  const date = longDate(model.date, model.lang);

  drawCover(pen, layout, model, date);

  // reserve the contents pages: they are drawn once the body has its page numbers
  const tocPages = contentsPageCount(model);
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

/** File name for the report, e.g. `zelfscan-rapport-bestuurder-2026-11-23.pdf` (`selfscan-report-…` in English). */
export function pdfFileName(model: ReportModel, date: string = model.date): string {
  return `${reportFileBase(model, date)}.pdf`;
}
