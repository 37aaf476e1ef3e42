import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  largestMoves,
  orderSessions,
  seriesTrend,
  sessionOf,
  withSeries,
  type SeriesSession,
} from './series';
import type { Answers, Content, Module } from './types';
import { newWorkshop } from './workshop';
import { item } from '../../tests/fixtures/items';

const mod = (id: string, items: Module['items']): Module => ({ id, order: 1, title: id, intro: '', items });

const content: Pick<Content, 'modules'> = {
  modules: [
    mod('ver', [
      item('ver.anker', 'likert', { anchor: true }),
      item('ver.a', 'likert'),
      item('ver.b', 'likert'),
      item('ver.d', 'dilemma'),
    ]),
    mod('mon', [item('mon.a', 'likert'), item('mon.b', 'likert')]),
    mod('net', [item('net.a', 'likert'), item('net.b', 'likert')]),
  ],
};

/** `n` participants who all give the same answers (scale values 1–5, or "weet niet" as 0). */
function people(n: number, values: Record<string, number>): SeriesSession['participants'] {
  const answers: Answers = Object.fromEntries(
    Object.entries(values).map(([id, v]) => [
      id,
      v === 0 ? { kind: 'unknown' } : { kind: 'scale', value: v },
    ]),
  );
  return Array.from({ length: n }, () => ({ role: 'bestuurder' as const, answers }));
}

const session = (
  id: string,
  date: string,
  items: string[],
  participants: SeriesSession['participants'],
  extra: Partial<SeriesSession> = {},
): SeriesSession => ({
  id,
  name: `Sessie ${id}`,
  date,
  createdAt: `${date}T09:00:00.000Z`,
  anonymous: false,
  items,
  participants,
  ...extra,
});

/** What the sessions ask (the second one swaps mon.b for net.a); everyone in a session gives the same answers. */
const ASKED = ['ver.a', 'ver.b', 'mon.a', 'mon.b'];
const nul = session('1', '2026-01-10', ASKED, people(3, { 'ver.a': 2, 'ver.b': 2, 'mon.a': 5, 'mon.b': 5 }));
const vervolg = session(
  '2',
  '2026-03-10',
  ['ver.a', 'ver.b', 'mon.a', 'net.a'],
  people(4, { 'ver.a': 3, 'ver.b': 3, 'mon.a': 3, 'net.a': 3 }),
);
const klein = session('3', '2026-06-01', ASKED, people(2, { 'ver.a': 1, 'ver.b': 1 }));
const laatste = session(
  '4',
  '2026-09-01',
  ASKED,
  people(3, { 'ver.a': 5, 'ver.b': 4, 'mon.a': 1, 'mon.b': 5 }),
);
const series = [nul, vervolg, klein, laatste];

describe('series order', () => {
  it('orders by workshop date, then by when the workshop was set up', () => {
    const sameDay = { ...vervolg, id: '2b', createdAt: '2026-03-01T08:00:00.000Z' };
    expect(orderSessions([laatste, vervolg, nul, sameDay, klein]).map((s) => s.id)).toEqual([
      '1',
      '2b',
      '2',
      '3',
      '4',
    ]);
  });
});

