// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getContent } from '../content/bundle';
import { adviceFor, dilemmaAdvice, dilemmaFindings, textFor, tierOf, TIER_FROM } from '../domain/advice';
import type { Answer, Item, Role } from '../domain/types';
import { sampleScan } from '../../tests/fixtures/sample-scan';
import { reportLabels } from './labels';
import { buildReportModel } from './model';

const content = getContent('nl');
const items = content.modules.flatMap((m) => m.items);
const scored = items.filter((i) => i.type === 'likert' || i.type === 'frequency' || i.type === 'instrument');
const instruments = scored.filter((i) => i.type === 'instrument');
const dilemmas = items.filter((i) => i.type === 'dilemma');

/** The weakest and a middle answer of an item, whatever its type and keying. */
function weakest(item: Item): Answer {
  if (item.type === 'instrument') return { kind: 'instrument', value: 'nee' };
  return { kind: 'scale', value: item.reverse ? 5 : 1 };
}
function middle(item: Item): Answer {
  return item.type === 'instrument' ? { kind: 'instrument', value: 'deels' } : { kind: 'scale', value: 3 };
}
function strongest(item: Item): Answer {
  if (item.type === 'instrument') return { kind: 'instrument', value: 'ja' };
  return { kind: 'scale', value: item.reverse ? 1 : 5 };
}

