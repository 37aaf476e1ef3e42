import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AGENDA_MAX,
  aggregate,
  describe as stats,
  MIN_GROUP,
  scaleOptions,
  spreadLevel,
  type GroupMember,
} from './aggregate';
import type { Answer, Answers, Role } from './types';
import { groupModules, item } from '../../tests/fixtures/items';

const modules = groupModules(item('net.a', 'frequency'), item('net.b', 'likert'));
const content = { modules };
const ALL = ['ver.a', 'ver.b', 'ver.c', 'ver.d', 'ver.o', 'net.a', 'net.b'];

const scale = (value: number): Answer => ({ kind: 'scale', value });
const member = (role: Role | null, answers: Answers): GroupMember => ({ role, answers });

describe('describe (statistics)', () => {
  it('gives mean, population sd, quartiles and range', () => {
    const s = stats([0, 0, 1, 1]);
    expect(s).toMatchObject({ n: 4, mean: 0.5, sd: 0.5, median: 0.5, min: 0, max: 1, q1: 0, q3: 1 });
    expect(stats([])).toBeNull();
    expect(stats([0.25])?.sd).toBe(0);
  });
  it('keeps mean and quartiles between min and max, and sd at most half the range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (values) => {
          const s = stats(values);
          if (!s) return false;
          const eps = 1e-9;
          return (
            s.min <= s.mean + eps &&
            s.mean <= s.max + eps &&
            s.q1 <= s.median + eps &&
            s.median <= s.q3 + eps &&
            s.sd <= (s.max - s.min) / 2 + eps
          );
        },
      ),
    );
  });
});

