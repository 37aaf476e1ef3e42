import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, waitFor, type EventObject } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  newWorkshop,
  type FileRead,
  type Participant,
  type WorkshopRecord,
  type WorkshopSetup,
} from '../domain/workshop';
import {
  workshopMachine as machine,
  workshopStep,
  type ExportKind,
  type ReadFilesInput,
  type SeriesSaveInput,
  type SeriesSaveOutcome,
  type WorkshopEvent,
  type WorkshopSaveInput,
  type WorkshopSaveOutcome,
} from './workshop-machine';
import { serializeWorkshop, WORKSHOP_STEPS, workshopEvents } from '../../tests/fixtures/workshop-model';

const NOW = '2026-11-23T12:00:00.000Z';
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

/** Events the model may take, with fixed payloads: the flow's, and a blank name and a workshop without slides. */
const events: WorkshopEvent[] = [
  ...workshopEvents(setupA, person('p1'), NOW),
  { type: 'setup.save', setup: { ...setupA, name: '  ' } },
  { type: 'facilitate.start', slideCount: 0 },
];
const traversal = { events, input: { record: null }, serializeState: serializeWorkshop };

const EXPECTED_STATES = 12;

describe('workshop machine (model-based)', () => {
  const paths = getShortestPaths(machine, traversal);

  it('reaches every state of the trainer flow by a fixed set of shortest paths', () => {
    // a new state or transition changes this number: check the flow and update it
    expect(paths.length).toBe(EXPECTED_STATES);
    const reached = new Set(paths.map((p) => workshopStep(p.state)));
    expect([...reached].sort()).toEqual(WORKSHOP_STEPS);
  });

  it('never shows the overview or slides without participants, and keeps the slide in range (every simple path)', () => {
    for (const path of getSimplePaths(machine, traversal)) {
      for (const step of path.steps) {
        const s = step.state;
        const n = s.context.record?.participants.length ?? 0;
        const at = workshopStep(s);
        if (at === 'facilitating') {
          expect(s.context.slide).toBeGreaterThanOrEqual(0);
          expect(s.context.slide).toBeLessThan(s.context.slideCount);
        }
        if (at === 'overview' || at === 'facilitating') expect(n).toBeGreaterThan(0);
        if (at !== 'choosing' && at !== 'setup') expect(s.context.record).not.toBeNull();
      }
    }
  });
});

