import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  answersFingerprint,
  fnv1a,
  inContentOrder,
  newWorkshop,
  removeParticipant,
  type Participant,
} from './workshop';
import type { Answers, Item, Module } from './types';

const item = (id: string): Item => ({
  id,
  type: 'likert',
  weight: 1,
  roles: ['bestuurder'],
  quick: false,
  sources: ['x.y.1'],
  module: id.slice(0, 3),
  t: { text: id, why: '' },
});
const modules: Module[] = [
  { id: 'ver', order: 1, title: '', intro: '', items: [item('ver.a'), item('ver.b')] },
  { id: 'net', order: 2, title: '', intro: '', items: [item('net.a')] },
];

const setup = {
  id: 'ws-1',
  name: 'Workshop',
  date: '2026-11-23',
  anonymous: false,
  items: ['ver.a', 'ver.b', 'net.a'],
};
const answers = (v: number, n = 6): Answers =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`ver.i${i}`, { kind: 'scale' as const, value: ((v + i) % 5) + 1 }]),
  );
const person = (id: string, a: Answers, updatedAt = '2026-11-23T10:00:00Z'): Participant => ({
  id,
  role: 'bestuurder',
  name: '',
  answers: a,
  source: 'file',
  receivedAt: '2026-11-23T11:00:00Z',
  updatedAt,
});
const NOW = '2026-11-23T12:00:00Z';

describe('workshop record', () => {
  it('orders items as the content does and drops unknown ids', () => {
    expect(inContentOrder({ modules }, ['net.a', 'weg.x', 'ver.b', 'ver.b'])).toEqual(['ver.b', 'net.a']);
  });

  it('hashes stably', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(answersFingerprint('bestuurder', { b: { kind: 'na' }, a: { kind: 'unknown' } })).toBe(
      answersFingerprint('bestuurder', { a: { kind: 'unknown' }, b: { kind: 'na' } }),
    );
    expect(answersFingerprint('bestuurder', { a: { kind: 'unknown' } })).not.toBe(
      answersFingerprint('trainer', { a: { kind: 'unknown' } }),
    );
  });

  it('adds new participants and recognises the same file twice', () => {
    let r = newWorkshop(setup, NOW);
    const one = addParticipant(r, person('p1', answers(1)), NOW);
    expect(one.outcome).toEqual({ kind: 'added', index: 0 });
    r = one.record;
    const again = addParticipant(r, person('p1', answers(1)), NOW);
    expect(again.outcome).toEqual({ kind: 'duplicate', index: 0, reason: 'sameId' });
    expect(again.record).toBe(r);
  });

  it('keeps the newer version of a participant who hands in twice', () => {
    const r = addParticipant(newWorkshop(setup, NOW), person('p1', answers(1)), NOW).record;
    const newer = addParticipant(r, person('p1', answers(2), '2026-11-23T10:30:00Z'), NOW);
    expect(newer.outcome.kind).toBe('updated');
    expect(newer.record.participants).toHaveLength(1);
    expect(newer.record.participants[0]?.answers).toEqual(answers(2));
    const older = addParticipant(newer.record, person('p1', answers(3), '2026-11-23T09:00:00Z'), NOW);
    expect(older.outcome.kind).toBe('stale');
    expect(older.record.participants[0]?.answers).toEqual(answers(2));
  });

  it('recognises a copy under another id only when enough answers are identical', () => {
    const r = addParticipant(newWorkshop(setup, NOW), person('p1', answers(1)), NOW).record;
    expect(addParticipant(r, person('p2', answers(1)), NOW).outcome).toEqual({
      kind: 'duplicate',
      index: 0,
      reason: 'sameAnswers',
    });
    const few = addParticipant(newWorkshop(setup, NOW), person('p1', answers(1, 2)), NOW).record;
    expect(addParticipant(few, person('p2', answers(1, 2)), NOW).outcome.kind).toBe('added');
  });

  it('removes a participant', () => {
    const r = addParticipant(newWorkshop(setup, NOW), person('p1', answers(1)), NOW).record;
    expect(removeParticipant(r, 'p1', NOW).participants).toEqual([]);
  });
});
