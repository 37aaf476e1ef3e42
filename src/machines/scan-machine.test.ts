import { describe, expect, it } from 'vitest';
import {
  createActor,
  fromCallback,
  fromPromise,
  waitFor,
  type AnyEventObject,
  type EventObject,
} from 'xstate';
import { getContent } from '../content/bundle';
import { newScan, type ScanData } from '../domain/scan';
import { scanMachine, type SaveInput, type SaveOutcome, type WatchInput } from './scan-machine';

const content = getContent('nl');
const firstQuick = content.paths.bestuurder.quick[0] as string;

const atQuestions = (): ScanData => ({
  ...newScan('s1', '2026-11-23T10:00:00.000Z'),
  role: 'bestuurder',
  scope: { kind: 'quick' },
  step: 'questions',
});

/** An in-memory store with the same rule as the app's: never overwrite a version newer than `since`. */
function memoryStore(fail?: () => SaveOutcome) {
  const scans = new Map<string, ScanData>();
  let tell: ((e: AnyEventObject) => void) | null = null;
  return {
    scans,
    /** Another tab saves a version of the scan. */
    otherTab(scan: ScanData) {
      scans.set(scan.id, scan);
      tell?.({ type: 'scan.newer', scan });
    },
    actors: {
      saveScan: fromPromise<SaveOutcome, SaveInput>(async ({ input }) => {
        const stored = scans.get(input.scan.id);
        if (stored && stored.updatedAt > input.since && stored.updatedAt !== input.scan.updatedAt)
          return { ok: false, reason: 'newer', scan: stored };
        const problem = fail?.();
        if (problem && !problem.ok) return problem;
        scans.set(input.scan.id, input.scan);
        return { ok: true };
      }),
      watchOtherTabs: fromCallback<EventObject, WatchInput>(({ sendBack }) => {
        tell = sendBack;
        return () => {
          tell = null;
        };
      }),
    },
  };
}

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** The scan machine on `scan`, running with an in-memory store. */
function startWithMemory(scan: ScanData) {
  const store = memoryStore();
  const actor = createActor(scanMachine.provide({ actors: store.actors }), {
    input: { scan, content },
  }).start();
  return { store, actor };
}

