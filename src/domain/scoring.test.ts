import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerScore, evaluate, levelOf, scoreModule } from './scoring';
import type { Answer, Item, Module } from './types';
import { item } from '../../tests/fixtures/items';

const module = (items: Item[]): Module => ({ id: 'ver', order: 1, title: 'Verankering', intro: '', items });

describe('answerScore', () => {
  it('maps the five-point scale to 0 … 1 and mirrors reversed items', () => {
    expect(answerScore(item('ver.a', 'likert'), { kind: 'scale', value: 1 })).toBe(0);
    expect(answerScore(item('ver.a', 'likert'), { kind: 'scale', value: 4 })).toBe(0.75);
    expect(answerScore(item('ver.a', 'likert', { reverse: true }), { kind: 'scale', value: 4 })).toBe(0.25);
  });
  it('maps instruments ja/deels/gepland/nee', () => {
    const i = item('ver.i', 'instrument');
    expect(answerScore(i, { kind: 'instrument', value: 'ja' })).toBe(1);
    expect(answerScore(i, { kind: 'instrument', value: 'deels' })).toBe(0.5);
    expect(answerScore(i, { kind: 'instrument', value: 'gepland' })).toBe(0.25);
    expect(answerScore(i, { kind: 'instrument', value: 'nee' })).toBe(0);
  });
  it('gives no score for weet niet, n.v.t., dilemmas and open answers', () => {
    expect(answerScore(item('ver.a', 'likert'), { kind: 'unknown' })).toBeNull();
    expect(answerScore(item('ver.a', 'likert'), { kind: 'na' })).toBeNull();
    expect(answerScore(item('ver.d', 'dilemma'), { kind: 'dilemma', now: 2 })).toBeNull();
    expect(answerScore(item('ver.o', 'open'), { kind: 'text', value: 'x' })).toBeNull();
  });
  it('is always between 0 and 1 for any scale answer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.boolean(), (v, reverse) => {
        const s = answerScore(item('ver.a', 'frequency', { reverse }), { kind: 'scale', value: v });
        return s !== null && s >= 0 && s <= 1;
      }),
    );
  });
});

describe('scoreModule', () => {
  const items = [
    item('ver.anker', 'likert', { anchor: true }),
    item('ver.a', 'likert'),
    item('ver.b', 'likert', { weight: 2 }),
    item('ver.c', 'instrument'),
  ];
  it('weights items, excludes anchors, weet niet and n.v.t. but counts them', () => {
    const answers: Record<string, Answer> = {
      'ver.anker': { kind: 'scale', value: 5 },
      'ver.a': { kind: 'scale', value: 1 },
      'ver.b': { kind: 'scale', value: 5 },
      'ver.c': { kind: 'unknown' },
    };
    const r = scoreModule(module(items), answers);
    expect(r.score).toBeCloseTo(2 / 3);
    expect(r.scored).toBe(2);
    expect(r.unknown).toBe(1);
    expect(r.anchorScore).toBe(1);
    expect(r.unknownShare).toBeCloseTo(1 / 3);
  });
  it('has no score when nothing scored was answered', () => {
    expect(scoreModule(module(items), { 'ver.a': { kind: 'na' } }).score).toBeNull();
  });
  it('stays within 0 … 1 for any answers (property)', () => {
    const answer = fc.oneof(
      fc.integer({ min: 1, max: 5 }).map((value): Answer => ({ kind: 'scale', value })),
      fc.constant<Answer>({ kind: 'unknown' }),
      fc.constant<Answer>({ kind: 'na' }),
    );
    fc.assert(
      fc.property(fc.array(answer, { minLength: 3, maxLength: 3 }), ([a, b, c]) => {
        const r = scoreModule(module(items), {
          'ver.a': a as Answer,
          'ver.b': b as Answer,
          'ver.c': c as Answer,
        });
        return r.score === null || (r.score >= 0 && r.score <= 1);
      }),
    );
  });
});

describe('levelOf', () => {
  it('uses the stated thresholds', () => {
    expect(levelOf(0.39)).toBe('aandacht');
    expect(levelOf(0.4)).toBe('ontwikkeling');
    expect(levelOf(0.7)).toBe('sterk');
    expect(levelOf(null)).toBeNull();
  });
});

describe('evaluate', () => {
  const content = {
    modules: [module([item('ver.a', 'likert'), item('ver.d', 'dilemma'), item('ver.i', 'instrument')])],
  };
  const answers: Record<string, Answer> = {
    'ver.a': { kind: 'scale', value: 2 },
    'ver.d': { kind: 'dilemma', now: -3, desired: 1 },
    'ver.i': { kind: 'instrument', value: 'gepland' },
  };
  it('evaluates item, dilemma, answer and module conditions and combinations', () => {
    expect(evaluate({ item: 'ver.a', scoreBelow: 0.5 }, content, answers)).toBe(true);
    expect(evaluate({ item: 'ver.d', side: 'now', atMost: -2 }, content, answers)).toBe(true);
    expect(evaluate({ item: 'ver.d', side: 'desired', atLeast: 2 }, content, answers)).toBe(false);
    expect(evaluate({ item: 'ver.i', answerIn: ['nee', 'gepland'] }, content, answers)).toBe(true);
    expect(evaluate({ module: 'ver', scoreBelow: 0.5 }, content, answers)).toBe(true);
    expect(
      evaluate(
        { all: [{ item: 'ver.a', scoreBelow: 0.5 }, { not: { item: 'ver.a', scoreAtLeast: 0.9 } }] },
        content,
        answers,
      ),
    ).toBe(true);
    expect(
      evaluate(
        {
          any: [
            { item: 'ver.a', scoreAtLeast: 0.9 },
            { module: 'ver', scoreAtLeast: 0.9 },
          ],
        },
        content,
        answers,
      ),
    ).toBe(false);
  });
  it('is false for unanswered items', () => {
    expect(evaluate({ item: 'ver.a', scoreBelow: 1 }, content, {})).toBe(false);
  });
});