describe('seriesTrend', () => {
  const trend = seriesTrend(content, series);
  const theme = (id: string) => trend.modules.find((m) => m.moduleId === id);

  it('gives per theme the group score of every session and the change from the first to the last score', () => {
    expect(trend.enough).toBe(true);
    expect(trend.sessions.map((s) => s.participants)).toEqual([3, 4, 2, 3]);
    expect(trend.modules.map((m) => m.moduleId)).toEqual(['ver', 'mon', 'net']);
    const ver = theme('ver');
    expect(ver?.points.map((p) => p.score)).toEqual([0.25, 0.5, null, 0.875]);
    expect(ver?.from).toBe(0);
    expect(ver?.to).toBe(3);
    expect(ver?.change).toBeCloseTo(0.625);
  });

  it('shows no score for a session of fewer than three participants, with that reason', () => {
    expect(theme('ver')?.points[2]).toEqual({ score: null, respondents: 2, gap: 'tooFew' });
  });

  it('counts only the questions asked in every session with the theme; the rest is listed as left out', () => {
    const mon = theme('mon');
    expect(mon?.items).toEqual(['mon.a']);
    expect(mon?.leftOut).toEqual(['mon.b']);
    // scored on mon.a only: 5 → 100%, 3 → 50%, 1 → 0%
    expect(mon?.points.map((p) => p.score)).toEqual([1, 0.5, null, 0]);
    expect(mon?.change).toBe(-1);
  });

  it('treats a theme a session did not ask as a gap, not a zero', () => {
    const net = theme('net');
    expect(net?.points.map((p) => p.gap)).toEqual(['notAsked', null, 'notAsked', 'notAsked']);
    expect(net?.points[1]?.score).toBe(0.5);
    expect(net?.change).toBeNull();
    expect(net?.from).toBeNull();
  });

  it('lists the questions that rose and fell most, largest first', () => {
    expect(theme('ver')?.rises.map((r) => [r.itemId, r.from, r.to, r.delta])).toEqual([
      ['ver.a', 0, 3, 0.75],
      ['ver.b', 0, 3, 0.5],
    ]);
    expect(theme('ver')?.falls).toEqual([]);
    expect(theme('mon')?.falls.map((r) => [r.itemId, r.delta])).toEqual([['mon.a', -1]]);
    expect(largestMoves(trend)).toMatchObject({ rose: { moduleId: 'ver' }, fell: { moduleId: 'mon' } });
  });

  it('shows no theme score where fewer than three participants have one', () => {
    // three took part, two answered "weet niet" on every question of the theme
    const unsure = session(
      '5',
      '2026-10-01',
      ['ver.a', 'ver.b'],
      [...people(2, { 'ver.a': 0, 'ver.b': 0 }), ...people(1, { 'ver.a': 5, 'ver.b': 5 })],
    );
    const t = seriesTrend(content, [nul, vervolg, unsure]);
    expect(t.modules.find((m) => m.moduleId === 'ver')?.points[2]).toEqual({
      score: null,
      respondents: 1,
      gap: 'fewAnswers',
    });
    // an anonymous session says the same, and no question of it counts as a trend point
    const anonymous = seriesTrend(content, [nul, vervolg, { ...unsure, anonymous: true }]);
    const ver = anonymous.modules.find((m) => m.moduleId === 'ver');
    expect(ver?.points[2]?.gap).toBe('fewAnswers');
    expect(ver?.rises.every((r) => r.to < 2)).toBe(true);
  });

  it('says so when the sessions asked a theme with different questions', () => {
    const a = session('a', '2026-01-01', ['net.a'], people(3, { 'net.a': 2 }));
    const b = session('b', '2026-02-01', ['net.b'], people(3, { 'net.b': 4 }));
    const net = seriesTrend(content, [a, b]).modules[0];
    expect(net?.points.map((p) => p.gap)).toEqual(['otherQuestions', 'otherQuestions']);
    expect(net?.items).toEqual([]);
    expect(net?.leftOut).toEqual(['net.a', 'net.b']);
  });

  it('needs three sessions for a trend', () => {
    expect(seriesTrend(content, [nul, vervolg]).enough).toBe(false);
  });

  it('never scores a theme a session did not ask, and a session that did not ask it changes nothing else', () => {
    const ids = ['ver.a', 'ver.b', 'mon.a', 'mon.b', 'net.a'];
    const sessionArb = fc.record({
      items: fc.subarray(ids, { minLength: 1 }),
      n: fc.integer({ min: 0, max: 5 }),
      value: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(sessionArb, { minLength: 1, maxLength: 5 }), (specs) => {
        const list = specs.map((s, k) =>
          session(
            String(k),
            `2026-0${k + 1}-01`,
            s.items,
            people(s.n, Object.fromEntries(s.items.map((id) => [id, s.value]))),
          ),
        );
        const trend = seriesTrend(content, list);
        for (const m of trend.modules) {
          m.points.forEach((p, k) => {
            expect(p.score === null).toBe(p.gap !== null);
            if (p.score !== null) expect(p.score).toBeGreaterThanOrEqual(0);
            if (p.score !== null) expect(p.score).toBeLessThanOrEqual(1);
            const askedTheme = list[k]?.items.some((id) => id.startsWith(m.moduleId));
            if (!askedTheme) expect(p.gap).toBe('notAsked');
          });
        }
        // one more session that asks none of these questions: a gap in every theme, the rest unchanged
        const more = seriesTrend(content, [
          ...list,
          session('x', '2027-01-01', ['ver.anker'], people(4, {})),
        ]);
        expect(more.modules.map((m) => m.points.slice(0, -1))).toEqual(trend.modules.map((m) => m.points));
        expect(more.modules.every((m) => m.points.at(-1)?.gap === 'notAsked')).toBe(true);
      }),
    );
  });
});

describe('withSeries', () => {
  const record = newWorkshop(
    { id: 'ws', name: 'Sessie', date: '2026-01-10', anonymous: false, items: ['ver.a'] },
    '2026-01-01T00:00:00.000Z',
  );
  const NOW = '2026-02-01T00:00:00.000Z';

  it('puts a workshop in a series and takes it out again', () => {
    const inSeries = withSeries(record, { id: 's1', name: ' Noord 2026 ' }, NOW);
    expect(inSeries.series).toEqual({ id: 's1', name: 'Noord 2026' });
    expect(inSeries.updatedAt).toBe(NOW);
    const out = withSeries(inSeries, null, '2026-03-01T00:00:00.000Z');
    expect('series' in out).toBe(false);
    expect(out.updatedAt).toBe('2026-03-01T00:00:00.000Z');
  });

  it('leaves a record that does not change as it is', () => {
    const inSeries = withSeries(record, { id: 's1', name: 'Noord' }, NOW);
    expect(withSeries(inSeries, { id: 's1', name: 'Noord' }, '2027-01-01')).toBe(inSeries);
    expect(withSeries(record, null, NOW)).toBe(record);
  });

  it('makes a session of a record', () => {
    expect(sessionOf(record)).toMatchObject({
      id: 'ws',
      date: '2026-01-10',
      items: ['ver.a'],
      participants: [],
    });
  });
});
