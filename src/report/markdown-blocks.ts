import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';

/** A piece of inline text with emphasis; links keep only their text (no raw URLs reach a document). */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** The few block kinds every renderer understands. */
export type MdBlock = { kind: 'p'; runs: Run[] } | { kind: 'list'; ordered: boolean; items: Run[][] };

function runs(nodes: PhrasingContent[], style: Omit<Run, 'text'> = {}): Run[] {
  const out: Run[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out.push({ text: n.value, ...style });
        break;
      case 'strong':
        out.push(...runs(n.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...runs(n.children, { ...style, italic: true }));
        break;
      case 'link':
        out.push(...runs(n.children, style));
        break;
      case 'inlineCode':
        out.push({ text: n.value, ...style });
        break;
      case 'break':
        out.push({ text: ' ', ...style });
        break;
      default:
        // raw HTML and anything else is dropped: documents never carry markup from text
        break;
    }
  }
  return out;
}

function flatten(node: Nodes): PhrasingContent[] {
  if (node.type === 'paragraph' || node.type === 'heading') return node.children;
  if ('children' in node)
    return (node.children as Nodes[]).flatMap((c) => [
      ...flatten(c),
      { type: 'text', value: ' ' } as PhrasingContent,
    ]);
  return [];
}

function block(node: RootContent, out: MdBlock[]): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    const r = runs(node.children);
    if (r.some((x) => x.text.trim())) out.push({ kind: 'p', runs: r });
  } else if (node.type === 'list') {
    out.push({
      kind: 'list',
      ordered: Boolean(node.ordered),
      items: node.children.map((li) =>
        runs(li.children.flatMap((c) => flatten(c))).filter((r) => r.text !== ''),
      ),
    });
  } else if (node.type === 'blockquote') {
    node.children.forEach((c) => block(c, out));
  }
  // html, code, thematic breaks and tables in advice text are not rendered in documents
}

/** Parses Markdown once into paragraphs and lists (what react-markdown parses with, mdast). */
export function parseMarkdown(md: string): MdBlock[] {
  const out: MdBlock[] = [];
  fromMarkdown(md).children.forEach((c) => block(c, out));
  return out;
}

/** Plain text of Markdown (for single lines such as a proposed action). */
export function plainText(md: string): string {
  return parseMarkdown(md)
    .flatMap((b) => (b.kind === 'p' ? [b.runs] : b.items))
    .map((r) => r.map((x) => x.text).join(''))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The first list item of Markdown advice as plain text, else its first sentence. */
export function firstStep(md: string): string {
  const blocks = parseMarkdown(md);
  const list = blocks.find((b) => b.kind === 'list');
  if (list?.kind === 'list' && list.items[0])
    return list.items[0]
      .map((r) => r.text)
      .join('')
      .trim();
  const text = plainText(md);
  const m = /^(.+?[.!?])(\s|$)/u.exec(text);
  return (m?.[1] ?? text).trim();
}
