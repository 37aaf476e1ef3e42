import type { Block, ReportModel, Section } from '../model';
import { reportFileBase, sourceLabel, sourcesLine } from '../model';
import type { MdBlock, Run } from '../markdown-blocks';
import { radarScore, radarSvg } from '../radar-svg';

/*
 * The report as one standalone, accessible HTML file, for screen-reader users and for anyone who wants a plain copy.
 * No scripts, no external resources. Every text goes through `esc`: user answers and content text never become markup.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and (quoted) attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
}
const esc = escapeHtml;

/** Escaped text with its line breaks kept (user answers may span lines). */
const escLines = (s: string): string => esc(s.trim()).replace(/\r?\n/gu, '<br>');

function runsHtml(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      let h = esc(r.text);
      if (r.italic) h = `<em>${h}</em>`;
      if (r.bold) h = `<strong>${h}</strong>`;
      return h;
    })
    .join('');
}

function mdHtml(blocks: readonly MdBlock[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'p') return `<p>${runsHtml(b.runs)}</p>`;
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${runsHtml(i)}</li>`).join('')}</${tag}>`;
    })
    .join('\n');
}

/** Paragraphs of a possibly multi-paragraph user text. */
function paragraphs(text: string, cls = ''): string {
  const attr = cls ? ` class="${cls}"` : '';
  return text
    .split(/\r?\n\s*\r?\n/u)
    .filter((p) => p.trim())
    .map((p) => `<p${attr}>${escLines(p)}</p>`)
    .join('\n');
}

