// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ScanData } from '../../domain/scan';
import { LANGS, ROLES, type Content, type Lang, type Role } from '../../domain/types';
import { HOSTILE, sampleReport, withOpenAnswers } from '../../../tests/fixtures/report';
import type { ReportModel } from '../model';
import { escapeHtml, htmlFileName, renderHtml } from './render-html';

const modelFor = (
  lang: Lang,
  role: Role,
  change?: (scan: ScanData, content: Content) => ScanData,
): ReportModel => sampleReport(lang, role, change).model;

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

describe('renderHtml', () => {
  for (const lang of LANGS) {
    for (const role of ROLES) {
      it(`writes a standalone accessible document for ${role} (${lang})`, () => {
        const model = modelFor(lang, role);
        const html = renderHtml(model);

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
        const headingBlocks = model.sections
          .flatMap((s) => s.blocks)
          .filter((b) => b.kind === 'heading').length;
        expect(count(html, /<h3[ >]/gu)).toBe(headingBlocks);

        // the contents link to every section, and every link target exists once
        const nav = /<nav aria-label="([^"]+)">([\s\S]*?)<\/nav>/u.exec(html);
        expect(nav?.[1]).toBe(escapeHtml(model.labels.doc.contents));
        const links = [...(nav?.[2] ?? '').matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/gu)];
        expect(links.map((l) => l[2])).toEqual(model.sections.map((s) => escapeHtml(s.title)));
        const ids = [...html.matchAll(/<section id="([^"]+)"/gu)].map((m) => m[1]);
        expect(links.map((l) => l[1])).toEqual(ids);
        expect(new Set(ids).size).toBe(ids.length);

        // tables have a caption and header cells with a scope; the radar is an image with a name
        const tables = count(html, /<table>/gu);
        expect(tables).toBeGreaterThan(0);
        expect(count(html, /<table><caption[^>]*>[^<]+<\/caption>/gu)).toBe(tables);
        expect(html).not.toMatch(/<th>/u);
        expect(html).toMatch(/<th scope="col">/u);
        expect(html).toMatch(/<svg [^>]*role="img" aria-label="[^"]+"/u);
        expect(html).toMatch(/<ol>\s*<li>/u);
        expect(html).toMatch(/<ul>\s*<li>/u);
        expect(html).toMatch(/<blockquote>[\s\S]*?<\/blockquote>\s*<figcaption>— <cite>/u);
      });
    }
  }

  it('renders Markdown advice from the parsed runs, with emphasis', () => {
    const model = modelFor('nl', 'bestuurder');
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
    it(`never turns user text into markup (${role})`, () => {
      const model = modelFor('nl', role, hostile);
      const html = renderHtml(model);
      expect(html).not.toMatch(/<script/iu);
      expect(html).not.toMatch(/<img/iu);
      expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/iu);
      expect(html).not.toMatch(/<[^>]*javascript:/iu);
      expect(html).not.toMatch(/href="(?!#)/u);
      expect(html).toContain(
        '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))',
      );
      expect(unbalanced(html)).toEqual([]);
    });
  }

  it('escapes all five special characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('marks a confidential report and names the file', () => {
    const model = modelFor('nl', 'projectleider', (s) => ({ ...s, confidential: true }));
    expect(renderHtml(model)).toContain(`<p class="confidential">${model.labels.doc.confidential}</p>`);
    expect(htmlFileName(model)).toBe('zelfscan-rapport-projectleider-2026-11-23.html');
    expect(htmlFileName(modelFor('en', 'bestuurder'))).toBe('selfscan-report-alderman-2026-11-23.html');
  });
});
