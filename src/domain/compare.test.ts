import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baselineFromScan, compareAnswerSets, groupAnswers, type Comparison } from './compare';
import type { Answer, Answers, Content, Item, Module } from './types';
import { item } from '../../tests/fixtures/items';

const mod = (id: string, items: Item[]): Module => ({ id, order: 1, title: id, intro: '', items });

const content: Pick<Content, 'modules' | 'contentVersion'> = {
  contentVersion: '2.0.0',
  modules: [
    mod('ver', [
      item('ver.anker', 'likert', { anchor: true }),
      item('ver.a', 'likert'),
      item('ver.b', 'frequency', { weight: 2 }),
      item('ver.c', 'instrument'),
      item('ver.d', 'dilemma'),
      item('ver.o', 'open'),
    ]),
    mod('mon', [
      item('mon.a', 'likert', { reverse: true }),
      item('mon.b', 'instrument'),
      item('mon.d', 'dilemma'),
    ]),
  ],
};
const allItems = content.modules.flatMap((m) => m.items);

const answerFor = (i: Item): fc.Arbitrary<Answer> => {
  const common = fc.constant<Answer>({ kind: 'unknown' });
  switch (i.type) {
    case 'likert':
    case 'frequency':
      return fc.oneof(
        common,
        fc.constant<Answer>({ kind: 'na' }),
        fc.integer({ min: 1, max: 5 }).map((value): Answer => ({ kind: 'scale', value })),
      );
    case 'instrument':
      return fc.oneof(
        common,
        fc.constant<Answer>({ kind: 'na' }),
        fc
          .constantFrom('ja', 'deels', 'nee', 'gepland')
          .map((value): Answer => ({ kind: 'instrument', value })),
      );
    case 'dilemma':
      return fc.oneof(
        common,
        fc
          .record(
            { now: fc.integer({ min: -3, max: 3 }), desired: fc.integer({ min: -3, max: 3 }) },
            { requiredKeys: [] },
          )
          .map((d): Answer => ({ kind: 'dilemma', ...d })),
      );
    case 'open':
      return fc.string({ maxLength: 20 }).map((value): Answer => ({ kind: 'text', value }));
  }
};

/** Any answer set over the content, some items left out, sometimes with answers to items the content lacks. */
const answersArb: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.tuple(...allItems.map((i) => fc.option(answerFor(i), { nil: undefined }))),
    fc.subarray(['ver.weg', 'oud.x'] as const),
  )
  .map(([answers, gone]) => ({
    ...Object.fromEntries(allItems.flatMap((i, n) => (answers[n] ? [[i.id, answers[n]]] : []))),
    ...Object.fromEntries(gone.map((id) => [id, { kind: 'scale', value: 3 } satisfies Answer])),
  }));

const ids = (list: { itemId: string }[]) => list.map((x) => x.itemId);