describe('advice tiers', () => {
  it('chooses the tier by the answer, with boundary scores going to the higher tier', () => {
    const likert = { type: 'likert' as const };
    expect([1, 2, 3, 4, 5].map((value) => tierOf(likert, { kind: 'scale', value }))).toEqual([
      'start',
      'start',
      'deepen',
      'keep',
      'keep',
    ]);
    expect(tierOf({ type: 'likert', reverse: true }, { kind: 'scale', value: 1 })).toBe('keep');
    expect(
      (['nee', 'deels', 'gepland', 'ja'] as const).map((value) =>
        tierOf({ type: 'instrument' }, { kind: 'instrument', value }),
      ),
    ).toEqual(['start', 'deepen', 'plan', 'keep']);
    expect(tierOf(likert, { kind: 'unknown' })).toBeNull();
    expect(TIER_FROM.deepen).toBeLessThan(TIER_FROM.keep);
  });

  it('gives every scored item different advice for a weakest, a middle and a strong answer', () => {
    expect(scored.length).toBeGreaterThan(80);
    fc.assert(
      fc.property(
        fc.constantFrom(...scored),
        fc.constantFrom<Role>('bestuurder', 'projectleider', 'trainer'),
        (item, role) => {
          const a = adviceFor(item, weakest(item), role);
          const b = adviceFor(item, middle(item), role);
          const c = adviceFor(item, strongest(item), role);
          expect(a?.tier).toBe('start');
          expect(b?.tier).toBe('deepen');
          expect(c?.tier).toBe('keep');
          expect(new Set([a?.title, b?.title, c?.title]).size, item.id).toBe(3);
          expect(new Set([a?.step, b?.step, c?.step]).size, item.id).toBe(3);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells an instrument answered "gepland" how to make the plan happen, not how to start', () => {
    expect(instruments.length).toBeGreaterThan(5);
    for (const item of instruments) {
      const plan = adviceFor(item, { kind: 'instrument', value: 'gepland' }, 'bestuurder');
      const start = adviceFor(item, { kind: 'instrument', value: 'nee' }, 'bestuurder');
      expect(plan?.tier, item.id).toBe('plan');
      expect(plan?.step, item.id).not.toBe(start?.step);
    }
  });

  it('gives a bestuurder and a projectleider different first steps where the item has role variants', () => {
    const withVariants = scored.filter(
      (i) =>
        i.roles.includes('bestuurder') &&
        i.roles.includes('projectleider') &&
        typeof i.t.advice?.start?.step === 'object',
    );
    expect(withVariants.length).toBeGreaterThan(30);
    for (const item of withVariants) {
      const b = adviceFor(item, weakest(item), 'bestuurder');
      const p = adviceFor(item, weakest(item), 'projectleider');
      expect(b?.step, item.id).not.toBe(p?.step);
    }
  });

  it('in a report, the same item reads differently for a weakest and a middle answer', () => {
    const scan = sampleScan(content, 'bestuurder', { kind: 'full' });
    // items that can be a priority in the bestuurder's full scan: asked there, and no anchor statement (an anchor
    // only sets the self-image of its theme and never becomes a priority)
    const candidates = scored.filter(
      (i) => !i.anchor && i.roles.includes('bestuurder') && scan.answers[i.id],
    );
    expect(candidates.length).toBeGreaterThan(50);
    const L = reportLabels('nl');
    const has = (m: ReturnType<typeof buildReportModel>, text: string) =>
      JSON.stringify(m.sections).includes(JSON.stringify(text).slice(1, -1));
    for (const item of candidates) {
      const only = (answer: Answer) => ({ ...scan, answers: { [item.id]: answer }, priorities: [item.id] });
      const weak = buildReportModel(content, only(weakest(item)), L, { date: '2026-12-01' });
      const mid = buildReportModel(content, only(middle(item)), L, { date: '2026-12-01' });
      const pw = weak.facts.priorities.find((p) => p.itemId === item.id);
      const pm = mid.facts.priorities.find((p) => p.itemId === item.id);
      expect(pw?.tier, item.id).toBe('start');
      expect(pm?.tier, item.id).toBe('deepen');
      expect(pw?.title, item.id).not.toBe(pm?.title);
      expect(pw?.step, item.id).not.toBe(pm?.step);
      expect(has(weak, pw!.title) && has(weak, pw!.step), item.id).toBe(true);
      expect(has(mid, pm!.title) && has(mid, pm!.step), item.id).toBe(true);
      expect(has(mid, pw!.step), item.id).toBe(false);
    }
  });
});

describe('dilemma advice follows the direction', () => {
  const position = fc.integer({ min: -3, max: 3 });
  it('moving towards a pole gives that move only; staying at an extreme gives the extreme', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dilemmas), position, position, (item, now, desired) => {
        const [d] = dilemmaFindings(content, { [item.id]: { kind: 'dilemma', now, desired } }, [item.id]);
        const text = d ? dilemmaAdvice(d) : '';
        if (desired > now) {
          expect(d?.advice).toEqual({ kind: 'towards', pole: 'right' });
          expect(text).toBe(item.t.towardsRight);
          expect(text).not.toBe(item.t.towardsLeft);
        } else if (desired < now) {
          expect(d?.advice).toEqual({ kind: 'towards', pole: 'left' });
          expect(text).toBe(item.t.towardsLeft);
        } else if (Math.abs(now) === 3) {
          expect(text).toBe(now > 0 ? item.t.extremeRight : item.t.extremeLeft);
        } else expect(d?.advice).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('a report never shows the move-left advice to someone moving right', () => {
    const item = dilemmas[0]!;
    const scan = {
      ...sampleScan(content, 'bestuurder'),
      answers: { [item.id]: { kind: 'dilemma' as const, now: -2, desired: 2 } },
    };
    const model = buildReportModel(content, { ...scan, appendices: true }, reportLabels('nl'), {
      date: '2026-12-01',
    });
    const all = JSON.stringify(model.sections);
    expect(all).toContain(JSON.stringify(item.t.towardsRight).slice(1, 60));
    expect(all).not.toContain(JSON.stringify(item.t.towardsLeft).slice(1, 60));
  });
});

describe('texts per role', () => {
  it('takes the role’s own text, else the shared one', () => {
    expect(textFor('voor iedereen', 'trainer')).toBe('voor iedereen');
    expect(textFor({ bestuurder: 'b', projectleider: 'p' }, 'projectleider')).toBe('p');
    expect(textFor({ projectleider: 'p' }, 'trainer')).toBe('p');
  });
});
