// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ScanData } from '../../domain/scan';
import { ROLES, type Content } from '../../domain/types';
import { HOSTILE, sampleModel, withOpenAnswers } from '../../../tests/fixtures/report';
import { firstPriority, memoPlaceholders } from '../../../tests/fixtures/report-checks';
import { SAMPLE_CASES, sampleCaseReport } from '../../../tests/fixtures/sample-cases';
import { fill, sourceLabel, sourcesLine, type ReportModel } from '../model';
import { escapeHtml, htmlFileName, renderHtml } from './render-html';

/** The scan with the hostile string in every free-text field a user can fill. */
function hostile(s: ScanData, content: Content): ScanData {
  return {
    ...withOpenAnswers(s, content, HOSTILE),
    name: HOSTILE,
    reflection: { ...s.reflection, notes: HOSTILE },
    profile: { gemeente: HOSTILE, wijk: HOSTILE, naam: HOSTILE },
    memo: {
      onderwerp: HOSTILE,
      auteur: HOSTILE,
      datum: HOSTILE,
      aanleiding: HOSTILE,
      financieel: HOSTILE,
      juridisch: HOSTILE,
      communicatie: HOSTILE,
    },
    actions: [{ id: 'a1', text: HOSTILE, owner: HOSTILE, due: HOSTILE, status: 'open' }],
  };
}

const VOID = new Set(['meta', 'br', 'col', 'img', 'input', 'link', 'hr']);

/** Checks that every element is closed in order; returns the problems found. */
function unbalanced(html: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  for (const [tag, close, name = ''] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/gu)) {
    const n = name.toLowerCase();
    if (VOID.has(n) || tag.endsWith('/>')) continue;
    if (!close) stack.push(n);
    else if (stack.pop() !== n) problems.push(`unexpected </${n}>`);
  }
  return [...problems, ...stack.map((n) => `unclosed <${n}>`)];
}

const count = (html: string, re: RegExp) => [...html.matchAll(re)].length;

/** How many of each construct the model asks for: what the HTML must hold, element for element. */
function expected(model: ReportModel) {
  const blocks = model.sections.flatMap((s) => s.blocks);
  const mdLists = (ordered: boolean) =>
    blocks
      .flatMap((b) => (b.kind === 'markdown' ? b.blocks : []))
      .filter((m) => m.kind === 'list' && m.ordered === ordered).length;
  const radarTabled = model.sections.flatMap((s) =>
    s.blocks.flatMap((b, i) => {
      if (b.kind !== 'radar') return [];
      const next = s.blocks[i + 1];
      return [
        next?.kind === 'table' &&
          next.rows.length === b.axes.length &&
          next.rows.every((r, j) => r[0] === b.axes[j]?.label),
      ];
    }),
  );
  return {
    headings: blocks.filter((b) => b.kind === 'heading').length,
    // every table block, plus a data table for each chart that is not followed by one
    tables: blocks.filter((b) => b.kind === 'table').length + radarTabled.filter((t) => !t).length,
    radars: radarTabled.length,
    ordered: blocks.filter((b) => b.kind === 'list' && b.ordered).length + mdLists(true),
    unordered:
      blocks.filter((b) => b.kind === 'list' && !b.ordered).length +
      mdLists(false) +
      blocks.filter((b) => b.kind === 'sources' && !b.compact && b.refs.length > 0).length,
    quotes: blocks.filter((b) => b.kind === 'quote').length,
    badges: blocks.flatMap((b) => (b.kind === 'sources' && b.compact && b.refs.length ? [b.refs] : [])),
    sourceLists: blocks.flatMap((b) => (b.kind === 'sources' && !b.compact && b.refs.length ? [b.refs] : [])),
  };
}

