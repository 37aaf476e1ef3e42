// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ScanData } from '../../domain/scan';
import { ROLES, type Content } from '../../domain/types';
import { HOSTILE, sampleModel, withOpenAnswers } from '../../../tests/fixtures/report';
import { firstPriority, memoPlaceholders } from '../../../tests/fixtures/report-checks';
import { SAMPLE_CASES, sampleCaseReport } from '../../../tests/fixtures/sample-cases';
import { fill, sourceLabel, sourcesLine } from '../model';
import { escapeMarkdown, renderMarkdown } from './render-markdown';

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
  for (const c of SAMPLE_CASES) {
    const { role, appendices } = c;
    it(`writes the report as Markdown for ${c.name}`, () => {
      const { model, content } = sampleCaseReport(c);
      const md = renderMarkdown(model);
      const L = model.labels;
      const blocks = model.sections.flatMap((s) => s.blocks);
      expect(md.startsWith(`# ${escapeMarkdown(model.title)}\n`)).toBe(true);

      // every section, in order, and nothing else at that level (Markdown has no contents list)
      let at = 0;
      for (const s of model.sections) {
        const found = md.indexOf(`\n## ${escapeMarkdown(s.title)}\n`, at);
        expect(found, `"${s.title}" after the previous section`).toBeGreaterThanOrEqual(at);
        at = found + 1;
      }
      expect(md.match(/^## /gmu)?.length).toBe(model.sections.length);
      expect(md.match(/^### /gmu)?.length ?? 0).toBe(blocks.filter((b) => b.kind === 'heading').length);
      expect(md).not.toContain(`\n## ${escapeMarkdown(L.doc.contents)}\n`);
      if (appendices)
        expect(model.sections.map((s) => s.id)).toEqual(
          expect.arrayContaining(['themas', 'methode', 'bronnen']),
        );
      else expect(model.sections.map((s) => s.id)).not.toContain('methode');
      expect(md).toMatch(/\n- \*\*[^*]+:\*\* /u);

      // GFM tables: a header row followed by a delimiter row with as many columns, for every table
      const tables = blocks.filter((b) => b.kind === 'table');
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables)
        expect(md).toContain(
          `| ${t.head.map((h) => escapeMarkdown(h)).join(' | ')} |\n| ${t.head.map(() => '---').join(' | ')} |`,
        );
      expect(tableShapes(md)).toEqual([]);
      // the verbeteragenda: in the memo always, for the bestuurder as an appendix (no actions edited yet)
      const agenda = role === 'projectleider' || (role === 'bestuurder' && appendices);
      expect(model.sections.some((s) => s.id === 'agenda')).toBe(agenda);
      if (agenda)
        expect(md).toContain(
          `| ${L.actions.action} | ${L.actions.owner} | ${L.actions.due} | ${L.actions.status} |\n| --- | --- | --- | --- |`,
        );

      const ordered = blocks.some(
        (b) =>
          (b.kind === 'list' && b.ordered) ||
          (b.kind === 'markdown' && b.blocks.some((m) => m.kind === 'list' && m.ordered)),
      );
      expect(/\n1\. /u.test(md)).toBe(ordered);
      if (role !== 'trainer') expect(ordered).toBe(true);

      // quotes: one cited block per quote in the model
      const quotes = blocks.filter((b) => b.kind === 'quote');
      expect(md.match(/^> — \*/gmu)?.length ?? 0).toBe(quotes.length);
      for (const q of quotes) expect(md).toContain(`> — *${escapeMarkdown(q.cite)}*`);
      if (role === 'bestuurder' || appendices) expect(quotes.length).toBeGreaterThan(0);

      // the first priority by its action (the advice of its tier)
      const { first } = firstPriority(model, content);
      if (role === 'bestuurder' || appendices)
        expect(md).toContain(`\n### ${escapeMarkdown(`1. ${first?.title}`)}\n`);
      if (role === 'trainer') expect(md).toContain(`\n### ${escapeMarkdown(first?.title ?? '¿')}\n`);
      if (role === 'projectleider')
        expect(md).toContain(
          `\n1. ${escapeMarkdown(fill(L.memoText.decision, { title: first?.title ?? '', step: first?.step ?? '' }))}`,
        );

      // a source badge is one emphasised line; the sources appendix keeps the list form
      const badges = blocks.flatMap((b) =>
        b.kind === 'sources' && b.compact && b.refs.length ? [b.refs] : [],
      );
      const lists = blocks.flatMap((b) =>
        b.kind === 'sources' && !b.compact && b.refs.length ? [b.refs] : [],
      );
      if (role === 'bestuurder' || appendices) expect(badges.length).toBeGreaterThan(0);
      for (const refs of badges)
        expect(md).toContain(`\n*${escapeMarkdown(sourcesLine(L.doc.sourcesLabel, refs))}*\n`);
      expect(lists.length).toBe(appendices ? 1 : 0);
      for (const refs of lists)
        expect(md).toContain(
          `*${escapeMarkdown(L.doc.sourcesLabel)}:*\n\n${refs.map((r) => `- ${escapeMarkdown(sourceLabel(r))}`).join('\n')}`,
        );

      // the memo's empty fields are marked placeholders
      const memo = memoPlaceholders(model);
      if (memo) {
        for (const p of memo.empty)
          expect(md).toContain(`- **${escapeMarkdown(p.label)}:** ${escapeMarkdown(p.text)}`);
        expect(md).not.toContain(escapeMarkdown(memo.filled));
      }

      // dilemma positions with a real minus sign
      if (role === 'projectleider') expect(md).toMatch(/\s−3, /u);
      else expect(md).toContain('| −3 |');
      expect(md).not.toMatch(/\s-[1-3](?=[\s,.:;)|]|$)/u);
    });
  }

  for (const role of ROLES) {
    it(`keeps user text literal (${role}, short and with appendices)`, () => {
      for (const appendices of [false, true]) {
        const model = sampleModel('nl', role, (s, content) => ({ ...hostile(s, content), appendices }));
        const md = renderMarkdown(model);
        expect(md).not.toMatch(/<script/iu);
        expect(md).not.toMatch(/<img/iu);
        expect(md).not.toContain('](javascript:');
        expect(md).not.toMatch(/javascript:/u);
        expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(md).not.toMatch(/^# kop/mu);
        // the notes are quoted (in the appendix) with their own line breaks, but never as a heading
        if (appendices)
          expect(md).toContain('\\\n> \\# kop\\\n> &gt; citaat\\\n> 1\\. lijst \\| cel\n>\n> — *');
        // table rows keep their column count although the text has a pipe and a line break
        expect(tableShapes(md)).toEqual([]);
        // the user's actions are in the verbeteragenda of the bestuurder and the memo; the trainer's guide has none
        if (role === 'trainer') expect(md).not.toContain('pipe');
        else expect(md).toMatch(/\\\| pipe new line \|/u);
      }
    });
  }

  it('keeps a table cell with a pipe and a line break in its column', () => {
    const model = sampleModel('nl', 'trainer');
    const md = renderMarkdown({
      ...model,
      sections: [
        {
          id: 'x',
          title: 'X',
          blocks: [{ kind: 'table', head: ['A', 'B'], rows: [['a | b\nc', '−3']] }],
        },
      ],
    });
    expect(md).toContain('\n## X\n\n| A | B |\n| --- | --- |\n| a \\| b c | −3 |\n');
    expect(tableShapes(md)).toEqual([]);
  });

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
    const model = sampleModel('nl', 'trainer', (s) => ({ ...s, confidential: true }));
    expect(renderMarkdown(model)).toContain(`\n**${model.labels.doc.confidential}**\n`);
  });
});