describe('spread levels and scale options', () => {
  it('names the spread', () => {
    expect(spreadLevel(0)).toBe('low');
    expect(spreadLevel(0.15)).toBe('medium');
    expect(spreadLevel(0.25)).toBe('high');
  });
  it('orders instruments from weak to strong by score', () => {
    expect(scaleOptions('instrument').map((o) => `${o.value}:${o.position}`)).toEqual([
      'nee:0',
      'gepland:0.25',
      'deels:0.5',
      'ja:1',
    ]);
    expect(scaleOptions('likert').map((o) => o.position)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('aggregate', () => {
  const group: GroupMember[] = [
    member('bestuurder', {
      'ver.a': scale(1),
      'ver.b': scale(5),
      'ver.c': { kind: 'instrument', value: 'ja' },
      'ver.d': { kind: 'dilemma', now: -3, desired: 1 },
      'ver.o': { kind: 'text', value: 'Zo' },
      'net.a': scale(3),
    }),
    member('bestuurder', {
      'ver.a': scale(5),
      'ver.b': scale(5),
      'ver.c': { kind: 'instrument', value: 'nee' },
      'ver.d': { kind: 'dilemma', now: 3, desired: 1 },
      'net.a': scale(3),
    }),
    member('projectleider', {
      'ver.a': scale(1),
      'ver.b': scale(4),
      'ver.c': { kind: 'unknown' },
      'ver.d': { kind: 'unknown' },
      'ver.o': { kind: 'text', value: 'Anders' },
      'net.a': { kind: 'na' },
    }),
    member('projectleider', {
      'ver.a': scale(5),
      'ver.b': scale(5),
      'ver.d': { kind: 'dilemma', now: 0 },
      'net.a': scale(4),
    }),
  ];

  it('counts every answer option, weet niet and n.v.t. per item', () => {
    const r = aggregate(content, ALL, group, { anonymous: false });
    const a = r.items.find((d) => d.itemId === 'ver.a');
    expect(a?.respondents).toBe(4);
    expect(a?.counts.map((c) => c.count)).toEqual([2, 0, 0, 0, 2]);
    expect(a?.stats?.mean).toBe(0.5);
    expect(a?.stats?.sd).toBe(0.5);
    expect(a?.spread).toBe('high');
    const c = r.items.find((d) => d.itemId === 'ver.c');
    expect(c?.counts.map((x) => `${x.value}:${x.count}`)).toEqual(['nee:1', 'gepland:0', 'deels:0', 'ja:1']);
    expect(c?.unknown).toBe(1);
    const n = r.items.find((d) => d.itemId === 'net.a');
    expect(n?.notApplicable).toBe(1);
    expect(n?.positions).toEqual([0.5, 0.5, 0.75]);
  });

  it('plots reverse statements as answered but scores them mirrored', () => {
    const r = aggregate(content, ALL, group, { anonymous: false });
    const b = r.items.find((d) => d.itemId === 'ver.b');
    expect(b?.reverse).toBe(true);
    expect(b?.stats?.mean).toBeCloseTo((1 + 1 + 0.75 + 1) / 4);
    expect(b?.meanScore).toBeCloseTo(1 - (1 + 1 + 0.75 + 1) / 4);
    expect(b?.spread).toBe('low');
  });

  it('lists every dilemma position, with who when not anonymous', () => {
    const r = aggregate(content, ALL, group, { anonymous: false });
    const d = r.dilemmas[0];
    expect(d?.respondents).toBe(4);
    expect(d?.unknown).toBe(1);
    expect(d?.positions).toEqual([
      { participant: 0, now: -3, desired: 1 },
      { participant: 1, now: 3, desired: 1 },
      { participant: 3, now: 0, desired: null },
    ]);
    expect(d?.now?.mean).toBe(0);
    expect(d?.desired?.sd).toBe(0);
    expect(d?.disagreement).toBeCloseTo(Math.sqrt(6) / 6);
  });

  it('puts the items with the most disagreement on the agenda, most first', () => {
    const r = aggregate(content, ALL, group, { anonymous: false });
    expect(r.agenda.map((p) => p.itemId)).toEqual(['ver.a', 'ver.c', 'ver.d']);
    expect(r.agenda.every((p, i, all) => i === 0 || (all[i - 1]?.disagreement ?? 0) >= p.disagreement)).toBe(
      true,
    );
    expect(r.agenda.length).toBeLessThanOrEqual(AGENDA_MAX);
  });

  it('gives every participant a module score and the spread of those scores', () => {
    const r = aggregate(content, ALL, group, { anonymous: false });
    const ver = r.modules.find((m) => m.moduleId === 'ver');
    // ver.a, ver.b (mirrored) and ver.c: (0 + 0 + 1) / 3, (1 + 0 + 0) / 3, (0 + 0.25) / 2, (1 + 0) / 2; sorted
    expect(ver?.scores.map((s) => s.toFixed(3))).toEqual(['0.125', '0.333', '0.333', '0.500']);
    expect(ver?.respondents).toBe(4);
    expect(ver?.stats?.n).toBe(4);
  });

  it('keeps open answers side by side with who, or sorted and without who when anonymous', () => {
    const named = aggregate(content, ALL, group, { anonymous: false });
    expect(named.open[0]?.answers).toEqual([
      { participant: 0, text: 'Zo' },
      { participant: 2, text: 'Anders' },
    ]);
  });

  it('compares roles only when roles differ', () => {
    const r = aggregate(content, ALL, group, { anonymous: false });
    expect(r.roles.applies).toBe(true);
    expect(r.roles.groups.map((g) => `${g.role}:${g.count}`)).toEqual(['bestuurder:2', 'projectleider:2']);
    const same = aggregate(content, ALL, group.slice(0, 2), { anonymous: false });
    expect(same.roles.applies).toBe(false);
  });

  describe('anonymity', () => {
    it(`shows nothing for a group under ${MIN_GROUP}`, () => {
      const r = aggregate(content, ALL, group.slice(0, 2), { anonymous: true });
      expect(r.withheld).toBe(true);
      expect(r.items.every((d) => d.withheld && d.counts.length === 0 && d.positions.length === 0)).toBe(
        true,
      );
      expect(r.dilemmas.every((d) => d.withheld && d.positions.length === 0)).toBe(true);
      expect(r.open.every((o) => o.withheld && o.answers.length === 0)).toBe(true);
      expect(r.modules.every((m) => m.withheld && m.scores.length === 0)).toBe(true);
      expect(r.agenda).toEqual([]);
    });

    it('withholds items fewer than three people answered, and never says who', () => {
      const r = aggregate(content, ALL, group, { anonymous: true });
      expect(r.withheld).toBe(false);
      expect(r.items.find((d) => d.itemId === 'ver.a')?.withheld).toBe(false);
      expect(r.open[0]?.withheld).toBe(true); // two open answers
      const d = r.dilemmas[0];
      expect(d?.positions.every((p) => p.participant === null)).toBe(true);
      expect(d?.positions.map((p) => p.now)).toEqual([-3, 0, 3]);
    });

    it('withholds role groups under three, and one more group so the total does not give them away', () => {
      const five = [...group, member('bestuurder', { 'ver.a': scale(3) })];
      // bestuurder 3, projectleider 2: projectleider is withheld, so bestuurder must be too
      const r = aggregate(content, ALL, five, { anonymous: true });
      expect(r.roles.groups.map((g) => `${g.role}:${g.withheld}`)).toEqual([
        'bestuurder:true',
        'projectleider:true',
      ]);
      expect(r.roles.groups.flatMap((g) => g.modules).every((m) => m.mean === null)).toBe(true);
      const withTrainers = [...five, ...[1, 2, 3].map(() => member('trainer', { 'ver.a': scale(2) }))];
      const r2 = aggregate(content, ALL, withTrainers, { anonymous: true });
      expect(r2.roles.groups.map((g) => `${g.role}:${g.withheld}`)).toEqual([
        'bestuurder:true',
        'projectleider:true',
        'trainer:false',
      ]);
      const open = aggregate(content, ALL, five, { anonymous: false });
      expect(open.roles.groups.every((g) => !g.withheld)).toBe(true);
    });

    it('never shows a figure resting on fewer than three people (property)', () => {
      const answer = fc.oneof(
        fc.integer({ min: 1, max: 5 }).map((v): Answer => ({ kind: 'scale', value: v })),
        fc.constant<Answer>({ kind: 'unknown' }),
      );
      const anyMember = fc.record({
        role: fc.constantFrom<Role | null>('bestuurder', 'projectleider', 'trainer'),
        answers: fc.dictionary(fc.constantFrom('ver.a', 'net.a', 'net.b'), answer),
      });
      fc.assert(
        fc.property(fc.array(anyMember, { maxLength: 9 }), (members) => {
          const r = aggregate(content, ALL, members, { anonymous: true });
          const itemsOk = r.items.every((d) => d.withheld || d.respondents >= MIN_GROUP);
          const modulesOk = r.modules.every((m) => m.withheld || m.scores.length >= MIN_GROUP);
          const rolesOk = r.roles.groups.every(
            (g) =>
              g.withheld ||
              (g.count >= MIN_GROUP && g.modules.every((m) => m.mean === null || m.respondents >= MIN_GROUP)),
          );
          const shownGroups = r.roles.groups.filter((g) => !g.withheld).length;
          const withheldGroups = r.roles.groups.length - shownGroups;
          return itemsOk && modulesOk && rolesOk && withheldGroups !== 1;
        }),
      );
    });
  });
});