describe('workshop machine (transitions)', () => {
  const start = (record = null as ReturnType<typeof newWorkshop> | null) => {
    const saved: unknown[] = [];
    const actor = createActor(
      machine.provide({
        actors: {
          saveWorkshop: fromPromise(async ({ input }) => {
            saved.push(input.record);
            return { ok: true as const };
          }),
        },
      }),
      { input: { record } },
    ).start();
    return { actor, saved };
  };

  it('sets up a workshop and saves it', async () => {
    const { actor, saved } = start();
    actor.send({ type: 'workshop.new' });
    actor.send({ type: 'setup.save', setup: { ...setupA, name: '' } });
    expect(workshopStep(actor.getSnapshot())).toBe('setup');
    actor.send({ type: 'setup.save', setup: setupA });
    expect(workshopStep(actor.getSnapshot())).toBe('invite');
    expect(actor.getSnapshot().context.record?.setup).toEqual(setupA);
    await waitFor(actor, (s) => s.matches({ persistence: 'saved' }));
    expect(saved).toHaveLength(1);
  });

  it('resumes a saved workshop where it makes sense', () => {
    expect(workshopStep(start(newWorkshop(setupA, NOW)).actor.getSnapshot())).toBe('invite');
    const withPeople = { ...newWorkshop(setupA, NOW), participants: [person('p1')] };
    expect(workshopStep(start(withPeople).actor.getSnapshot())).toBe('overview');
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
    expect(workshopStep(actor.getSnapshot())).toBe('setup');
    actor.send({ type: 'setup.save', setup: { ...setupA, anonymous: true } });
    expect(workshopStep(actor.getSnapshot())).toBe('invite');
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
    expect(workshopStep(actor.getSnapshot())).toBe('overview');
    actor.send({ type: 'workshop.close' });
    expect(workshopStep(actor.getSnapshot())).toBe('choosing');
    expect(actor.getSnapshot().context.record).toBeNull();
  });

  it('imports files one by one with an outcome per file, and saves the record once they are read', async () => {
    const saved: unknown[] = [];
    const read: FileRead[] = [
      { file: 'anna.json', ok: true, participant: person('p1'), fromContentVersion: null, removedAnswers: 0 },
      { file: 'kapot.json', ok: false, code: 'notJson', details: [] },
      {
        file: 'anna-kopie.json',
        ok: true,
        participant: person('p1'),
        fromContentVersion: '1.0.0',
        removedAnswers: 1,
      },
    ];
    const actor = createActor(
      machine.provide({
        actors: {
          readFiles: fromCallback<EventObject, ReadFilesInput>(({ input, sendBack }) => {
            expect(input.setup.id).toBe(setupA.id);
            sendBack({ type: 'read.progress', done: 2, total: 3 });
            void Promise.resolve().then(() => sendBack({ type: 'read.done', reads: read }));
          }),
          saveWorkshop: fromPromise<WorkshopSaveOutcome, WorkshopSaveInput>(async ({ input }) => {
            saved.push(input.record);
            return { ok: true };
          }),
        },
      }),
      { input: { record: newWorkshop(setupA, NOW) } },
    ).start();
    actor.send({ type: 'nav.collect' });
    actor.send({ type: 'files.import', files: [new File(['{}'], 'anna.json')] });
    expect(actor.getSnapshot().matches({ flow: { collecting: 'reading' } })).toBe(true);
    expect(actor.getSnapshot().context.reading).toEqual({ done: 2, total: 3 });
    // a QR code read meanwhile is kept
    actor.send({ type: 'participants.add', participants: [person('p2', 'Bram')] });
    await waitFor(actor, (s) => s.matches({ flow: { collecting: 'idle' } }));
    const c = actor.getSnapshot().context;
    expect(c.importResults?.map((r) => [r.file, r.outcome])).toEqual([
      ['anna.json', 'added'],
      ['kapot.json', 'error'],
      ['anna-kopie.json', 'duplicate'],
    ]);
    expect(c.record?.participants.map((p) => p.id)).toEqual(['p2', 'p1']);
    await waitFor(actor, (s) => s.matches({ persistence: 'saved' }));
    expect(saved.at(-1)).toEqual(c.record);
  });

  it('keeps a change that could not be saved in memory and says why', async () => {
    const actor = createActor(
      machine.provide({
        actors: {
          saveWorkshop: fromPromise<WorkshopSaveOutcome, WorkshopSaveInput>(async () => ({
            ok: false,
            reason: 'quota',
          })),
        },
      }),
      { input: { record: newWorkshop(setupA, NOW) } },
    ).start();
    actor.send({ type: 'nav.collect' });
    actor.send({ type: 'participants.add', participants: [person('p1')] });
    await waitFor(actor, (s) => s.matches({ persistence: 'failed' }));
    expect(actor.getSnapshot().context.saveError).toBe('quota');
    expect(actor.getSnapshot().context.record?.participants).toHaveLength(1);
  });

  it('makes one download at a time and reports how it ended', async () => {
    const made: string[] = [];
    const actor = createActor(
      machine.provide({
        actors: {
          exportFile: fromPromise<void, { kind: ExportKind; record: WorkshopRecord }>(async ({ input }) => {
            made.push(input.kind);
            if (input.kind === 'pdf') throw new Error('no fonts');
          }),
        },
      }),
      { input: { record: { ...newWorkshop(setupA, NOW), participants: [person('p1')] } } },
    ).start();
    actor.send({ type: 'export.request', kind: 'csv' });
    actor.send({ type: 'export.request', kind: 'docx' });
    expect(actor.getSnapshot().context.exporting).toBe('csv');
    await waitFor(actor, (s) => s.context.exporting === null);
    expect(actor.getSnapshot().context.exportResult).toEqual({ kind: 'csv', ok: true });
    actor.send({ type: 'export.request', kind: 'pdf' });
    await waitFor(actor, (s) => s.context.exporting === null);
    expect(actor.getSnapshot().context.exportResult).toEqual({ kind: 'pdf', ok: false });
    expect(made).toEqual(['csv', 'pdf']);
  });
});

