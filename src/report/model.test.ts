// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getContent } from '../content/bundle';
import { newScan, type ScanData } from '../domain/scan';
import { selectItems } from '../domain/selection';
import { ROLES, type Answer, type Item } from '../domain/types';
import { sampleScan } from '../../tests/fixtures/sample-scan';
import { reportLabels } from './labels';
import { buildReportModel, proposedActions } from './model';

const content = getContent('nl');
const L = reportLabels('nl');
const all = selectItems(content, 'projectleider', { kind: 'full' });

const answerFor = (item: Item): fc.Arbitrary<Answer | undefined> => {
  const common = [fc.constant(undefined), fc.constant<Answer>({ kind: 'unknown' })];
  switch (item.type) {
    case 'likert':
    case 'frequency':
      return fc.oneof(
        ...common,
        fc.constant<Answer>({ kind: 'na' }),
        fc.integer({ min: 1, max: 5 }).map((value): Answer => ({ kind: 'scale', value })),
      );
    case 'instrument':
      return fc.oneof(
        ...common,
        fc.constantFrom<Answer>(
          ...(['ja', 'deels', 'nee', 'gepland'] as const).map((value) => ({
            kind: 'instrument' as const,
            value,
          })),
        ),
      );
    case 'dilemma':
      return fc.oneof(
        ...common,
        fc
          .record({ now: fc.integer({ min: -3, max: 3 }), desired: fc.integer({ min: -3, max: 3 }) })
          .map((d): Answer => ({ kind: 'dilemma', ...d })),
      );
    case 'open':
      return fc.oneof(
        fc.constant(undefined),
        fc.string({ maxLength: 200 }).map((value): Answer => ({ kind: 'text', value })),
      );
  }
};

const scanArb: fc.Arbitrary<ScanData> = fc
  .tuple(
    fc.constantFrom(...ROLES),
    fc.tuple(...all.map(answerFor)),
    fc.subarray(
      all.map((i) => i.id),
      { maxLength: 8 },
    ),
  )
  .map(([role, answers, priorities]) => ({
    ...newScan('p', '2026-11-23T10:00:00Z'),
    role,
    scope: { kind: 'full' as const },
    answers: Object.fromEntries(all.flatMap((item, i) => (answers[i] ? [[item.id, answers[i]]] : []))),
    priorities,
  }));

describe('buildReportModel', () => {
  it('gives a valid report for any answer set, with ordered priorities that all cite a source (property)', () => {
    fc.assert(
      fc.property(scanArb, (scan) => {
        const m = buildReportModel(content, scan, L, { date: '2026-11-23' });
        expect(m.sections.length).toBeGreaterThan(5);
        for (const s of m.sections) expect(s.title.trim()).not.toBe('');
        const p = m.facts.priorities;
        for (let i = 1; i < p.length; i++) expect(p[i - 1]!.priority).toBeGreaterThanOrEqual(p[i]!.priority);
        for (const x of p) expect(x.sources.length).toBeGreaterThan(0);
        for (const mod of m.facts.modules)
          if (mod.score !== null) expect(mod.score).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });

  it('arranges the output per role', () => {
    const titles = (role: (typeof ROLES)[number]) =>
      buildReportModel(content, sampleScan(content, role), L, { date: '2026-11-23' }).sections.map(
        (s) => s.title,
      );
    expect(titles('bestuurder')).toEqual(
      expect.arrayContaining(['Samenvatting', 'Gesprekken om te voeren', 'Verbeteragenda']),
    );
    expect(titles('projectleider').slice(0, 6)).toEqual([
      'Aanleiding',
      'Stand van zaken per thema',
      'Keuzes',
      'Voorstel en besluitpunten',
      'Risico’s',
      'Verbeteragenda',
    ]);
    expect(titles('trainer')).toEqual(expect.arrayContaining(['Gesprekspunten', 'Dilemma’s']));
  });

  it('recommends what scored low and keeps strengths out of the advice', () => {
    const scan = sampleScan(content, 'bestuurder');
    const m = buildReportModel(content, scan, L, { date: '2026-11-23' });
    const prioritised = new Set(m.facts.priorities.map((p) => p.itemId));
    for (const id of m.facts.strengths) expect(prioritised.has(id)).toBe(false);
    for (const p of m.facts.priorities) expect(p.score).toBeLessThan(0.75);
  });

  it('quotes open answers back and lists unanswered items', () => {
    const scan = sampleScan(content, 'trainer');
    const open = Object.entries(scan.answers).find(([, a]) => a.kind === 'text');
    const firstId = Object.keys(scan.answers)[0] as string;
    const partial = {
      ...scan,
      answers: Object.fromEntries(Object.entries(scan.answers).filter(([id]) => id !== firstId)),
    };
    const m = buildReportModel(content, partial, L, { date: '2026-11-23' });
    const blocks = m.sections.flatMap((s) => s.blocks);
    if (open)
      expect(blocks.some((b) => b.kind === 'quote' && b.text === (open[1] as { value: string }).value)).toBe(
        true,
      );
    expect(m.facts.unanswered).toContain(firstId);
  });

  it('raises the hobby risk when the alderman is the sole figurehead and anchoring is weak', () => {
    const scan: ScanData = {
      ...newScan('h', 'now'),
      role: 'bestuurder',
      scope: { kind: 'full' },
      answers: {
        'ver.dilemma-boegbeeld': { kind: 'dilemma', now: -3, desired: -2 },
        'ver.college-raad': { kind: 'scale', value: 1 },
      },
    };
    expect(buildReportModel(content, scan, L, { date: 'x' }).facts.flags).toContain('hobby-risico');
    const strong = {
      ...scan,
      answers: {
        ...scan.answers,
        'ver.college-raad': { kind: 'scale' as const, value: 5 },
        'ver.dilemma-boegbeeld': { kind: 'dilemma' as const, now: 2, desired: 2 },
      },
    };
    expect(buildReportModel(content, strong, L, { date: 'x' }).facts.flags).not.toContain('hobby-risico');
  });

  it('proposes one action per top priority, taken from its advice', () => {
    const scan = sampleScan(content, 'projectleider');
    const actions = proposedActions(content, scan);
    expect(actions).toHaveLength(10);
    for (const a of actions) expect(a.text.length).toBeGreaterThan(5);
  });
});
