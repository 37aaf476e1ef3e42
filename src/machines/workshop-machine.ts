import {
  assign,
  fromCallback,
  fromPromise,
  raise,
  setup,
  spawnChild,
  stopChild,
  type ActorRefFrom,
  type DoneActorEvent,
  type ErrorActorEvent,
  type EventObject,
  type SnapshotFrom,
} from 'xstate';
import {
  addFileReads,
  addParticipant,
  newWorkshop,
  removeParticipant,
  type AddOutcome,
  type FileOutcome,
  type FileRead,
  type Participant,
  type WorkshopRecord,
  type WorkshopSeries,
  type WorkshopSetup,
} from '../domain/workshop';
import { withSeries } from '../domain/series';
import { problemOf, type SaveProblem } from './scan-machine';

/** The files the trainer can download from the overview. */
export type ExportKind = 'pdf' | 'docx' | 'result' | 'csv' | 'cards';

/** `record`: the workshop as saved, when the store kept participants another tab collected meanwhile. */
export type WorkshopSaveOutcome =
  { ok: true; record?: WorkshopRecord | null } | { ok: false; reason: SaveProblem };

export interface WorkshopSaveInput {
  record: WorkshopRecord;
  /** When this tab last loaded or saved the record: what another tab added later is kept. */
  since: string;
}

/** The other workshops of a series to save: `members` get `series`, other workshops that had it lose it. */
export interface SeriesSaveInput {
  /** The open workshop: saved by `saveWorkshop` with the rest of its changes. */
  workshopId: string;
  series: WorkshopSeries;
  members: readonly string[];
}

export type SeriesSaveOutcome = { ok: true } | { ok: false; reason: SaveProblem };

export interface WorkshopContext {
  /** The open workshop; null while the trainer chooses or sets up a new one. */
  record: WorkshopRecord | null;
  /** Facilitation: the slide shown and how many there are. */
  slide: number;
  slideCount: number;
  /** What happened to each participant of the last `participants.add`, in order. */
  lastOutcomes: AddOutcome[];
  /** While files are read: how many of how many (a large import shows a progress bar). */
  reading: { done: number; total: number } | null;
  /** What happened to each file of the last import, in order; null before the first import. */
  importResults: FileOutcome[] | null;
  /** Why the last save failed; null once a later save succeeds. The change stays in memory. */
  saveError: SaveProblem | null;
  /** When this tab last loaded or saved the record (its `updatedAt` then). */
  syncedAt: string;
  /** The download being made, and how the last one ended. */
  exporting: ExportKind | null;
  exportResult: { kind: ExportKind; ok: boolean } | null;
  /** How the last change of the series ended (the other workshops of the series are saved too); null before one. */
  seriesSave: 'saving' | 'saved' | 'failed' | null;
}

export type WorkshopEvent =
  | { type: 'workshop.new' }
  | { type: 'workshop.open'; record: WorkshopRecord }
  | { type: 'workshop.close' }
  | { type: 'setup.save'; setup: WorkshopSetup }
  | { type: 'nav.back' }
  | { type: 'nav.setup' }
  | { type: 'nav.invite' }
  | { type: 'nav.collect' }
  | { type: 'nav.overview' }
  /** Participants read from QR codes or handed in on this device. */
  | { type: 'participants.add'; participants: Participant[] }
  /** Files picked or dropped by the trainer: read and checked one by one, each with its own outcome. */
  | { type: 'files.import'; files: readonly File[] }
  | { type: 'participant.remove'; id: string }
  | { type: 'export.request'; kind: ExportKind }
  | { type: 'facilitate.start'; slideCount: number }
  | { type: 'slide.next' }
  | { type: 'slide.prev' }
  | { type: 'slide.goto'; index: number }
  | { type: 'facilitate.stop' }
  /** The series view: the trend over the series and where the trainer marks the series. */
  | { type: 'nav.series' }
  /**
   * Puts this workshop in `series` together with the other workshops `members` (ids on this device), or takes it out
   * of its series (`series: null`; the others stay in it).
   */
  | { type: 'series.set'; series: WorkshopSeries | null; members: readonly string[] };

type InternalEvent =
  | { type: 'save.request' }
  | DoneActorEvent<WorkshopSaveOutcome, 'save'>
  | ErrorActorEvent<unknown, 'save'>
  /** From `readFiles`: how many files are read so far, then all of them (or that reading failed). */
  | { type: 'read.progress'; done: number; total: number }
  | { type: 'read.done'; reads: FileRead[] }
  | { type: 'read.failed' }
  | DoneActorEvent<void, 'export'>
  | ErrorActorEvent<unknown, 'export'>
  | DoneActorEvent<SeriesSaveOutcome, 'seriesSave'>
  | ErrorActorEvent<unknown, 'seriesSave'>;