describe('compareAnswerSets', () => {
  it('shows no change when a scan is compared with itself (property)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = compareAnswerSets(
          content,
          { answers, contentVersion: content.contentVersion },
          { answers },
        );
        expect(r.modules.every((m) => m.delta === null || m.delta === 0)).toBe(true);
        expect(r.items.every((i) => i.delta === null || i.delta === 0)).toBe(true);
        expect(r.modules.every((m) => m.baseline === m.now)).toBe(true);
        expect(r.improvements).toEqual([]);
        expect(r.declines).toEqual([]);
        expect(r.dilemmasMoved).toEqual([]);
        expect(r.newlyAnswered).toEqual([]);
        expect(r.newItems).toEqual([]);
        expect(r.onlyInBaseline).toEqual([]);
        expect(r.removedItems).toEqual(
          Object.keys(answers)
            .filter((id) => !allItems.some((i) => i.id === id))
            .sort(),
        );
        expect(r.contentChanged).toBe(r.removedItems.length > 0);
      }),
    );
  });

  it('gives opposite deltas when the two measurements are swapped (property)', () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const ab = compareAnswerSets(content, { answers: a }, { answers: b });
        const ba = compareAnswerSets(content, { answers: b }, { answers: a });
        const deltas = (r: Comparison) => new Map(r.modules.map((m) => [m.moduleId, m.delta]));
        const dBa = deltas(ba);
        for (const m of ab.modules) {
          const other = dBa.get(m.moduleId);
          if (m.delta === null) expect(other ?? null).toBeNull();
          else expect(other).toBe(0 - m.delta);
        }
        expect(ab.items.map((i) => [i.itemId, i.delta === null ? null : 0 - i.delta])).toEqual(
          ba.items.map((i) => [i.itemId, i.delta]),
        );
        expect(ids(ab.improvements)).toEqual(ids(ba.declines));
        expect(ids(ab.declines)).toEqual(ids(ba.improvements));
        expect(ab.newItems).toEqual(ba.onlyInBaseline);
        expect(ab.dilemmasMoved).toEqual(
          ba.dilemmasMoved.map((d) => ({
            ...d,
            nowBefore: d.nowAfter,
            nowAfter: d.nowBefore,
            desiredBefore: d.desiredAfter,
            desiredAfter: d.desiredBefore,
          })),
        );
      }),
    );
  });

  it('keeps deltas and module scores within −1 … 1 and 0 … 1 (property)', () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const r = compareAnswerSets(content, { answers: a }, { answers: b });
        for (const m of r.modules) {
          for (const v of [m.baseline, m.now]) expect(v === null || (v >= 0 && v <= 1)).toBe(true);
          expect(m.delta === null || Math.abs(m.delta) <= 1).toBe(true);
        }
      }),
    );
  });

  it('compares per module and item, with targets, improvements and declines in order', () => {
    const before: Answers = {
      'ver.a': { kind: 'scale', value: 2 },
      'ver.b': { kind: 'scale', value: 4 },
      'ver.c': { kind: 'instrument', value: 'nee' },
      'mon.a': { kind: 'scale', value: 2 },
    };
    const now: Answers = {
      'ver.a': { kind: 'scale', value: 4 },
      'ver.b': { kind: 'scale', value: 3 },
      'ver.c': { kind: 'instrument', value: 'ja' },
      'mon.a': { kind: 'scale', value: 2 },
    };
    const r = compareAnswerSets(
      content,
      { answers: before, contentVersion: '2.0.0' },
      { answers: now, targets: { ver: { level: 0.8, by: '2027-06-30' } } },
    );
    const ver = r.modules.find((m) => m.moduleId === 'ver');
    // ver: (0.25 + 0.75·2 + 0)/4 = 0.4375 before, (0.75 + 0.5·2 + 1)/4 = 0.6875 now
    expect(ver?.baseline).toBeCloseTo(0.4375);
    expect(ver?.now).toBeCloseTo(0.6875);
    expect(ver?.delta).toBeCloseTo(0.25);
    expect(ver?.target).toBe(0.8);
    expect(ver?.targetBy).toBe('2027-06-30');
    expect(ver?.toTarget).toBeCloseTo(0.1125);
    expect(ver?.compared).toBe(3);
    expect(r.modules.find((m) => m.moduleId === 'mon')?.delta).toBe(0);
    expect(ids(r.improvements)).toEqual(['ver.c', 'ver.a']);
    expect(ids(r.declines)).toEqual(['ver.b']);
    expect(r.unchanged).toBe(1);
    expect(r.contentChanged).toBe(false);
  });

  it('lists moved dilemmas and items that were "weet niet" before', () => {
    const r = compareAnswerSets(
      content,
      {
        answers: {
          'ver.d': { kind: 'dilemma', now: -2, desired: 1 },
          'mon.d': { kind: 'dilemma', now: 1, desired: 1 },
          'ver.a': { kind: 'unknown' },
          'mon.b': { kind: 'unknown' },
          'ver.o': { kind: 'text', value: ' ' },
        },
      },
      {
        answers: {
          'ver.d': { kind: 'dilemma', now: 0, desired: 1 },
          'mon.d': { kind: 'dilemma', now: 1, desired: 1 },
          'ver.a': { kind: 'scale', value: 5 },
          'mon.b': { kind: 'na' },
          'ver.o': { kind: 'text', value: 'Nu wel' },
        },
      },
    );
    expect(r.dilemmasMoved).toEqual([
      { itemId: 'ver.d', moduleId: 'ver', nowBefore: -2, nowAfter: 0, desiredBefore: 1, desiredAfter: 1 },
    ]);
    expect(ids(r.newlyAnswered)).toEqual(['ver.a', 'ver.o']);
    // a "weet niet" has no score, so it is no improvement: it is listed as newly answered instead
    expect(r.improvements).toEqual([]);
  });

  it('never mixes content changes in: removed items, new items and items only in the baseline are listed', () => {
    const r = compareAnswerSets(
      content,
      {
        answers: {
          'ver.a': { kind: 'scale', value: 3 },
          'ver.oud': { kind: 'scale', value: 1 },
          // an item that changed type: the old answer no longer fits
          'ver.c': { kind: 'scale', value: 5 },
          'mon.a': { kind: 'scale', value: 5 },
        },
        contentVersion: '1.0.0',
      },
      {
        answers: {
          'ver.a': { kind: 'scale', value: 3 },
          'ver.b': { kind: 'scale', value: 5 },
          'ver.c': { kind: 'instrument', value: 'ja' },
        },
      },
    );
    expect(r.contentChanged).toBe(true);
    expect(r.removedItems).toEqual(['ver.c', 'ver.oud']);
    expect(r.newItems).toEqual(['ver.b', 'ver.c']);
    expect(r.onlyInBaseline).toEqual(['mon.a']);
    // the module score rests on ver.a only, on both sides
    const ver = r.modules.find((m) => m.moduleId === 'ver');
    expect(ver).toMatchObject({ baseline: 0.5, now: 0.5, delta: 0, compared: 1 });
  });

  it('limits the current side to the asked items when given', () => {
    const answers: Answers = { 'ver.a': { kind: 'scale', value: 3 }, 'mon.a': { kind: 'scale', value: 3 } };
    const r = compareAnswerSets(content, { answers }, { answers }, ['ver.a']);
    expect(r.items.map((i) => i.itemId)).toEqual(['ver.a']);
    expect(r.onlyInBaseline).toEqual(['mon.a']);
    expect(r.modules.map((m) => m.moduleId)).toEqual(['ver']);
  });
});

