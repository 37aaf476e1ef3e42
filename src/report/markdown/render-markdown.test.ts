// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ScanData } from '../../domain/scan';
import { LANGS, ROLES, type Content, type Lang, type Role } from '../../domain/types';
import { HOSTILE, sampleReport, withOpenAnswers } from '../../../tests/fixtures/report';
import type { ReportModel } from '../model';
import { escapeMarkdown, renderMarkdown } from './render-markdown';

const modelFor = (
  lang: Lang,
  role: Role,
  change?: (scan: ScanData, content: Content) => ScanData,
): ReportModel => sampleReport(lang, role, change).model;

function hostile(s: ScanData, content: Content): ScanData {
  return {
    ...withOpenAnswers(s, content, HOSTILE),
    reflection: { ...s.reflection, notes: `${HOSTILE}\n# kop\n> citaat\n1. lijst | cel` },
    profile: { ...s.profile, gemeente: HOSTILE },
    memo: { ...s.memo, aanleiding: HOSTILE },
    actions: [{ id: 'a1', text: `${HOSTILE} | pipe\nnew line`, owner: HOSTILE, due: '', status: 'open' }],
  };
}

/** Problems with the GFM tables in `md`: every row must have as many cells as the header row. */
function tableShapes(md: string): string[] {
  const cells = (row: string) => row.split(/(?<!\\)\|/u).length - 2;
  const lines = md.split('\n');
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (!/^\| (?:--- \| )*--- \|$/u.test(line)) return;
    const width = cells(line);
    if (cells(lines[i - 1] ?? '') !== width) problems.push(`header before line ${i}`);
    for (let j = i + 1; lines[j]?.startsWith('| '); j++)
      if (cells(lines[j] ?? '') !== width || !lines[j]?.endsWith(' |')) problems.push(`row at line ${j}`);
  });
  return problems;
}

describe('renderMarkdown', () => {
  for (const lang of LANGS) {
    for (const role of ROLES) {
      it(`writes the report as Markdown for ${role} (${lang})`, () => {
        const model = modelFor(lang, role);
        const md = renderMarkdown(model);
        expect(md.startsWith(`# ${escapeMarkdown(model.title)}\n`)).toBe(true);
        for (const s of model.sections) expect(md).toContain(`\n## ${escapeMarkdown(s.title)}\n`);
        expect(md).toMatch(/\n- \*\*[^*]+:\*\* /u);
        // GFM tables: a header row followed by a delimiter row with as many columns
        const L = model.labels;
        expect(md).toContain(
          `| ${L.actions.action} | ${L.actions.owner} | ${L.actions.due} | ${L.actions.status} |\n| --- | --- | --- | --- |`,
        );
        expect(tableShapes(md)).toEqual([]);
        const ordered = model.sections
          .flatMap((s) => s.blocks)
          .some(
            (b) =>
              (b.kind === 'list' && b.ordered) ||
              (b.kind === 'markdown' && b.blocks.some((m) => m.kind === 'list' && m.ordered)),
          );
        if (ordered) expect(md).toMatch(/\n1\. /u);
        expect(md).toMatch(/\n> /u);
      });
    }
  }

  for (const role of ROLES) {
    it(`keeps user text literal (${role})`, () => {
      const md = renderMarkdown(modelFor('nl', role, hostile));
      expect(md).not.toMatch(/<script/iu);
      expect(md).not.toMatch(/<img/iu);
      expect(md).not.toContain('](javascript:');
      expect(md).not.toMatch(/javascript:/u);
      expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(md).not.toMatch(/^# kop/mu);
      // table rows keep their column count although the text has a pipe and a line break
      expect(tableShapes(md)).toEqual([]);
      expect(md).toMatch(/\\\| pipe new line \|/u);
    });
  }

  it('escapes Markdown syntax in text', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> `g` | h & i')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) &lt;f&gt; \\`g\\` \\| h & i',
    );
    expect(escapeMarkdown('&amp; &#60;')).toBe('\\&amp; \\&#60;');
    expect(escapeMarkdown('# kop')).toBe('\\# kop');
    expect(escapeMarkdown('- punt')).toBe('\\- punt');
    expect(escapeMarkdown('12. stap')).toBe('12\\. stap');
    expect(escapeMarkdown('JavaScript:alert(1)')).toBe('JavaScript\\:alert(1)');
    expect(escapeMarkdown('regel 1\nregel 2')).toBe('regel 1\\\nregel 2');
  });

  it('marks a confidential report', () => {
    const model = modelFor('nl', 'trainer', (s) => ({ ...s, confidential: true }));
    expect(renderMarkdown(model)).toContain(`\n**${model.labels.doc.confidential}**\n`);
  });
});
