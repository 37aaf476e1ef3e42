import type { Block, ReportModel } from '../model';
import { reportFileBase, sourceLabel, sourcesLine } from '../model';
import { LANGUAGES } from '../../i18n/languages';
import type { MdBlock, Run } from '../markdown-blocks';
import { radarScore } from '../radar-svg';

/*
 * The report as a real Word document: built-in styles (Title, Heading 1/2, Quote), a table of contents field, list
 * numbering and tables with a repeating header row, so people can go on editing it with track changes. `docx` is
 * loaded on demand: it stays out of the start page's bundle.
 */

type Docx = typeof import('docx');
type Child = import('docx').Paragraph | import('docx').Table | import('docx').TableOfContents;
type RunStyle = { bold?: boolean; italics?: boolean; color?: string; size?: number };

const CREATOR = 'Zelfscan Wijkaanpak';
const ACCENT = '1F4E79';
const MUTED = '4A4F55';
const LINE = 'B8BCC2';
const SOFT = 'E8EEF4';
/** A4 with 2 cm margins, in twips. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BULLETS = 'zs-bullets';
const NUMBERS = 'zs-numbers';

/** Characters XML 1.0 does not allow; a pasted control character must not make the file unreadable. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '');

/** `zelfscan-rapport-<role>-<date>.docx` (English: `selfscan-report-...`), see reportFileBase. */
export function docxFileName(model: ReportModel): string {
  return `${reportFileBase(model)}.docx`;
}

class Writer {
  private listInstance = 0;

  constructor(
    private readonly d: Docx,
    private readonly model: ReportModel,
  ) {}