describe('workshop machine (series)', () => {
  const series = { id: 'reeks-1', name: 'Noord 2026' };
  const start = (outcome: SeriesSaveOutcome = { ok: true }) => {
    const saved: WorkshopRecord[] = [];
    const others: SeriesSaveInput[] = [];
    const actor = createActor(
      machine.provide({
        actors: {
          saveWorkshop: fromPromise<WorkshopSaveOutcome, WorkshopSaveInput>(async ({ input }) => {
            saved.push(input.record);
            return { ok: true };
          }),
          saveSeries: fromPromise<SeriesSaveOutcome, SeriesSaveInput>(async ({ input }) => {
            others.push(input);
            return outcome;
          }),
        },
      }),
      { input: { record: { ...newWorkshop(setupA, NOW), participants: [person('p1')] } } },
    ).start();
    return { actor, saved, others };
  };

  it('reaches the series view from the overview, and every state with it (model-based)', () => {
    const paths = getShortestPaths(machine, {
      ...traversal,
      events: [...events, { type: 'nav.series' }, { type: 'series.set', series, members: [] }],
    });
    const reached = new Set(paths.map((p) => workshopStep(p.state)));
    expect([...reached].sort()).toEqual([...WORKSHOP_STEPS, 'series'].sort());
    // the series view is only reached with a workshop that has participants, as the overview
    for (const p of paths)
      if (workshopStep(p.state) === 'series')
        expect(p.state.context.record?.participants.length).toBeGreaterThan(0);
  });

  it('puts the workshop in a series, saves it and the other workshops of the series', async () => {
    const { actor, saved, others } = start();
    actor.send({ type: 'nav.series' });
    expect(workshopStep(actor.getSnapshot())).toBe('series');
    // a series needs a name
    actor.send({ type: 'series.set', series: { id: 'reeks-1', name: '  ' }, members: ['ws-b'] });
    expect(actor.getSnapshot().context.record?.series).toBeUndefined();
    actor.send({ type: 'series.set', series, members: ['ws-b', 'ws-c'] });
    expect(actor.getSnapshot().context.record?.series).toEqual(series);
    expect(actor.getSnapshot().context.seriesSave).toBe('saving');
    await waitFor(actor, (s) => s.context.seriesSave === 'saved' && s.matches({ persistence: 'saved' }));
    expect(saved.at(-1)?.series).toEqual(series);
    expect(others).toEqual([{ workshopId: 'ws-a', series, members: ['ws-b', 'ws-c'] }]);

    // out of the series again: only this workshop changes
    actor.send({ type: 'series.set', series: null, members: [] });
    expect(actor.getSnapshot().context.record?.series).toBeUndefined();
    await waitFor(actor, (s) => s.matches({ persistence: 'saved' }));
    expect(saved.at(-1)?.series).toBeUndefined();
    expect(others).toHaveLength(1);
    actor.send({ type: 'nav.overview' });
    expect(workshopStep(actor.getSnapshot())).toBe('overview');
  });

  it('says so when the other workshops could not be saved', async () => {
    const { actor } = start({ ok: false, reason: 'quota' });
    actor.send({ type: 'nav.series' });
    actor.send({ type: 'series.set', series, members: ['ws-b'] });
    await waitFor(actor, (s) => s.context.seriesSave === 'failed');
    // this workshop keeps the series: its own save went through
    expect(actor.getSnapshot().context.record?.series).toEqual(series);
    // a fresh visit to the view starts without the old message
    actor.send({ type: 'nav.overview' });
    actor.send({ type: 'nav.series' });
    expect(actor.getSnapshot().context.seriesSave).toBeNull();
  });
});