export interface WorkshopInput {
  record: WorkshopRecord | null;
}

export interface ReadFilesInput {
  files: readonly File[];
  setup: WorkshopSetup;
}

const now = () => new Date().toISOString();
const closeEvent = { target: '#workshop.flow.choosing', actions: ['clearRecord', 'forget'] } as const;

/**
 * The trainer's workshop: choose or set up a workshop → invite participants → collect their answers → group
 * overview → facilitation (slides), in the `flow` region. Every change to the record is saved by the `saveWorkshop`
 * actor in the `persistence` region (a later change restarts it, so the last one wins); files are read by
 * `readFiles`, downloads made by `exportFile`. The app provides the store-bound actors; tests provide in-memory ones.
 */
export const workshopMachine = setup({
  types: {
    context: {} as WorkshopContext,
    events: {} as WorkshopEvent | InternalEvent,
    input: {} as WorkshopInput,
  },
  actors: {
    saveWorkshop: fromPromise<WorkshopSaveOutcome, WorkshopSaveInput>(async () => ({
      ok: false,
      reason: 'unavailable',
    })),
    /** Reads and checks each file against the setup (provided by the app with the file readers). */
    readFiles: fromCallback<EventObject, ReadFilesInput>(({ sendBack }) => {
      sendBack({ type: 'read.failed' });
    }),
    exportFile: fromPromise<void, { kind: ExportKind; record: WorkshopRecord }>(async () => {
      throw new Error('exportFile is provided by the app');
    }),
    /** Saves the series on the other workshops (provided by the app with the store). */
    saveSeries: fromPromise<SeriesSaveOutcome, SeriesSaveInput>(async () => ({
      ok: false,
      reason: 'unavailable',
    })),
  },
  actions: {
    /** Provided by the app: no workshop is the current one any more. */
    forget: () => {},
    persist: raise({ type: 'save.request' }),
    clearRecord: assign({
      record: null,
      slide: 0,
      slideCount: 0,
      lastOutcomes: [],
      importResults: null,
      exportResult: null,
    }),
    openRecord: assign(({ event }) =>
      event.type === 'workshop.open'
        ? {
            record: event.record,
            syncedAt: event.record.updatedAt,
            slide: 0,
            lastOutcomes: [],
            importResults: null,
            exportResult: null,
          }
        : {},
    ),
    saveSetup: assign(({ context, event }) => {
      if (event.type !== 'setup.save') return {};
      const at = now();
      if (!context.record) return { record: newWorkshop(event.setup, at) };
      // names are dropped when a workshop becomes anonymous afterwards
      const participants = event.setup.anonymous
        ? context.record.participants.map((p) => ({ ...p, name: '' }))
        : context.record.participants;
      return {
        record: {
          ...context.record,
          setup: { ...event.setup, id: context.record.setup.id },
          participants,
          updatedAt: at,
        },
      };
    }),
    addParticipants: assign(({ context, event }) => {
      if (event.type !== 'participants.add' || !context.record) return {};
      const at = now();
      let record = context.record;
      const lastOutcomes: AddOutcome[] = [];
      for (const p of event.participants) {
        // the workshop decides about names, whatever the participant's app sent
        const r = addParticipant(record, record.setup.anonymous ? { ...p, name: '' } : p, at);
        record = r.record;
        lastOutcomes.push(r.outcome);
      }
      return { record, lastOutcomes };
    }),
    importRead: assign(({ context, event }) => {
      if (event.type !== 'read.done' || !context.record) return {};
      const r = addFileReads(context.record, event.reads, now());
      return { record: r.record, importResults: r.results, reading: null };
    }),
    removeParticipant: assign(({ context, event }) => {
      if (event.type !== 'participant.remove' || !context.record) return {};
      return { record: removeParticipant(context.record, event.id, now()) };
    }),
    startSlides: assign(({ event }) =>
      event.type === 'facilitate.start' ? { slide: 0, slideCount: event.slideCount } : {},
    ),
    nextSlide: assign(({ context }) => ({
      slide: Math.min(context.slide + 1, Math.max(0, context.slideCount - 1)),
    })),
    prevSlide: assign(({ context }) => ({ slide: Math.max(0, context.slide - 1) })),
    gotoSlide: assign(({ context, event }) =>
      event.type === 'slide.goto'
        ? { slide: Math.min(Math.max(0, event.index), Math.max(0, context.slideCount - 1)) }
        : {},
    ),
    saved: assign(({ context, event }) => {
      if (event.type !== 'xstate.done.actor.save' || !event.output.ok) return { saveError: null };
      const merged = event.output.record;
      // the record this tab has now, with what another tab collected meanwhile
      const record = merged && context.record ? { ...merged, setup: context.record.setup } : context.record;
      return { saveError: null, record, syncedAt: record?.updatedAt ?? context.syncedAt };
    }),
    failed: assign((_, params: { reason: SaveProblem }) => ({ saveError: params.reason })),
    setSeries: assign(({ context, event }) => {
      if (event.type !== 'series.set' || !context.record) return {};
      return { record: withSeries(context.record, event.series, now()) };
    }),
  },
  guards: {
    hasRecord: ({ context }) => context.record !== null,
    hasParticipants: ({ context }) => (context.record?.participants.length ?? 0) > 0,
    /** A name and at least one item; once answers came in, the item set cannot change any more. */
    validSetup: ({ context, event }) => {
      if (event.type !== 'setup.save') return false;
      const s = event.setup;
      if (!s.name.trim() || s.items.length === 0) return false;
      const r = context.record;
      if (!r || r.participants.length === 0) return true;
      return r.setup.items.length === s.items.length && r.setup.items.every((id, i) => s.items[i] === id);
    },
    hasSlides: ({ event }) => event.type === 'facilitate.start' && event.slideCount > 0,
    notLastSlide: ({ context }) => context.slide < context.slideCount - 1,
    notFirstSlide: ({ context }) => context.slide > 0,
    hasFiles: ({ event }) => event.type === 'files.import' && event.files.length > 0,
    /** A series needs an id and a name; taking the workshop out of its series needs nothing. */
    validSeries: ({ event }) =>
      event.type === 'series.set' &&
      (event.series === null || (event.series.id.trim() !== '' && event.series.name.trim() !== '')),
    leavesSeries: ({ event }) => event.type === 'series.set' && event.series === null,
  },
}).createMachine({
  id: 'workshop',
  context: ({ input }) => ({
    record: input.record,
    syncedAt: input.record?.updatedAt ?? '',
    slide: 0,
    slideCount: 0,
    lastOutcomes: [],
    importResults: null,
    reading: null,
    saveError: null,
    exporting: null,
    exportResult: null,
    seriesSave: null,
  }),
  type: 'parallel',
  states: {
    flow: {
      initial: 'resuming',
      states: {
        resuming: {
          always: [
            { guard: 'hasParticipants', target: 'overview' },
            { guard: 'hasRecord', target: 'invite' },
            { target: 'choosing' },
          ],
        },
        choosing: {
          on: {
            'workshop.new': { target: 'setup', actions: 'clearRecord' },
            'workshop.open': { target: 'resuming', actions: ['openRecord', 'persist'] },
          },
        },
        setup: {
          on: {
            'setup.save': { guard: 'validSetup', target: 'invite', actions: ['saveSetup', 'persist'] },
            'nav.back': [{ guard: 'hasRecord', target: 'invite' }, { target: 'choosing' }],
          },
        },
        invite: {
          on: {
            'nav.collect': { target: 'collecting' },
            'nav.setup': { target: 'setup' },
            'workshop.close': closeEvent,
          },
        },
        collecting: {
          initial: 'idle',
          on: {
            'participants.add': { actions: ['addParticipants', 'persist'] },
            'participant.remove': { actions: ['removeParticipant', 'persist'] },
            'nav.overview': { guard: 'hasParticipants', target: 'overview' },
            'nav.invite': { target: 'invite' },
            'workshop.close': closeEvent,
          },
          states: {
            idle: {
              on: { 'files.import': { guard: 'hasFiles', target: 'reading' } },
            },
            /** Reading the files; QR codes and turns can still come in meanwhile. */
            reading: {
              entry: spawnChild('readFiles', {
                id: 'read',
                input: ({ context, event }) => ({
                  files: event.type === 'files.import' ? event.files : [],
                  setup: (context.record as WorkshopRecord).setup,
                }),
              }),
              exit: stopChild('read'),
              on: {
                'read.progress': {
                  actions: assign(({ event }) => ({ reading: { done: event.done, total: event.total } })),
                },
                'read.done': { target: 'idle', actions: ['importRead', 'persist'] },
                'read.failed': {
                  target: 'idle',
                  actions: assign({
                    reading: null,
                    importResults: [{ file: '', outcome: 'error', code: 'read', details: [] }],
                  }),
                },
              },
            },
          },
        },
        overview: {
          on: {
            'nav.collect': { target: 'collecting' },
            'nav.series': { target: 'series', actions: assign({ seriesSave: null }) },
            'workshop.close': closeEvent,
            'facilitate.start': { guard: 'hasSlides', target: 'facilitating', actions: 'startSlides' },
            'export.request': {
              guard: ({ context }) => context.exporting === null,
              actions: [
                assign(({ event }) => ({
                  exporting: event.type === 'export.request' ? event.kind : null,
                  exportResult: null,
                })),
                spawnChild('exportFile', {
                  id: 'export',
                  input: ({ context, event }) => ({
                    kind: event.type === 'export.request' ? event.kind : 'csv',
                    record: context.record as WorkshopRecord,
                  }),
                }),
              ],
            },
            'xstate.done.actor.export': {
              actions: assign(({ context }) => ({
                exporting: null,
                exportResult: context.exporting ? { kind: context.exporting, ok: true } : null,
              })),
            },
            'xstate.error.actor.export': {
              actions: assign(({ context }) => ({
                exporting: null,
                exportResult: context.exporting ? { kind: context.exporting, ok: false } : null,
              })),
            },
          },
        },
        facilitating: {
          on: {
            'slide.next': { guard: 'notLastSlide', actions: 'nextSlide' },
            'slide.prev': { guard: 'notFirstSlide', actions: 'prevSlide' },
            'slide.goto': { actions: 'gotoSlide' },
            'facilitate.stop': { target: 'overview' },
          },
        },
        /** The series view; saving a series saves this record (persistence) and the other workshops of the series. */
        series: {
          initial: 'viewing',
          on: {
            'nav.overview': { target: 'overview' },
            'workshop.close': closeEvent,
          },
          states: {
            viewing: {
              on: {
                'series.set': [
                  {
                    guard: 'leavesSeries',
                    actions: ['setSeries', 'persist', assign({ seriesSave: 'saved' })],
                  },
                  {
                    guard: 'validSeries',
                    target: 'saving',
                    actions: ['setSeries', 'persist', assign({ seriesSave: 'saving' })],
                  },
                ],
              },
            },
            saving: {
              entry: spawnChild('saveSeries', {
                id: 'seriesSave',
                input: ({ context, event }) => ({
                  workshopId: (context.record as WorkshopRecord).setup.id,
                  series: event.type === 'series.set' && event.series ? event.series : { id: '', name: '' },
                  members: event.type === 'series.set' ? event.members : [],
                }),
              }),
              exit: stopChild('seriesSave'),
              on: {
                'xstate.done.actor.seriesSave': {
                  target: 'viewing',
                  actions: assign(({ event }) => ({ seriesSave: event.output.ok ? 'saved' : 'failed' })),
                },
                'xstate.error.actor.seriesSave': {
                  target: 'viewing',
                  actions: assign({ seriesSave: 'failed' }),
                },
              },
            },
          },
        },
      },
    },
    persistence: {
      initial: 'idle',
      on: { 'save.request': { guard: 'hasRecord', target: '.saving' } },
      states: {
        idle: {},
        saving: {
          entry: spawnChild('saveWorkshop', {
            id: 'save',
            input: ({ context }) => ({ record: context.record as WorkshopRecord, since: context.syncedAt }),
          }),
          exit: stopChild('save'),
          on: {
            'xstate.done.actor.save': [
              { guard: ({ event }) => event.output.ok, target: 'saved', actions: 'saved' },
              {
                target: 'failed',
                actions: {
                  type: 'failed',
                  params: ({ event }) => ({ reason: problemOf(event.output) }),
                },
              },
            ],
            'xstate.error.actor.save': {
              target: 'failed',
              actions: { type: 'failed', params: { reason: 'unavailable' } },
            },
          },
        },
        saved: {},
        /** The last change is kept in memory only; the screens say so. */
        failed: {},
      },
    },
  },
});

export type WorkshopMachine = typeof workshopMachine;
export type WorkshopActorRef = ActorRefFrom<WorkshopMachine>;
export type WorkshopSnapshot = SnapshotFrom<WorkshopMachine>;

/** The trainer's step: the flow region's state (a collecting substate counts as collecting). */
export const workshopStep = (s: WorkshopSnapshot): string => {
  const flow = s.value.flow;
  return typeof flow === 'string' ? flow : (Object.keys(flow)[0] ?? 'choosing');
};
