import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate, MIN_GROUP, type GroupMember } from './aggregate';
import {
  DILEMMA_FULL_GAP,
  MAX_DISAGREEMENT,
  QUADRANTS,
  quadrantOf,
  TALK_MAP_THRESHOLDS,
  talkMap,
  enoughAnswers,
} from './talk-map';
import type { Answer, Answers } from './types';
import { groupModules, item } from '../../tests/fixtures/items';

const modules = groupModules(item('net.a', 'frequency'));
const content = { modules };
const ALL = ['ver.a', 'ver.b', 'ver.c', 'ver.d', 'ver.o', 'net.a'];

const scale = (value: number): Answer => ({ kind: 'scale', value });
const dilemma = (now: number, desired: number): Answer => ({ kind: 'dilemma', now, desired });
const member = (answers: Answers): GroupMember => ({ role: 'bestuurder', answers });

describe('quadrantOf', () => {
  it('names the four quadrants; a value on a threshold counts as over it', () => {
    const { changeFrom, disagreeFrom } = TALK_MAP_THRESHOLDS;
    expect(quadrantOf(0, 0)).toBe('agreeContent');
    expect(quadrantOf(changeFrom, 0)).toBe('agreeChange');
    expect(quadrantOf(0, disagreeFrom)).toBe('divided');
    expect(quadrantOf(changeFrom, disagreeFrom)).toBe('dividedChange');
    expect(quadrantOf(changeFrom - 0.01, disagreeFrom - 0.01)).toBe('agreeContent');
  });
  it('uses a mean score under 75% and a large spread as its lines', () => {
    expect(TALK_MAP_THRESHOLDS).toEqual({ changeFrom: 0.25, disagreeFrom: 0.25 });
  });
});