  /** Runs for one text; its line breaks become Word line breaks. */
  text(text: string, style: RunStyle = {}): import('docx').TextRun[] {
    return clean(text)
      .split(/\r?\n/u)
      .map((line, i) => new this.d.TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...style }));
  }

  runs(runs: readonly Run[], style: RunStyle = {}): import('docx').TextRun[] {
    return runs.map(
      (r) =>
        new this.d.TextRun({
          text: clean(r.text),
          ...style,
          ...(r.bold ? { bold: true } : {}),
          ...(r.italic ? { italics: true } : {}),
        }),
    );
  }

  /** One paragraph per blank-line-separated part of `text`. */
  paragraphs(
    text: string,
    style: RunStyle = {},
    extra: Partial<import('docx').IParagraphOptions> = {},
  ): import('docx').Paragraph[] {
    return text
      .split(/\r?\n\s*\r?\n/u)
      .filter((p) => p.trim())
      .map((p) => new this.d.Paragraph({ ...extra, children: this.text(p.trim(), style) }));
  }

  /** A real Word list: bullets, or numbers that start at 1 for every list. */
  list(items: readonly (readonly import('docx').TextRun[])[], ordered: boolean): import('docx').Paragraph[] {
    const instance = ++this.listInstance;
    return items.map(
      (children) =>
        new this.d.Paragraph({
          numbering: { reference: ordered ? NUMBERS : BULLETS, level: 0, instance },
          spacing: { after: 60 },
          children: [...children],
        }),
    );
  }

  markdown(blocks: readonly MdBlock[]): import('docx').Paragraph[] {
    return blocks.flatMap((b) =>
      b.kind === 'p'
        ? [new this.d.Paragraph({ children: this.runs(b.runs) })]
        : this.list(
            b.items.map((i) => this.runs(i)),
            b.ordered,
          ),
    );
  }

  private cell(
    children: import('docx').Paragraph[],
    width: number,
    header: boolean,
  ): import('docx').TableCell {
    const { d } = this;
    return new d.TableCell({
      width: { size: width, type: d.WidthType.DXA },
      ...(header ? { shading: { type: d.ShadingType.CLEAR, fill: SOFT, color: 'auto' } } : {}),
      children,
    });
  }

  private widthsOf(n: number, widths?: readonly number[]): number[] {
    const ws =
      widths && widths.length === n && widths.every((w) => w > 0)
        ? widths
        : Array.from({ length: n }, () => 1);
    const total = ws.reduce((a, b) => a + b, 0);
    return ws.map((w) => Math.round((w / total) * TEXT_WIDTH));
  }

  private grid(rows: import('docx').TableRow[], cols: number[], borders = true): import('docx').Table {
    const { d } = this;
    const line = borders
      ? { style: d.BorderStyle.SINGLE, size: 4, color: LINE }
      : { style: d.BorderStyle.NONE, size: 0, color: 'auto' };
    return new d.Table({
      width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
      columnWidths: cols,
      layout: d.TableLayoutType.FIXED,
      margins: { top: 50, bottom: 50, left: 100, right: 100 },
      borders: {
        top: line,
        bottom: line,
        left: line,
        right: line,
        insideHorizontal: line,
        insideVertical: line,
      },
      rows,
    });
  }

  /** A table whose first row repeats on every page (Word's "Repeat as header row"). */
  table(
    head: readonly string[],
    rows: readonly (readonly string[])[],
    widths?: readonly number[],
  ): import('docx').Table {
    const { d } = this;
    const cols = this.widthsOf(head.length, widths);
    const cellPara = (text: string, style: RunStyle = {}) =>
      new d.Paragraph({ spacing: { after: 0 }, children: this.text(text, style) });
    return this.grid(
      [
        new d.TableRow({
          tableHeader: true,
          cantSplit: true,
          children: head.map((h, j) => this.cell([cellPara(h, { bold: true })], cols[j] ?? 0, true)),
        }),
        ...rows.map(
          (r) =>
            new d.TableRow({
              cantSplit: true,
              children: head.map((_, j) => this.cell([cellPara(r[j] ?? '')], cols[j] ?? 0, false)),
            }),
        ),
      ],
      cols,
    );
  }

  /** Label/value pairs as a two-column table without a header row. */
  fields(fields: readonly { label: string; value: string }[]): import('docx').Table {
    const { d } = this;
    const cols = this.widthsOf(2, [1, 2.6]);
    return this.grid(
      fields.map(
        (f) =>
          new d.TableRow({
            cantSplit: true,
            children: [
              this.cell(
                [new d.Paragraph({ spacing: { after: 0 }, children: this.text(f.label, { bold: true }) })],
                cols[0] ?? 0,
                false,
              ),
              this.cell(
                [new d.Paragraph({ spacing: { after: 0 }, children: this.text(f.value) })],
                cols[1] ?? 0,
                false,
              ),
            ],
          }),
      ),
      cols,
      false,
    );
  }

  /** The radar, which Word cannot draw from our SVG, as a bar table: theme, score and a shaded bar of 20 cells. */
  radar(block: Extract<Block, { kind: 'radar' }>): Child[] {
    const { d } = this;
    const L = this.model.labels;
    const cols = this.widthsOf(2, [3, 2]);
    const bar = (v: number | null) => {
      const n = v === null ? 0 : Math.round(v * 20);
      const seg = (count: number, fillColor: string) =>
        count > 0
          ? [
              new d.TextRun({
                text: '\u00A0'.repeat(count),
                font: 'Courier New',
                shading: { type: d.ShadingType.CLEAR, fill: fillColor, color: 'auto' },
              }),
            ]
          : [];
      return [...seg(n, ACCENT), ...seg(20 - n, SOFT), new d.TextRun({ text: `  ${radarScore(v)}` })];
    };
    return [
      new d.Paragraph({ keepNext: true, children: this.text(block.title, { bold: true }) }),
      this.grid(
        [
          new d.TableRow({
            tableHeader: true,
            cantSplit: true,
            children: [L.profile.theme, L.profile.score].map((h, j) =>
              this.cell(
                [new d.Paragraph({ spacing: { after: 0 }, children: this.text(h, { bold: true }) })],
                cols[j] ?? 0,
                true,
              ),
            ),
          }),
          ...block.axes.map(
            (a) =>
              new d.TableRow({
                cantSplit: true,
                children: [
                  this.cell(
                    [new d.Paragraph({ spacing: { after: 0 }, children: this.text(a.label) })],
                    cols[0] ?? 0,
                    false,
                  ),
                  this.cell(
                    [new d.Paragraph({ spacing: { after: 0 }, children: bar(a.value) })],
                    cols[1] ?? 0,
                    false,
                  ),
                ],
              }),
          ),
        ],
        cols,
      ),
      new d.Paragraph({ spacing: { after: 0 }, children: [] }),
    ];
  }

  block(b: Block, next?: Block): Child[] {
    const { d } = this;
    // an introduction ("We propose to:") stays on the page of the list or table it introduces
    const keepNext = next?.kind === 'list' || next?.kind === 'table' || next?.kind === 'fields';
    switch (b.kind) {
      case 'heading':
        return [
          new d.Paragraph({
            heading: d.HeadingLevel.HEADING_2,
            children: this.text(b.text.replace(/\s*\r?\n\s*/gu, ' ')),
          }),
        ];
      case 'paragraph':
        return b.emphasis === 'strong'
          ? this.paragraphs(b.text, { bold: true }, { keepNext: true })
          : b.emphasis === 'muted'
            ? this.paragraphs(b.text, { color: MUTED }, { keepNext })
            : b.emphasis === 'lead'
              ? this.paragraphs(b.text, { size: 24 }, { keepNext })
              : this.paragraphs(b.text, {}, { keepNext });
      case 'markdown':
        return this.markdown(b.blocks);
      case 'list':
        return this.list(
          b.items.map((i) => this.text(i)),
          Boolean(b.ordered),
        );
      case 'table':
        return [
          this.table(b.head, b.rows, b.widths),
          new d.Paragraph({ spacing: { after: 0 }, children: [] }),
        ];
      case 'radar':
        return this.radar(b);
      case 'quote':
        return [
          ...this.paragraphs(b.text, {}, { style: 'Quote', keepNext: true }),
          new d.Paragraph({ style: 'QuoteCite', children: this.text(`— ${b.cite}`) }),
        ];
      case 'fields':
        return [this.fields(b.fields), new d.Paragraph({ spacing: { after: 0 }, children: [] })];
      case 'sources':
        if (b.compact && b.refs.length)
          return this.paragraphs(sourcesLine(this.model.labels.doc.sourcesLabel, b.refs), {
            color: MUTED,
            size: 18,
          });
        return b.refs.length
          ? [
              new d.Paragraph({
                keepNext: true,
                spacing: { after: 40 },
                children: this.text(`${this.model.labels.doc.sourcesLabel}:`, {
                  color: MUTED,
                  size: 18,
                  bold: true,
                }),
              }),
              ...this.list(
                b.refs.map((r) => this.text(sourceLabel(r), { color: MUTED, size: 18 })),
                false,
              ),
            ]
          : [];
    }
  }

  /** "Pagina {{page}} van {{pages}}" with Word's PAGE and NUMPAGES fields in place of the placeholders. */
  pageOf(style: RunStyle): import('docx').TextRun[] {
    const { d } = this;
    return this.model.labels.doc.pageOf
      .split(/(\{\{page\}\}|\{\{pages\}\})/u)
      .filter(Boolean)
      .map((part) =>
        part === '{{page}}'
          ? new d.TextRun({ ...style, children: [d.PageNumber.CURRENT] })
          : part === '{{pages}}'
            ? new d.TextRun({ ...style, children: [d.PageNumber.TOTAL_PAGES] })
            : new d.TextRun({ ...style, text: part }),
      );
  }

  footer(): import('docx').Footer {
    const { d } = this;
    const L = this.model.labels.doc;
    const style: RunStyle = { size: 18, color: MUTED };
    return new d.Footer({
      children: [
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          children: [
            ...(this.model.confidential
              ? [new d.TextRun({ ...style, text: `${L.confidential} · `, bold: true })]
              : []),
            ...this.pageOf(style),
          ],
        }),
      ],
    });
  }

  header(): import('docx').Header {
    const { d } = this;
    const m = this.model;
    return new d.Header({
      children: [
        new d.Paragraph({
          alignment: d.AlignmentType.RIGHT,
          children: this.text([m.title, m.subtitle].filter(Boolean).join(' · '), { size: 16, color: MUTED }),
        }),
      ],
    });
  }

  cover(): Child[] {
    const { d, model: m } = this;
    const L = m.labels.doc;
    return [
      ...(m.confidential
        ? [
            new d.Paragraph({
              spacing: { after: 240 },
              children: this.text(L.confidential.toUpperCase(), { bold: true, color: '8A1C1C' }),
            }),
          ]
        : []),
      new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: this.text(m.title) }),
      ...(m.subtitle ? [new d.Paragraph({ style: 'Subtitle', children: this.text(m.subtitle) })] : []),
      ...(m.cover.length ? [this.fields(m.cover)] : []),
      new d.Paragraph({
        spacing: { before: 360 },
        children: this.text(`${L.generated} · ${m.date}`, { color: MUTED, size: 18 }),
      }),
      // the short report starts right after the title block; with appendices it gets a contents page
      ...(m.appendices
        ? [
            new d.Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: this.text(L.contents) }),
            new d.TableOfContents(L.contents, { hyperlink: true, headingStyleRange: '1-1' }),
          ]
        : []),
    ];
  }

  body(): Child[] {
    const { d } = this;
    return this.model.sections.flatMap((s, i) => [
      new d.Paragraph({
        heading: d.HeadingLevel.HEADING_1,
        // the short report flows on (its title block shares page one with the summary); with appendices each part
        // that asks for a new page gets one
        pageBreakBefore: this.model.appendices && (i === 0 || Boolean(s.pageBreak)),
        children: this.text(s.title),
      }),
      ...s.blocks.flatMap((b, j) => this.block(b, s.blocks[j + 1])),
    ]);
  }

  document(): import('docx').Document {
    const { d, model: m } = this;
    const language = { value: LANGUAGES[m.lang].tag };
    const font = 'Calibri';
    const indentList = (left: number) => ({ paragraph: { indent: { left, hanging: 360 } } });
    return new d.Document({
      title: clean(m.title),
      subject: clean(m.subtitle),
      creator: CREATOR,
      lastModifiedBy: CREATOR,
      description: clean(m.labels.doc.generated),
      keywords: m.role,
      // Word fills in the contents field on opening; without one there is nothing to ask about
      features: { updateFields: m.appendices },
      styles: {
        default: {
          document: {
            run: { font, size: 22, language, color: '1A1A1A' },
            paragraph: { spacing: { after: 120, line: 276, lineRule: d.LineRuleType.AUTO } },
          },
          title: {
            run: { font, size: 52, bold: true, color: ACCENT },
            paragraph: { spacing: { after: 120 } },
          },
          heading1: {
            run: { font, size: 32, bold: true, color: ACCENT },
            paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
          },
          heading2: {
            run: { font, size: 26, bold: true, color: '1A1A1A' },
            paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true },
          },
          listParagraph: { run: { font } },
        },
        paragraphStyles: [
          {
            id: 'Subtitle',
            name: 'Subtitle',
            basedOn: 'Normal',
            next: 'Normal',
            quickFormat: true,
            run: { size: 28, color: MUTED },
            paragraph: { spacing: { after: 360 } },
          },
          {
            id: 'Quote',
            name: 'Quote',
            basedOn: 'Normal',
            next: 'Normal',
            quickFormat: true,
            run: { italics: true, color: '333333' },
            paragraph: {
              indent: { left: 567, right: 567 },
              spacing: { after: 80 },
              border: { left: { style: d.BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
            },
          },
          {
            id: 'QuoteCite',
            name: 'Quote Source',
            basedOn: 'Normal',
            next: 'Normal',
            run: { size: 20, color: MUTED },
            paragraph: { indent: { left: 567, right: 567 }, spacing: { after: 200 } },
          },
          {
            id: 'TOCHeading',
            name: 'TOC Heading',
            basedOn: 'Normal',
            next: 'Normal',
            run: { font, size: 32, bold: true, color: ACCENT },
            paragraph: { spacing: { after: 160 } },
          },
        ],
      },
      numbering: {
        config: [
          {
            reference: BULLETS,
            levels: [
              {
                level: 0,
                format: d.LevelFormat.BULLET,
                text: '\u2022',
                alignment: d.AlignmentType.LEFT,
                style: indentList(567),
              },
              {
                level: 1,
                format: d.LevelFormat.BULLET,
                text: '\u25E6',
                alignment: d.AlignmentType.LEFT,
                style: indentList(1134),
              },
            ],
          },
          {
            reference: NUMBERS,
            levels: [
              {
                level: 0,
                format: d.LevelFormat.DECIMAL,
                text: '%1.',
                alignment: d.AlignmentType.LEFT,
                style: indentList(567),
              },
              {
                level: 1,
                format: d.LevelFormat.LOWER_LETTER,
                text: '%2.',
                alignment: d.AlignmentType.LEFT,
                style: indentList(1134),
              },
            ],
          },
        ],
      },
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: { width: PAGE.width, height: PAGE.height },
              margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
            },
          },
          headers: { default: this.header() },
          footers: { default: this.footer(), first: this.footer() },
          children: [...this.cover(), ...this.body()],
        },
      ],
    });
  }
}

/** The report as a .docx Blob. */
export async function renderDocx(model: ReportModel): Promise<Blob> {
  const d = await import('docx');
  const doc = new Writer(d, model).document();
  return d.Packer.toBlob(doc);
}