function tableHtml(
  caption: string,
  captionShown: boolean,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  widths?: readonly number[],
): string {
  const total = widths?.reduce((a, b) => a + b, 0) ?? 0;
  const cols =
    widths && total > 0 && widths.length === head.length
      ? `<colgroup>${widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('')}</colgroup>`
      : '';
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, j) => (j === 0 ? `<th scope="row">${escLines(c)}</th>` : `<td>${escLines(c)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return [
    '<div class="table-wrap">',
    `<table><caption${captionShown ? '' : ' class="visually-hidden"'}>${esc(caption)}</caption>${cols}`,
    `<thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>\n${body}\n</tbody></table>`,
    '</div>',
  ].join('\n');
}

/** True when `next` is a table whose first column lists exactly the radar's axes: the data is then already tabled. */
function tabledNext(axes: readonly { label: string }[], next: Block | undefined): boolean {
  return (
    next?.kind === 'table' &&
    next.rows.length === axes.length &&
    next.rows.every((r, i) => r[0] === axes[i]?.label)
  );
}

interface Context {
  /** The nearest heading (or chart title) before the block: names a table. */
  caption: string;
  /** Whether that name is right above the table already, so the caption would only repeat it on screen. */
  captionVisible: boolean;
  next: Block | undefined;
  svgId: string;
}

function blockHtml(
  model: ReportModel,
  block: Block,
  { caption, captionVisible, next, svgId }: Context,
): string {
  const L = model.labels;
  switch (block.kind) {
    case 'heading':
      return `<h3>${esc(block.text)}</h3>`;
    case 'paragraph': {
      const cls = block.emphasis === 'lead' ? 'lead' : block.emphasis === 'muted' ? 'muted' : '';
      return block.emphasis === 'strong'
        ? `<p><strong>${escLines(block.text)}</strong></p>`
        : paragraphs(block.text, cls);
    }
    case 'markdown':
      return `<div class="advice">\n${mdHtml(block.blocks)}\n</div>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${block.items.map((i) => `<li>${escLines(i)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table':
      // a table's own name, when it has one; shown or hidden as the context's name would be
      return tableHtml(block.caption ?? caption, captionVisible, block.head, block.rows, block.widths);
    case 'radar': {
      const compared = block.axes.some((a) => a.baseline !== undefined || a.target !== undefined);
      const figure = [
        '<figure class="radar-figure">',
        radarSvg(block.axes, {
          title: block.title,
          id: svgId,
          ...(compared
            ? { series: { baseline: L.compare.legendBaseline, target: L.compare.legendTarget } }
            : {}),
        }),
        `<figcaption>${esc(block.title)}${compared ? `<br><span class="muted">${esc(L.compare.legend)}</span>` : ''}</figcaption>`,
        '</figure>',
      ].join('\n');
      // The chart is never the only carrier of its data: add a table unless the next block already is that table.
      if (tabledNext(block.axes, next)) return figure;
      if (compared) {
        return `${figure}\n${tableHtml(
          block.title,
          false,
          [L.compare.theme, L.compare.baseline, L.compare.now, L.compare.target],
          block.axes.map((a) => [
            a.label,
            radarScore(a.baseline ?? null),
            radarScore(a.value),
            radarScore(a.target ?? null),
          ]),
          [4, 1, 1, 1],
        )}`;
      }
      return `${figure}\n${tableHtml(
        block.title,
        false,
        [L.profile.theme, L.profile.score],
        block.axes.map((a) => [a.label, radarScore(a.value)]),
        [4, 1],
      )}`;
    }
    case 'quote':
      return [
        '<figure class="quote">',
        `<blockquote>\n${paragraphs(block.text)}\n</blockquote>`,
        `<figcaption>— <cite>${esc(block.cite)}</cite></figcaption>`,
        '</figure>',
      ].join('\n');
    case 'fields':
      return `<dl class="fields">\n${block.fields
        .map((f) => `<div><dt>${esc(f.label)}</dt><dd>${escLines(f.value)}</dd></div>`)
        .join('\n')}\n</dl>`;
    case 'sources':
      if (block.compact && block.refs.length)
        return `<p class="sources">${esc(sourcesLine(L.doc.sourcesLabel, block.refs))}</p>`;
      return block.refs.length
        ? `<div class="sources"><p class="sources-label">${esc(L.doc.sourcesLabel)}</p>\n<ul>\n${block.refs
            .map((r) => `<li>${esc(sourceLabel(r))}</li>`)
            .join('\n')}\n</ul></div>`
        : '';
  }
}

/** Stable, unique, URL-safe ids for the sections (the model's ids are already slugs; this guards against repeats). */
function sectionIds(sections: readonly Section[]): string[] {
  const seen = new Map<string, number>();
  return sections.map((s) => {
    const base = `sec-${s.id.replace(/[^A-Za-z0-9_-]/gu, '-') || 'x'}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}-${n + 1}` : base;
  });
}

function sectionHtml(model: ReportModel, section: Section, id: string): string {
  let caption = section.title;
  const body = section.blocks
    .map((b, i) => {
      const prev = section.blocks[i - 1];
      const captionVisible = prev
        ? !(
            (prev.kind === 'heading' && prev.text === caption) ||
            (prev.kind === 'radar' && prev.title === caption)
          )
        : caption !== section.title;
      const html = blockHtml(model, b, {
        caption,
        captionVisible,
        next: section.blocks[i + 1],
        svgId: `${id}-radar-${i}`,
      });
      if (b.kind === 'heading') caption = b.text;
      if (b.kind === 'radar') caption = b.title;
      return html;
    })
    .filter(Boolean)
    .join('\n');
  return [
    `<section id="${id}" aria-labelledby="${id}-title"${section.pageBreak ? ' class="page-break"' : ''}>`,
    `<h2 id="${id}-title">${esc(section.title)}</h2>`,
    body,
    '</section>',
  ].join('\n');
}

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4f55; --line: #c9ccd1; --accent: #1f4e79; --soft: #eef2f6; }
* { box-sizing: border-box; }
html { font-size: 112.5%; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: var(--ink); font-family: "Noto Sans", "Segoe UI", Arial, system-ui, sans-serif; line-height: 1.6; }
.page { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1, h2, h3 { line-height: 1.25; color: var(--accent); }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; padding-top: .5rem; border-top: 2px solid var(--soft); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; color: var(--ink); }
p, ul, ol, dl, figure, .table-wrap { margin: 0 0 1rem; }
li { margin-bottom: .35rem; }
a { color: var(--accent); text-decoration: underline; text-underline-offset: .15em; }
a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; background: #fff6d6; }
.subtitle { font-size: 1.2rem; color: var(--muted); margin-bottom: 1.25rem; }
.lead { font-size: 1.15rem; }
.muted, .sources, figcaption { color: var(--muted); }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.confidential { display: inline-block; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; border: 2px solid currentColor; padding: .1rem .6rem; color: #8a1c1c; }
.fields { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.25rem; }
.fields div { display: contents; }
.fields dt { font-weight: 700; }
.fields dd { margin: 0; }
nav { background: var(--soft); padding: 1rem 1.25rem; border-radius: 4px; margin: 2rem 0; }
nav h2 { margin: 0 0 .5rem; border: 0; padding: 0; font-size: 1.2rem; }
nav ol { margin: 0; padding-left: 1.5rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 700; padding-bottom: .35rem; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
tbody th { font-weight: 400; }
.radar-figure svg { display: block; width: 100%; max-width: 42rem; height: auto; margin: 0 auto; }
.radar-figure figcaption { text-align: center; }
.quote { margin: 0 0 1.25rem; padding: .25rem 0 .25rem 1rem; border-left: 4px solid var(--accent); }
.quote blockquote { margin: 0; font-style: italic; }
.quote blockquote p { margin-bottom: .5rem; }
.sources { font-size: .9rem; }
.sources-label { margin: 0; font-weight: 700; }
.advice { margin-bottom: 1rem; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
@media (forced-colors: active) { .confidential, nav { border: 1px solid CanvasText; } }
@media print {
  html { font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  nav { background: none; border: 1px solid var(--line); }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  tr, figure, .quote { break-inside: avoid; }
  .page-break { break-before: page; }
  .table-wrap { overflow: visible; }
}
`;

/** `zelfscan-rapport-<role>-<date>.html` (English: `selfscan-report-...`), see reportFileBase. */
export function htmlFileName(model: ReportModel): string {
  return `${reportFileBase(model)}.html`;
}

/** The complete HTML document for the report. Pure: the same model gives the same string. */
export function renderHtml(model: ReportModel): string {
  const L = model.labels.doc;
  const ids = sectionIds(model.sections);
  const cover = model.cover.length
    ? `<dl class="fields">\n${model.cover.map((f) => `<div><dt>${esc(f.label)}</dt><dd>${escLines(f.value)}</dd></div>`).join('\n')}\n</dl>`
    : '';
  const confidential = model.confidential ? `<p class="confidential">${esc(L.confidential)}</p>` : '';
  const toc = [
    `<nav aria-label="${esc(L.contents)}">`,
    `<h2>${esc(L.contents)}</h2>`,
    '<ol>',
    ...model.sections.map((s, i) => `<li><a href="#${ids[i]}">${esc(s.title)}</a></li>`),
    '</ol>',
    '</nav>',
  ].join('\n');
  const title = model.subtitle ? `${model.title} – ${model.subtitle}` : model.title;
  return [
    '<!doctype html>',
    `<html lang="${esc(model.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Zelfscan Wijkaanpak">',
    `<meta name="date" content="${esc(model.date)}">`,
    ...(model.confidential ? ['<meta name="robots" content="noindex, nofollow">'] : []),
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    '<header>',
    confidential,
    `<h1>${esc(model.title)}</h1>`,
    model.subtitle ? `<p class="subtitle">${esc(model.subtitle)}</p>` : '',
    cover,
    '</header>',
    toc,
    '<main>',
    ...model.sections.map((s, i) => sectionHtml(model, s, ids[i] ?? `sec-${i}`)),
    '</main>',
    '<footer>',
    `<p>${esc(L.generated)} · ${esc(model.date)}${model.confidential ? ` · ${esc(L.confidential)}` : ''}</p>`,
    '</footer>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
