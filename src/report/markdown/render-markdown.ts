import type { Block, ReportModel } from '../model';
import { sourceLabel, sourcesLine } from '../model';
import type { MdBlock, Run } from '../markdown-blocks';
import { radarScore } from '../radar-svg';

/*
 * The report as Markdown, for the clipboard. Every text is escaped: an answer such as `[x](javascript:…)` or
 * `<img onerror=…>` stays literal text in whatever Markdown tool it is pasted into.
 */

/** Characters that can start or change inline Markdown (emphasis, links, code, tables, strike-through). */
const INLINE = /[\\`*_[\]|~]/gu;
/** An ampersand that would start a character reference such as `&lt;`. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/gu;
/** Characters that only mean something at the start of a line (headings, quotes, lists, setext underlines). */
const LINE_START = /^(\s*)([#>+=-]|\d+(?=[.)]))/u;
/** Schemes that must never become live links, even in tools that autolink bare URLs. */
const SCHEMES = /\b(javascript|vbscript|data|file)\s*:/giu;

/** Escapes text within a line so it is shown literally. */
function escInline(text: string): string {
  return (
    text
      .replace(INLINE, (c) => `\\${c}`)
      .replace(ENTITY, '\\&')
      // entities rather than backslashes for < and >: no tool that pastes Markdown (or HTML) can read them as a tag
      .replace(/</gu, '&lt;')
      .replace(/>/gu, '&gt;')
      .replace(SCHEMES, (_, scheme: string) => `${scheme}\\:`)
  );
}

/** Escapes one line of text so it is shown literally, also where it starts a block. */
function escLine(line: string): string {
  return escInline(line).replace(LINE_START, (_, space: string, mark: string) =>
    /^\d/u.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
  );
}

/** Escapes text that may span lines; line breaks become hard breaks inside one block. */
export function escapeMarkdown(text: string): string {
  return text
    .trim()
    .split(/\r?\n/u)
    .map((l) => escLine(l.trim()))
    .filter((l) => l !== '')
    .join('\\\n');
}

/** Escaped text for one table cell: no line breaks, `|` escaped (block syntax means nothing in a cell). */
function cell(text: string): string {
  return escInline(text.replace(/\s*\r?\n\s*/gu, ' ').trim()) || ' ';
}

/** Text split into paragraphs at blank lines, each escaped. */
function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/u)
    .map(escapeMarkdown)
    .filter(Boolean);
}

function runs(rs: readonly Run[]): string {
  return rs
    .map((r) => {
      // runs are pieces of one line: escape without trimming, so the spaces between them survive
      const t = r.text.split(/\r?\n/u).map(escLine).join(' ');
      if (!t.trim()) return t;
      // emphasis markers must hug the text: keep surrounding spaces outside them
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/su.exec(t) ?? [];
      const mark = r.bold && r.italic ? '***' : r.bold ? '**' : r.italic ? '*' : '';
      return `${lead}${mark}${core}${mark}${trail}`;
    })
    .join('')
    .trim();
}

function mdBlocks(blocks: readonly MdBlock[]): string[] {
  return blocks.map((b) =>
    b.kind === 'p'
      ? runs(b.runs)
      : b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${runs(item)}`).join('\n'),
  );
}

function list(items: readonly string[], ordered?: boolean): string {
  return items
    .map((t, i) => `${ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(t).replace(/\\\n/gu, '\\\n   ')}`)
    .join('\n');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(head),
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => line(head.map((_, j) => r[j] ?? ''))),
  ].join('\n');
}

function quote(text: string, cite: string): string {
  const body = paragraphs(text).join('\n\n');
  return [...body.split('\n').map((l) => (l ? `> ${l}` : '>')), '>', `> — *${escapeMarkdown(cite)}*`].join(
    '\n',
  );
}

function block(model: ReportModel, b: Block, next: Block | undefined): string[] {
  const L = model.labels;
  switch (b.kind) {
    case 'heading':
      return [`### ${escapeMarkdown(b.text).replace(/\\\n/gu, ' ')}`];
    case 'paragraph':
      if (b.emphasis === 'strong') return paragraphs(b.text).map((p) => `**${p}**`);
      if (b.emphasis === 'muted') return paragraphs(b.text).map((p) => `*${p}*`);
      return paragraphs(b.text);
    case 'markdown':
      return mdBlocks(b.blocks);
    case 'list':
      return b.items.length ? [list(b.items, b.ordered)] : [];
    case 'table':
      return [table(b.head, b.rows)];
    case 'radar': {
      // A chart cannot be pasted as text; its data can, unless the next block is already that table.
      const tabled =
        next?.kind === 'table' &&
        next.rows.length === b.axes.length &&
        next.rows.every((r, i) => r[0] === b.axes[i]?.label);
      return tabled
        ? []
        : [
            `**${escapeMarkdown(b.title)}**`,
            table(
              [L.profile.theme, L.profile.score],
              b.axes.map((a) => [a.label, radarScore(a.value)]),
            ),
          ];
    }
    case 'quote':
      return [quote(b.text, b.cite)];
    case 'fields':
      return [
        b.fields
          .map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value).replace(/\\\n/gu, ' ')}`)
          .join('\n'),
      ];
    case 'sources':
      if (b.compact && b.refs.length) return [`*${escapeMarkdown(sourcesLine(L.doc.sourcesLabel, b.refs))}*`];
      return b.refs.length ? [`*${escapeMarkdown(L.doc.sourcesLabel)}:*`, list(b.refs.map(sourceLabel))] : [];
  }
}

/** The report as GitHub-flavoured Markdown. Pure. */
export function renderMarkdown(model: ReportModel): string {
  const L = model.labels.doc;
  const out: string[] = [`# ${escapeMarkdown(model.title)}`];
  if (model.subtitle) out.push(escapeMarkdown(model.subtitle));
  if (model.confidential) out.push(`**${escapeMarkdown(L.confidential)}**`);
  if (model.cover.length)
    out.push(
      model.cover
        .map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value).replace(/\\\n/gu, ' ')}`)
        .join('\n'),
    );
  for (const s of model.sections) {
    out.push(`## ${escapeMarkdown(s.title).replace(/\\\n/gu, ' ')}`);
    s.blocks.forEach((b, i) => out.push(...block(model, b, s.blocks[i + 1])));
  }
  out.push('---', `*${escapeMarkdown(L.generated)} · ${escapeMarkdown(model.date)}*`);
  return `${out.filter((x) => x.trim() !== '').join('\n\n')}\n`;
}