describe('scan machine: saving', () => {
  it('shows a failing save as an error and keeps the change in memory', async () => {
    let full = true;
    const store = memoryStore(() => (full ? { ok: false, reason: 'quota' } : { ok: true }));
    const actor = createActor(scanMachine.provide({ actors: store.actors }), {
      input: { scan: atQuestions(), content },
    }).start();
    actor.send({ type: 'answer.set', itemId: firstQuick, answer: { kind: 'scale', value: 4 } });
    const failed = await waitFor(actor, (s) => s.matches({ persistence: 'failed' }));
    expect(failed.context.saveError).toBe('quota');
    expect(failed.context.scan.answers[firstQuick]).toEqual({ kind: 'scale', value: 4 });
    expect(failed.context.savedRevision).toBeLessThan(failed.context.revision);
    expect(store.scans.get('s1')).toBeUndefined();
    // room again: the next change saves everything, and the error goes
    full = false;
    actor.send({ type: 'priority.toggle', itemId: firstQuick });
    const saved = await waitFor(actor, (s) => s.matches({ persistence: 'saved' }));
    expect(saved.context.saveError).toBeNull();
    expect(saved.context.savedRevision).toBe(saved.context.revision);
    expect(store.scans.get('s1')?.answers[firstQuick]).toEqual({ kind: 'scale', value: 4 });
  });

  it('counts a save that throws as failed, never as saved', async () => {
    const actor = createActor(
      scanMachine.provide({
        actors: {
          saveScan: fromPromise<SaveOutcome, SaveInput>(async () => {
            throw new Error('storage gone');
          }),
        },
      }),
      { input: { scan: atQuestions(), content } },
    ).start();
    actor.send({ type: 'scan.patch', patch: { confidential: true } });
    const s = await waitFor(actor, (x) => x.matches({ persistence: 'failed' }));
    expect(s.context.saveError).toBe('unavailable');
    expect(s.context.scan.confidential).toBe(true);
  });

  it('lets the last change win when saves overlap', async () => {
    const resolvers: Array<() => void> = [];
    const saved: string[] = [];
    const actor = createActor(
      scanMachine.provide({
        actors: {
          saveScan: fromPromise<SaveOutcome, SaveInput>(
            ({ input }) =>
              new Promise((resolve) =>
                resolvers.push(() => {
                  saved.push(input.scan.memo.auteur);
                  resolve({ ok: true });
                }),
              ),
          ),
        },
      }),
      { input: { scan: atQuestions(), content } },
    ).start();
    actor.send({ type: 'scan.patch', patch: { memo: { auteur: 'A' } } });
    actor.send({ type: 'scan.patch', patch: { memo: { auteur: 'AB' } } });
    // the earlier save finishing late does not count as saving the latest change
    for (const r of resolvers.slice(0, -1)) r();
    await Promise.resolve();
    expect(actor.getSnapshot().matches({ persistence: 'saving' })).toBe(true);
    resolvers.at(-1)?.();
    const s = await waitFor(actor, (x) => x.matches({ persistence: 'saved' }));
    expect(s.context.savedRevision).toBe(s.context.revision);
    expect(saved.at(-1)).toBe('AB');
  });

  it('changes the report’s and the comparison’s fields through scan.patch, and saves them', async () => {
    const { store, actor } = startWithMemory({ ...atQuestions(), step: 'done' });
    actor.send({ type: 'scan.patch', patch: { profile: { wijk: 'Noord' }, memo: { financieel: 'Past.' } } });
    actor.send({
      type: 'scan.patch',
      patch: { appendices: true, targets: { ver: { level: 0.8, by: '2027' } } },
    });
    await waitFor(actor, (s) => s.matches({ persistence: 'saved' }));
    const scan = store.scans.get('s1');
    expect(scan?.profile).toEqual({ gemeente: '', wijk: 'Noord', naam: '' });
    expect(scan?.memo.financieel).toBe('Past.');
    expect(scan?.appendices).toBe(true);
    expect(scan?.targets).toEqual({ ver: { level: 0.8, by: '2027' } });
    expect(actor.getSnapshot().value.flow).toBe('done');
  });
});

describe('scan machine: another tab', () => {
  it('adopts a newer version from another tab, resumes at its step, and does not overwrite it', async () => {
    const { store, actor } = startWithMemory(atQuestions());
    await waitFor(actor, (s) => s.matches({ persistence: 'saved' }));
    const theirs: ScanData = {
      ...atQuestions(),
      step: 'overview',
      updatedAt: later(5),
      answers: { [firstQuick]: { kind: 'scale', value: 1 } },
    };
    store.otherTab(theirs);
    const s = actor.getSnapshot();
    expect(s.context.adopted).toBe(1);
    expect(s.value.flow).toBe('overview');
    expect(s.context.scan.answers).toEqual(theirs.answers);
    await waitFor(actor, (x) => x.matches({ persistence: 'saved' }));
    expect(store.scans.get('s1')?.answers).toEqual(theirs.answers);
  });

  it('ignores an older version from another tab', () => {
    const { store, actor } = startWithMemory({ ...atQuestions(), updatedAt: later(0) });
    store.otherTab({ ...atQuestions(), updatedAt: '2020-01-01T00:00:00.000Z', step: 'done' });
    expect(actor.getSnapshot().context.adopted).toBe(0);
    expect(actor.getSnapshot().value.flow).toBe('questions');
  });

  it('adopts what another tab saved before its message arrived, instead of saving over it', async () => {
    const { store, actor } = startWithMemory(atQuestions());
    await waitFor(actor, (s) => s.matches({ persistence: 'saved' }));
    // stored, but the storage event has not come in yet
    const theirs: ScanData = { ...atQuestions(), updatedAt: later(5), name: 'Uit het andere tabblad' };
    store.scans.set('s1', theirs);
    actor.send({ type: 'answer.set', itemId: firstQuick, answer: { kind: 'scale', value: 3 } });
    await waitFor(actor, (s) => s.context.adopted === 1 && s.matches({ persistence: 'saved' }));
    expect(actor.getSnapshot().context.scan.name).toBe('Uit het andere tabblad');
    expect(store.scans.get('s1')?.name).toBe('Uit het andere tabblad');
    expect(store.scans.get('s1')?.answers).toEqual({});
  });
});
