import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { newWorkshop, type Participant, type WorkshopSetup } from '../domain/workshop';
import { createWorkshopMachine, type WorkshopEvent } from './workshop-machine';

const NOW = '2026-11-23T12:00:00.000Z';
const machine = createWorkshopMachine({ now: () => NOW });
const setupA: WorkshopSetup = {
  id: 'ws-a',
  name: 'Sessie A',
  date: '2026-11-23',
  anonymous: false,
  items: ['ver.anker', 'ver.college-raad'],
};
const person = (id: string, name = 'Anna'): Participant => ({
  id,
  role: 'bestuurder',
  name,
  answers: { 'ver.anker': { kind: 'scale', value: 4 } },
  source: 'file',
  receivedAt: NOW,
  updatedAt: NOW,
});

/** Events the model may take, with fixed payloads. */
const events: WorkshopEvent[] = [
  { type: 'workshop.new' },
  { type: 'workshop.open', record: newWorkshop(setupA, NOW) },
  { type: 'workshop.close' },
  { type: 'setup.save', setup: setupA },
  { type: 'setup.save', setup: { ...setupA, name: '  ' } },
  { type: 'nav.back' },
  { type: 'nav.setup' },
  { type: 'nav.invite' },
  { type: 'nav.collect' },
  { type: 'nav.overview' },
  { type: 'participants.add', participants: [person('p1')] },
  { type: 'participant.remove', id: 'p1' },
  { type: 'facilitate.start', slideCount: 3 },
  { type: 'facilitate.start', slideCount: 0 },
  { type: 'slide.next' },
  { type: 'slide.prev' },
  { type: 'slide.goto', index: 2 },
  { type: 'facilitate.stop' },
];

type Snap = ReturnType<ReturnType<typeof createActor<typeof machine>>['getSnapshot']>;
const serializeState = (s: Snap) =>
  JSON.stringify([
    s.value,
    s.context.record !== null,
    s.context.record?.participants.length ?? 0,
    s.value === 'facilitating' ? s.context.slide : null,
  ]);
const traversal = { events, input: { record: null }, serializeState };

const EXPECTED_STATES = 12;

describe('workshop machine (model-based)', () => {
  const paths = getShortestPaths(machine, traversal);

  it('reaches every state of the trainer flow by a fixed set of shortest paths', () => {
    // a new state or transition changes this number: check the flow and update it
    expect(paths.length).toBe(EXPECTED_STATES);
    const reached = new Set(paths.map((p) => p.state.value as string));
    expect([...reached].sort()).toEqual([
      'choosing',
      'collecting',
      'facilitating',
      'invite',
      'overview',
      'setup',
    ]);
  });

  it('never shows the overview or slides without participants, and keeps the slide in range (every simple path)', () => {
    for (const path of getSimplePaths(machine, traversal)) {
      for (const step of path.steps) {
        const s = step.state;
        const n = s.context.record?.participants.length ?? 0;
        if (s.value === 'facilitating') {
          expect(s.context.slide).toBeGreaterThanOrEqual(0);
          expect(s.context.slide).toBeLessThan(s.context.slideCount);
        }
        if (s.value === 'overview' || s.value === 'facilitating') expect(n).toBeGreaterThan(0);
        if (s.value !== 'choosing' && s.value !== 'setup') expect(s.context.record).not.toBeNull();
      }
    }
  });
});

describe('workshop machine (transitions)', () => {
  const start = (record = null as ReturnType<typeof newWorkshop> | null) => {
    const saved: unknown[] = [];
    const actor = createActor(
      machine.provide({ actions: { persist: ({ context }) => void saved.push(context.record) } }),
      { input: { record } },
    ).start();
    return { actor, saved };
  };

  it('sets up a workshop and saves it', () => {
    const { actor, saved } = start();
    actor.send({ type: 'workshop.new' });
    actor.send({ type: 'setup.save', setup: { ...setupA, name: '' } });
    expect(actor.getSnapshot().value).toBe('setup');
    actor.send({ type: 'setup.save', setup: setupA });
    expect(actor.getSnapshot().value).toBe('invite');
    expect(actor.getSnapshot().context.record?.setup).toEqual(setupA);
    expect(saved).toHaveLength(1);
  });

  it('resumes a saved workshop where it makes sense', () => {
    expect(start(newWorkshop(setupA, NOW)).actor.getSnapshot().value).toBe('invite');
    const withPeople = { ...newWorkshop(setupA, NOW), participants: [person('p1')] };
    expect(start(withPeople).actor.getSnapshot().value).toBe('overview');
  });

  it('counts a participant once and reports what happened', () => {
    const { actor } = start(newWorkshop(setupA, NOW));
    actor.send({ type: 'nav.collect' });
    actor.send({
      type: 'participants.add',
      participants: [person('p1'), person('p2', 'Bram'), person('p1')],
    });
    const c = actor.getSnapshot().context;
    expect(c.record?.participants.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(c.lastOutcomes.map((o) => o.kind)).toEqual(['added', 'added', 'duplicate']);
  });

  it('locks the item set once answers came in, and drops names when the workshop becomes anonymous', () => {
    const { actor } = start({ ...newWorkshop(setupA, NOW), participants: [person('p1')] });
    actor.send({ type: 'nav.collect' });
    actor.send({ type: 'nav.invite' });
    actor.send({ type: 'nav.setup' });
    actor.send({ type: 'setup.save', setup: { ...setupA, items: ['ver.anker'] } });
    expect(actor.getSnapshot().value).toBe('setup');
    actor.send({ type: 'setup.save', setup: { ...setupA, anonymous: true } });
    expect(actor.getSnapshot().value).toBe('invite');
    expect(actor.getSnapshot().context.record?.participants[0]?.name).toBe('');
  });

  it('moves through the slides within bounds and back to the overview', () => {
    const { actor } = start({ ...newWorkshop(setupA, NOW), participants: [person('p1')] });
    actor.send({ type: 'facilitate.start', slideCount: 2 });
    actor.send({ type: 'slide.prev' });
    expect(actor.getSnapshot().context.slide).toBe(0);
    actor.send({ type: 'slide.next' });
    actor.send({ type: 'slide.next' });
    expect(actor.getSnapshot().context.slide).toBe(1);
    actor.send({ type: 'slide.goto', index: 99 });
    expect(actor.getSnapshot().context.slide).toBe(1);
    actor.send({ type: 'facilitate.stop' });
    expect(actor.getSnapshot().value).toBe('overview');
    actor.send({ type: 'workshop.close' });
    expect(actor.getSnapshot().value).toBe('choosing');
    expect(actor.getSnapshot().context.record).toBeNull();
  });
});