describe('groupAnswers', () => {
  it('takes the median per item; of an even count the lower middle answer', () => {
    const g = groupAnswers([
      {
        'ver.a': { kind: 'scale', value: 1 },
        'ver.c': { kind: 'instrument', value: 'ja' },
        'ver.d': { kind: 'dilemma', now: -3, desired: 2 },
      },
      {
        'ver.a': { kind: 'scale', value: 4 },
        'ver.c': { kind: 'instrument', value: 'nee' },
        'ver.d': { kind: 'dilemma', now: 1 },
      },
      {
        'ver.a': { kind: 'scale', value: 5 },
        'ver.c': { kind: 'instrument', value: 'deels' },
        'ver.d': { kind: 'dilemma', now: 2, desired: 3 },
      },
      {
        'ver.a': { kind: 'scale', value: 2 },
        'ver.c': { kind: 'unknown' },
        'ver.o': { kind: 'text', value: 'persoonlijk' },
      },
    ]);
    expect(g).toEqual({
      'ver.a': { kind: 'scale', value: 2 },
      'ver.c': { kind: 'instrument', value: 'deels' },
      'ver.d': { kind: 'dilemma', now: 1, desired: 2 },
    });
  });

  it('follows the majority between real answers, "weet niet" and "n.v.t."', () => {
    const u: Answer = { kind: 'unknown' };
    const na: Answer = { kind: 'na' };
    const s: Answer = { kind: 'scale', value: 3 };
    expect(groupAnswers([{ x: u }, { x: u }, { x: s }])).toEqual({ x: u });
    expect(groupAnswers([{ x: u }, { x: s }])).toEqual({ x: s });
    expect(groupAnswers([{ x: na }, { x: na }, { x: u }])).toEqual({ x: na });
    expect(groupAnswers([{ x: na }, { x: u }])).toEqual({ x: u });
  });

  it('returns one member’s answers for a group of one, does not depend on order, and gives valid answers (property)', () => {
    fc.assert(
      fc.property(fc.array(answersArb, { minLength: 1, maxLength: 6 }), (sets) => {
        const g = groupAnswers(sets);
        expect(groupAnswers([...sets].reverse())).toEqual(g);
        for (const a of Object.values(g)) {
          if (a.kind === 'scale')
            expect(Number.isInteger(a.value) && a.value >= 1 && a.value <= 5).toBe(true);
          expect(a.kind).not.toBe('text');
        }
        const one = sets[0] ?? {};
        const expected = Object.fromEntries(
          Object.entries(one).filter(
            ([, a]) =>
              a.kind !== 'text' && !(a.kind === 'dilemma' && a.now === undefined && a.desired === undefined),
          ),
        );
        expect(groupAnswers([one])).toEqual(expected);
      }),
    );
  });

  it('lets two group results be compared like two scans', () => {
    const first = groupAnswers([
      { 'ver.a': { kind: 'scale', value: 2 } },
      { 'ver.a': { kind: 'scale', value: 3 } },
    ]);
    const second = groupAnswers([
      { 'ver.a': { kind: 'scale', value: 4 } },
      { 'ver.a': { kind: 'scale', value: 5 } },
    ]);
    const r = compareAnswerSets(content, { answers: first }, { answers: second });
    expect(r.modules[0]).toMatchObject({ moduleId: 'ver', baseline: 0.25, now: 0.75, delta: 0.5 });
  });
});

describe('baselineFromScan', () => {
  it('copies the answers and labels the baseline with the scan’s name, or the fallback', () => {
    const answers: Answers = { 'ver.a': { kind: 'scale', value: 2 } };
    const scan = { name: '  ', updatedAt: '2026-01-05T10:00:00Z', role: 'bestuurder' as const, answers };
    const b = baselineFromScan(scan, 'file', '1.0.0', 'Mijn zelfscan');
    expect(b).toEqual({
      source: 'file',
      label: 'Mijn zelfscan',
      savedAt: '2026-01-05T10:00:00Z',
      contentVersion: '1.0.0',
      role: 'bestuurder',
      answers,
    });
    expect(b.answers).not.toBe(answers);
  });
});