describe('renderHtml', () => {
  for (const c of SAMPLE_CASES) {
    const { lang, role, appendices } = c;
    it(`writes a standalone accessible document for ${c.name}`, () => {
      const { model, content } = sampleCaseReport(c);
      const html = renderHtml(model);
      const L = model.labels;
      const want = expected(model);

      expect(html.startsWith('<!doctype html>\n')).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toMatch(/<meta charset="utf-8">/u);
      expect(html).toContain(`<title>${escapeHtml(`${model.title} – ${model.subtitle}`)}</title>`);
      expect(html).toMatch(/<style>[\s\S]+@media print[\s\S]+<\/style>/u);
      expect(html).not.toMatch(/<script|<link|\ssrc=|\son[a-z]+=/iu);
      expect(unbalanced(html)).toEqual([]);

      // landmarks and headings: one h1, an h2 per section (plus the contents), an h3 per heading block
      expect(count(html, /<header>/gu)).toBe(1);
      expect(count(html, /<main>/gu)).toBe(1);
      expect(count(html, /<footer>/gu)).toBe(1);
      expect(count(html, /<h1[ >]/gu)).toBe(1);
      expect(count(html, /<h2[ >]/gu)).toBe(model.sections.length + 1);
      expect(count(html, /<h3[ >]/gu)).toBe(want.headings);
      const h2 = [...html.matchAll(/<h2 id="[^"]+-title">([^<]*)<\/h2>/gu)].map((m) => m[1]);
      expect(h2).toEqual(model.sections.map((s) => escapeHtml(s.title)));
      if (appendices)
        expect(model.sections.map((s) => s.id)).toEqual(
          expect.arrayContaining(['themas', 'methode', 'bronnen']),
        );
      else expect(model.sections.map((s) => s.id)).not.toContain('methode');

      // the contents link to every section, and every link target exists once (the standalone file keeps its
      // contents also for the short report)
      const nav = /<nav aria-label="([^"]+)">([\s\S]*?)<\/nav>/u.exec(html);
      expect(nav?.[1]).toBe(escapeHtml(L.doc.contents));
      const links = [...(nav?.[2] ?? '').matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/gu)];
      expect(links.map((l) => l[2])).toEqual(model.sections.map((s) => escapeHtml(s.title)));
      const ids = [...html.matchAll(/<section id="([^"]+)"/gu)].map((m) => m[1]);
      expect(links.map((l) => l[1])).toEqual(ids);
      expect(new Set(ids).size).toBe(ids.length);
      // sections that start a page in print say so
      expect(count(html, /<section [^>]*class="page-break"/gu)).toBe(
        model.sections.filter((s) => s.pageBreak).length,
      );

      // tables have a caption and header cells with a scope; each radar is an image with a name
      expect(want.tables).toBeGreaterThan(0);
      expect(count(html, /<table>/gu)).toBe(want.tables);
      expect(count(html, /<table><caption[^>]*>[^<]+<\/caption>/gu)).toBe(want.tables);
      expect(html).not.toMatch(/<th>/u);
      expect(html).toMatch(/<th scope="col">/u);
      expect(count(html, /<svg [^>]*role="img" aria-label="[^"]+"/gu)).toBe(want.radars);
      if (role !== 'projectleider') expect(want.radars).toBeGreaterThan(0);

      // lists and quotes, one element per model block (the contents are one more ordered list)
      expect(count(html, /<ol>\s*<li>/gu)).toBe(want.ordered + 1);
      expect(count(html, /<ul>\s*<li>/gu)).toBe(want.unordered);
      expect(count(html, /<blockquote>[\s\S]*?<\/blockquote>\s*<figcaption>— <cite>/gu)).toBe(want.quotes);
      if (role === 'bestuurder' || appendices) expect(want.quotes).toBeGreaterThan(0);

      // the first priority by its action (the advice of its tier)
      const { first } = firstPriority(model, content);
      if (role === 'bestuurder' || appendices)
        expect(html).toContain(`<h3>${escapeHtml(`1. ${first?.title}`)}</h3>`);
      if (role === 'trainer') expect(html).toContain(`<h3>${escapeHtml(first?.title ?? '¿')}</h3>`);
      if (role !== 'trainer' || appendices) expect(html).toContain(escapeHtml(first?.step ?? '¿'));
      if (role === 'projectleider')
        expect(html).toContain(
          `<li>${escapeHtml(fill(L.memoText.decision, { title: first?.title ?? '', step: first?.step ?? '' }))}</li>`,
        );

      // source badges are one line; the sources appendix keeps the list form
      if (role === 'bestuurder' || appendices) expect(want.badges.length).toBeGreaterThan(0);
      expect(count(html, /<p class="sources">/gu)).toBe(want.badges.length);
      for (const refs of want.badges)
        expect(html).toContain(`<p class="sources">${escapeHtml(sourcesLine(L.doc.sourcesLabel, refs))}</p>`);
      expect(want.sourceLists.length).toBe(appendices ? 1 : 0);
      for (const refs of want.sourceLists)
        expect(html).toContain(
          `<div class="sources"><p class="sources-label">${escapeHtml(L.doc.sourcesLabel)}</p>\n<ul>\n${refs
            .map((r) => `<li>${escapeHtml(sourceLabel(r))}</li>`)
            .join('\n')}\n</ul></div>`,
        );

      // the memo's empty fields are marked placeholders
      const memo = memoPlaceholders(model);
      if (memo) {
        for (const p of memo.empty)
          expect(html).toContain(`<dt>${escapeHtml(p.label)}</dt><dd>${escapeHtml(p.text)}</dd>`);
        expect(html).not.toContain(escapeHtml(memo.filled));
      }

      // dilemma positions with a real minus sign
      if (role === 'projectleider') expect(html).toMatch(/\s−3, /u);
      else expect(html).toContain('<td>−3</td>');
      expect(html).not.toMatch(/[\s>]-[1-3](?=[\s,.:;)<]|$)/u);
    });
  }

  it('renders Markdown advice from the parsed runs, with emphasis', () => {
    const model = sampleModel('nl', 'bestuurder');
    const md = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'markdown');
    expect(md).toBeDefined();
    const html = renderHtml({
      ...model,
      sections: [
        {
          id: 'x',
          title: 'X',
          blocks: [
            {
              kind: 'markdown',
              md: '**vet** _schuin_ <b>html</b> [link](javascript:alert(1))',
              blocks: [
                {
                  kind: 'p',
                  runs: [{ text: 'vet', bold: true }, { text: ' en ' }, { text: '<schuin>', italic: true }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(html).toContain('<p><strong>vet</strong> en <em>&lt;schuin&gt;</em></p>');
    expect(html).not.toContain('<b>html</b>');
  });

  for (const role of ROLES) {
    it(`never turns user text into markup (${role}, short and with appendices)`, () => {
      for (const appendices of [false, true]) {
        const model = sampleModel('nl', role, (s, content) => ({ ...hostile(s, content), appendices }));
        const html = renderHtml(model);
        // the open answers and notes are quoted in the appendix
        expect(count(html, /<blockquote>\s*<p>&lt;script&gt;/gu) > 0).toBe(appendices);
        expect(html).not.toMatch(/<script/iu);
        expect(html).not.toMatch(/<img/iu);
        expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/iu);
        expect(html).not.toMatch(/<[^>]*javascript:/iu);
        expect(html).not.toMatch(/href="(?!#)/u);
        expect(html).toContain(
          '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))',
        );
        expect(unbalanced(html)).toEqual([]);
      }
    });
  }

  it('escapes all five special characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('marks a confidential report and names the file', () => {
    const model = sampleModel('nl', 'projectleider', (s) => ({ ...s, confidential: true }));
    expect(renderHtml(model)).toContain(`<p class="confidential">${model.labels.doc.confidential}</p>`);
    expect(htmlFileName(model)).toBe('zelfscan-rapport-projectleider-2026-11-23.html');
    expect(htmlFileName(sampleModel('en', 'bestuurder'))).toBe('selfscan-report-alderman-2026-11-23.html');
  });
});