describe('talkMap', () => {
  const three = [
    member({
      'ver.a': scale(5),
      'ver.b': scale(1),
      'ver.c': { kind: 'instrument', value: 'ja' },
      'ver.d': dilemma(-2, 1),
    }),
    member({
      'ver.a': scale(5),
      'ver.b': scale(1),
      'ver.c': { kind: 'instrument', value: 'nee' },
      'ver.d': dilemma(-2, 1),
    }),
    member({
      'ver.a': scale(4),
      'ver.b': scale(2),
      'ver.c': { kind: 'instrument', value: 'ja' },
      'ver.d': dilemma(-2, 1),
    }),
  ];

  it('places scale questions by 1 − mean score and dilemmas by the gap between the mean positions', () => {
    const agg = aggregate(content, ALL, three, { anonymous: false });
    const map = talkMap(agg, ALL);
    const byId = new Map(map.points.map((p) => [p.itemId, p]));
    // 5, 5, 4 → scores 1, 1, 0.75: mean 11/12, so little to change; spread small
    expect(byId.get('ver.a')?.change).toBeCloseTo(1 / 12);
    expect(byId.get('ver.a')?.quadrant).toBe('agreeContent');
    // a reverse statement answered 1, 1, 2 is as strong as the one above
    expect(byId.get('ver.b')?.change).toBeCloseTo(1 / 12);
    // ja, nee, ja: mean score 2/3, spread 0.47
    expect(byId.get('ver.c')).toMatchObject({ kind: 'scale', quadrant: 'dividedChange' });
    // now −2, desired +1 for all: a gap of 3 steps, the most change there is, and no disagreement
    expect(byId.get('ver.d')).toMatchObject({ kind: 'dilemma', change: 1, disagreement: 0 });
    expect(byId.get('ver.d')?.quadrant).toBe('agreeChange');
    // numbers are the places in the workshop's list; the open question has none
    expect(map.points.map((p) => `${p.number}:${p.itemId}`)).toEqual([
      '1:ver.a',
      '2:ver.b',
      '3:ver.c',
      '4:ver.d',
    ]);
    expect(map.tooFew).toEqual([{ itemId: 'net.a', number: 6 }]);
    expect(map.quadrants.agreeContent.map((p) => p.itemId)).toEqual(['ver.a', 'ver.b']);
    expect(Object.keys(map.quadrants)).toEqual([...QUADRANTS]);
  });

  it('leaves off questions with fewer than three real answers, also in a named workshop', () => {
    const two = three.slice(0, 2);
    const withUnknown = [...two, member({ 'ver.a': { kind: 'unknown' }, 'ver.d': { kind: 'unknown' } })];
    for (const anonymous of [false, true]) {
      const map = talkMap(aggregate(content, ALL, withUnknown, { anonymous }), ALL);
      expect(map.points).toEqual([]);
      expect(map.tooFew.map((q) => q.number)).toEqual([1, 2, 3, 4, 6]);
    }
    expect(enoughAnswers(aggregate(content, ALL, withUnknown, { anonymous: false }), 'ver.a')).toBe(false);
    expect(enoughAnswers(aggregate(content, ALL, three, { anonymous: false }), 'ver.a')).toBe(true);
    expect(enoughAnswers(aggregate(content, ALL, three, { anonymous: false }), 'ver.d')).toBe(true);
  });

  it('numbers by the given list, not by content order', () => {
    const agg = aggregate(content, ALL, three, { anonymous: false });
    const map = talkMap(agg, ['ver.d', 'ver.a']);
    expect(map.points.map((p) => `${p.number}:${p.itemId}`)).toEqual(['1:ver.d', '2:ver.a']);
  });

  it('puts every mappable question in exactly one quadrant, within the axes, by the thresholds (property)', () => {
    const answer = (id: string) =>
      id === 'ver.d'
        ? fc.oneof(
            fc
              .tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }))
              .map(([n, d]) => dilemma(n, d)),
            fc.constant<Answer>({ kind: 'unknown' }),
          )
        : id === 'ver.c'
          ? fc.constantFrom<Answer>(
              { kind: 'instrument', value: 'ja' },
              { kind: 'instrument', value: 'deels' },
              { kind: 'instrument', value: 'gepland' },
              { kind: 'instrument', value: 'nee' },
              { kind: 'unknown' },
            )
          : fc.oneof(
              fc.integer({ min: 1, max: 5 }).map(scale),
              fc.constant<Answer>({ kind: 'unknown' }),
              fc.constant<Answer>({ kind: 'na' }),
            );
    const anyMember = fc
      .record({
        'ver.a': fc.option(answer('ver.a'), { nil: undefined }),
        'ver.b': fc.option(answer('ver.b'), { nil: undefined }),
        'ver.c': fc.option(answer('ver.c'), { nil: undefined }),
        'ver.d': fc.option(answer('ver.d'), { nil: undefined }),
        'net.a': fc.option(answer('net.a'), { nil: undefined }),
      })
      .map((r) =>
        member(Object.fromEntries(Object.entries(r).filter(([, a]) => a !== undefined)) as Answers),
      );
    fc.assert(
      fc.property(fc.array(anyMember, { maxLength: 8 }), fc.boolean(), (members, anonymous) => {
        const agg = aggregate(content, ALL, members, { anonymous });
        const map = talkMap(agg, ALL);
        const listed = [...map.points.map((p) => p.itemId), ...map.tooFew.map((q) => q.itemId)].sort();
        const inQuadrants = QUADRANTS.flatMap((q) => map.quadrants[q]).length;
        return (
          // every question with a position is on the map or counted, never both; the open one never
          listed.join() === ['net.a', 'ver.a', 'ver.b', 'ver.c', 'ver.d'].join() &&
          inQuadrants === map.points.length &&
          map.points.every(
            (p) =>
              p.answers >= MIN_GROUP &&
              p.change >= 0 &&
              p.change <= 1 &&
              p.disagreement >= 0 &&
              p.disagreement <= MAX_DISAGREEMENT + 1e-9 &&
              p.quadrant === quadrantOf(p.change, p.disagreement) &&
              map.quadrants[p.quadrant].includes(p) &&
              p.number === ALL.indexOf(p.itemId) + 1,
          ) &&
          map.points
            .filter((p) => p.kind === 'scale')
            .every((p) => {
              const d = agg.items.find((x) => x.itemId === p.itemId);
              return Math.abs(p.change - (1 - (d?.meanScore ?? NaN))) < 1e-9;
            }) &&
          map.points
            .filter((p) => p.kind === 'dilemma')
            .every((p) => {
              const d = agg.dilemmas.find((x) => x.itemId === p.itemId);
              const gap = Math.abs((d?.desired?.mean ?? NaN) - (d?.now?.mean ?? NaN));
              return Math.abs(p.change - Math.min(1, gap / DILEMMA_FULL_GAP)) < 1e-9;
            })
        );
      }),
    );
  });
});
