import { withOwnQuestions } from '../domain/own-questions';
import {
  and,
  assign,
  enqueueActions,
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
import { selectItems } from '../domain/selection';
import {
  toggleTheme,
  type Action,
  type Baseline,
  type MemoFields,
  type Profile,
  type ScanData,
  type Step,
  type Target,
} from '../domain/scan';
import type { Answer, Content, Role, Scope } from '../domain/types';

/** Why a save did not reach the device's storage. */
export type SaveProblem = 'quota' | 'unavailable';

/** The problem a failed save's outcome is for the screens: the quota, or storage refused (anything else). */
export const problemOf = (output: { ok: boolean; reason?: string }): SaveProblem =>
  !output.ok && output.reason === 'quota' ? 'quota' : 'unavailable';

/** What the `saveScan` actor reports. */
export type SaveOutcome =
  | { ok: true }
  | { ok: false; reason: SaveProblem }
  /** Another tab saved a newer version since `since`: it is returned, not overwritten. */
  | { ok: false; reason: 'newer'; scan: ScanData };

export interface SaveInput {
  scan: ScanData;
  /**
   * `updatedAt` of the newest version this tab loaded or saved. A stored version newer than this (and not this scan)
   * was saved by another tab: the actor must return it instead of overwriting it.
   */
  since: string;
}

export interface WatchInput {
  scanId: string;
}

/** A workshop scan handed in on the trainer's device; then the next participant starts, or the turns end. */
export interface HandInInput {
  scan: ScanData;
  then: 'next' | 'finish';
}

/** `next`: the fresh scan for the next participant (null when the turns end). */
export type HandInOutcome = { ok: true; next: ScanData | null } | { ok: false };

/** What the report and comparison screens change: the cover, the memo, the options, the agenda, the comparison. */
export interface ScanPatch {
  profile?: Partial<Profile>;
  memo?: Partial<MemoFields>;
  appendices?: boolean;
  confidential?: boolean;
  actions?: Action[];
  baseline?: Baseline | null;
  targets?: Record<string, Target>;
}

export interface ScanInput {
  scan: ScanData;
  /** The questionnaire's structure (the same in every language), for branching. */
  content: Content;
}

export interface ScanContext {
  content: Content;
  scan: ScanData;
  /** The ids of the items asked, in order; derived from role, scope and answers (branching). */
  itemIds: string[];
  /** Changes asked to be saved in this session; each change gets the next number. */
  revision: number;
  /** The last revision the store confirmed (0: none yet). */
  savedRevision: number;
  /** Why the last save failed; null once a later save succeeds. The change stays in memory. */
  saveError: SaveProblem | null;
  /** `updatedAt` of the newest version this tab loaded or sent to the store: what another tab's has to beat. */
  latest: string;
  /** How many newer versions saved in another tab were loaded; the screens warn when there was one. */
  adopted: number;
  /** Handing a workshop scan in on the trainer's device: under way, failed, or done (the turns ended). */
  handIn: 'idle' | 'busy' | 'failed' | 'finished';
  /** How many participants handed in on this device since the screen opened. */
  handedIn: number;
}

export type ScanEvent =
  | { type: 'role.set'; role: Role; name?: string }
  | { type: 'profile.set'; profile: Partial<Profile>; name?: string }
  | { type: 'scope.set'; scope: Scope }
  | { type: 'answer.set'; itemId: string; answer: Answer }
  | { type: 'answer.clear'; itemId: string }
  | { type: 'priority.toggle'; itemId: string }
  | { type: 'item.skip' }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | { type: 'nav.goto'; index: number }
  | { type: 'nav.overview' }
  | { type: 'nav.check' }
  | { type: 'nav.scope' }
  | { type: 'nav.finish' }
  | { type: 'reflection.theme'; moduleId: string }
  | { type: 'reflection.notes'; notes: string }
  | { type: 'scan.patch'; patch: ScanPatch }
  /** A version of this scan saved elsewhere (another tab); adopted when it is newer than what this tab has. */
  | { type: 'scan.newer'; scan: ScanData }
  /** On the trainer's device: the answers go into the workshop, and the next participant starts or the turns end. */
  | { type: 'handIn'; then: 'next' | 'finish' };

/** Raised after every change, so the persistence region (re)starts the save; and the save's outcome. */
type InternalEvent =
  | { type: 'save.request' }
  | DoneActorEvent<SaveOutcome, 'save'>
  | ErrorActorEvent<unknown, 'save'>
  | DoneActorEvent<HandInOutcome, 'handIn'>
  | ErrorActorEvent<unknown, 'handIn'>;

function itemIdsFor(content: Content, scan: ScanData): string[] {
  if (!scan.role || !scan.scope) return [];
  const asked = withOwnQuestions(content, scan.workshop?.own);
  return selectItems(asked, scan.role, scan.scope, scan.answers).map((i) => i.id);
}

const touch = (scan: ScanData, patch: Partial<ScanData>): ScanData => ({
  ...scan,
  ...patch,
  updatedAt: new Date().toISOString(),
});

function applyPatch(scan: ScanData, patch: ScanPatch): ScanData {
  const { profile, memo, ...rest } = patch;
  return touch(scan, {
    ...rest,
    ...(profile ? { profile: { ...scan.profile, ...profile } } : {}),
    ...(memo ? { memo: { ...scan.memo, ...memo } } : {}),
  });
}

/**
 * Every change to one scan: the guided self-scan (role → scope → questions, with overview → completeness check →
 * reflection → done) in the `flow` region, and what the report and comparison screens change (`scan.patch`).
 * After each change the `persistence` region saves through the `saveScan` actor, restarted by a later change so the
 * last one wins; `watchOtherTabs` reports versions saved in another tab, and a newer one is adopted, never
 * overwritten. The app provides both actors with its store; tests provide in-memory ones.
 */
export const scanMachine = setup({
  types: {
    context: {} as ScanContext,
    events: {} as ScanEvent | InternalEvent,
    input: {} as ScanInput,
  },
  actors: {
    // provided by the app with its store; the defaults keep nothing
    saveScan: fromPromise<SaveOutcome, SaveInput>(async () => ({ ok: false, reason: 'unavailable' })),
    watchOtherTabs: fromCallback<EventObject, WatchInput>(() => () => {}),
    handIn: fromPromise<HandInOutcome, HandInInput>(async () => ({ ok: false })),
  },
  actions: {
    persist: enqueueActions(({ enqueue, context }) => {
      // handed in: the scan was removed from the device and must not come back
      if (context.handIn === 'finished') return;
      enqueue.assign({ revision: ({ context }) => context.revision + 1 });
      enqueue.raise({ type: 'save.request' });
    }),
    setRole: assign(({ context, event }) => {
      if (event.type !== 'role.set') return {};
      const scan = touch(context.scan, {
        role: event.role,
        ...(event.name !== undefined ? { name: event.name } : {}),
      });
      return { scan, itemIds: itemIdsFor(context.content, scan) };
    }),
    setProfile: assign(({ context, event }) => {
      if (event.type !== 'profile.set') return {};
      return {
        scan: touch(context.scan, {
          profile: { ...context.scan.profile, ...event.profile },
          ...(event.name !== undefined ? { name: event.name } : {}),
        }),
      };
    }),
    patch: assign(({ context, event }) =>
      event.type === 'scan.patch' ? { scan: applyPatch(context.scan, event.patch) } : {},
    ),
    setScope: assign(({ context, event }) => {
      if (event.type !== 'scope.set') return {};
      const scan = touch(context.scan, { scope: event.scope, index: 0 });
      return { scan, itemIds: itemIdsFor(context.content, scan) };
    }),
    setAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.set') return {};
      const scan = touch(context.scan, {
        answers: { ...context.scan.answers, [event.itemId]: event.answer },
        skipped: context.scan.skipped.filter((id) => id !== event.itemId),
        notice: answeredNotice(context.scan.notice, event.itemId),
      });
      const itemIds = itemIdsFor(context.content, scan);
      const currentId = context.itemIds[context.scan.index];
      const index = currentId ? Math.max(0, itemIds.indexOf(currentId)) : scan.index;
      return { scan: { ...scan, index }, itemIds };
    }),
    clearAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.clear') return {};
      const answers = { ...context.scan.answers };
      delete answers[event.itemId];
      const scan = touch(context.scan, { answers });
      return { scan, itemIds: itemIdsFor(context.content, scan) };
    }),
    togglePriority: assign(({ context, event }) => {
      if (event.type !== 'priority.toggle') return {};
      const p = context.scan.priorities;
      const priorities = p.includes(event.itemId)
        ? p.filter((id) => id !== event.itemId)
        : [...p, event.itemId];
      return { scan: touch(context.scan, { priorities }) };
    }),
    markSkipped: assign(({ context }) => {
      const id = context.itemIds[context.scan.index];
      if (!id || context.scan.skipped.includes(id)) return {};
      return { scan: touch(context.scan, { skipped: [...context.scan.skipped, id] }) };
    }),
    next: assign(({ context }) => ({ scan: touch(context.scan, { index: context.scan.index + 1 }) })),
    back: assign(({ context }) => ({ scan: touch(context.scan, { index: context.scan.index - 1 }) })),
    goto: assign(({ context, event }) => {
      if (event.type !== 'nav.goto') return {};
      const index = Math.min(Math.max(0, event.index), Math.max(0, context.itemIds.length - 1));
      return { scan: touch(context.scan, { index }) };
    }),
    toLastItem: assign(({ context }) => ({
      scan: touch(context.scan, { index: Math.max(0, context.itemIds.length - 1) }),
    })),
    toggleTheme: assign(({ context, event }) => {
      if (event.type !== 'reflection.theme') return {};
      const themes = toggleTheme(context.scan.reflection.themes, event.moduleId);
      return { scan: touch(context.scan, { reflection: { ...context.scan.reflection, themes } }) };
    }),
    setNotes: assign(({ context, event }) => {
      if (event.type !== 'reflection.notes') return {};
      return {
        scan: touch(context.scan, { reflection: { ...context.scan.reflection, notes: event.notes } }),
      };
    }),
    // resuming at the same step changes nothing (so reopening a scan does not make it look newer)
    setStep: assign(({ context }, params: { step: Step }) =>
      context.scan.step === params.step ? {} : { scan: touch(context.scan, { step: params.step }) },
    ),
    adopt: assign(({ context, event }) => {
      if (event.type !== 'scan.newer') return {};
      return {
        scan: event.scan,
        itemIds: itemIdsFor(context.content, event.scan),
        latest: event.scan.updatedAt,
        adopted: context.adopted + 1,
      };
    }),
    nextParticipant: assign(({ context, event }) => {
      if (event.type !== 'xstate.done.actor.handIn' || !event.output.ok || !event.output.next) return {};
      const scan = event.output.next;
      return {
        scan,
        itemIds: itemIdsFor(context.content, scan),
        latest: scan.updatedAt,
        handIn: 'idle' as const,
        handedIn: context.handedIn + 1,
      };
    }),
    watch: spawnChild('watchOtherTabs', {
      id: 'watch',
      input: ({ context }) => ({ scanId: context.scan.id }),
    }),
    sent: assign(({ context }) => ({ latest: context.scan.updatedAt })),
    saved: assign(({ context }) => ({ savedRevision: context.revision, saveError: null })),
    failed: assign((_, params: { reason: SaveProblem }) => ({ saveError: params.reason })),
    adoptFromStore: raise((_, params: { scan: ScanData }) => ({
      type: 'scan.newer' as const,
      scan: params.scan,
    })),
  },
  guards: {
    hasRole: ({ context }) => context.scan.role !== null,
    isWorkshopScan: ({ context }) =>
      context.scan.workshop !== null &&
      context.scan.role !== null &&
      context.scan.scope?.kind === 'items' &&
      context.itemIds.length > 0,
    hasScope: ({ context }) => context.scan.scope !== null && context.itemIds.length > 0,
    isLastItem: ({ context }) => context.scan.index >= context.itemIds.length - 1,
    isFirstItem: ({ context }) => context.scan.index <= 0,
    stepIs: ({ context }, params: { step: Step }) => context.scan.step === params.step,
    isNewer: ({ context, event }) =>
      event.type === 'scan.newer' &&
      event.scan.id === context.scan.id &&
      event.scan.updatedAt > context.latest,
  },
}).createMachine({
  id: 'scan',
  context: ({ input }) => ({
    content: input.content,
    scan: input.scan,
    itemIds: itemIdsFor(input.content, input.scan),
    revision: 0,
    savedRevision: 0,
    saveError: null,
    latest: input.scan.updatedAt,
    adopted: 0,
    handIn: 'idle',
    handedIn: 0,
  }),
  entry: 'watch',
  type: 'parallel',
  on: {
    'scan.patch': { actions: ['patch', 'persist'] },
  },
  states: {
    flow: {
      initial: 'resuming',
      on: {
        // another tab's newer version replaces ours, and the flow resumes at its step
        'scan.newer': { guard: 'isNewer', actions: 'adopt', target: '.resuming' },
      },
      states: {
        resuming: {
          always: [
            { guard: { type: 'stepIs', params: { step: 'done' } }, target: 'done' },
            { guard: { type: 'stepIs', params: { step: 'reflection' } }, target: 'reflection' },
            { guard: { type: 'stepIs', params: { step: 'check' } }, target: 'check' },
            { guard: { type: 'stepIs', params: { step: 'overview' } }, target: 'overview' },
            { guard: { type: 'stepIs', params: { step: 'questions' } }, target: 'questions' },
            { guard: { type: 'stepIs', params: { step: 'scope' } }, target: 'scope' },
            { target: 'role' },
          ],
        },
        role: {
          entry: [{ type: 'setStep', params: { step: 'role' } }, 'persist'],
          on: {
            'role.set': { actions: ['setRole', 'persist'] },
            'profile.set': { actions: ['setProfile', 'persist'] },
            'nav.next': [
              // a workshop's questions are fixed: nothing to choose, on to the first question
              { guard: 'isWorkshopScan', target: 'questions' },
              { guard: 'hasRole', target: 'scope' },
            ],
          },
        },
        scope: {
          entry: [{ type: 'setStep', params: { step: 'scope' } }, 'persist'],
          on: {
            'scope.set': { actions: ['setScope', 'persist'] },
            'nav.next': { guard: 'hasScope', target: 'questions' },
            'nav.back': { target: 'role' },
          },
        },
        questions: {
          entry: [{ type: 'setStep', params: { step: 'questions' } }, 'persist'],
          on: {
            'answer.set': { actions: ['setAnswer', 'persist'] },
            'answer.clear': { actions: ['clearAnswer', 'persist'] },
            'priority.toggle': { actions: ['togglePriority', 'persist'] },
            'item.skip': [
              { guard: 'isLastItem', actions: ['markSkipped'], target: 'check' },
              { actions: ['markSkipped', 'next', 'persist'] },
            ],
            'nav.next': [{ guard: 'isLastItem', target: 'check' }, { actions: ['next', 'persist'] }],
            'nav.back': [
              { guard: and(['isFirstItem', 'isWorkshopScan']), target: 'role' },
              { guard: 'isFirstItem', target: 'scope' },
              { actions: ['back', 'persist'] },
            ],
            'nav.overview': { target: 'overview' },
          },
        },
        overview: {
          entry: [{ type: 'setStep', params: { step: 'overview' } }, 'persist'],
          on: {
            'nav.goto': { actions: ['goto'], target: 'questions' },
            'nav.back': { target: 'questions' },
            'nav.check': { target: 'check' },
            'nav.scope': { target: 'scope' },
          },
        },
        check: {
          entry: [{ type: 'setStep', params: { step: 'check' } }, 'persist'],
          on: {
            'nav.goto': { actions: ['goto'], target: 'questions' },
            'nav.back': { actions: ['toLastItem'], target: 'questions' },
            'nav.overview': { target: 'overview' },
            'nav.next': { target: 'reflection' },
          },
        },
        reflection: {
          entry: [{ type: 'setStep', params: { step: 'reflection' } }, 'persist'],
          on: {
            'reflection.theme': { actions: ['toggleTheme', 'persist'] },
            'reflection.notes': { actions: ['setNotes', 'persist'] },
            'nav.back': { target: 'check' },
            'nav.finish': { target: 'done' },
          },
        },
        done: {
          entry: [{ type: 'setStep', params: { step: 'done' } }, 'persist'],
          on: {
            'nav.back': { target: 'reflection' },
            'nav.overview': { target: 'overview' },
            handIn: {
              guard: ({ context }) => context.scan.workshop !== null && context.handIn !== 'busy',
              actions: [
                assign({ handIn: 'busy' }),
                spawnChild('handIn', {
                  id: 'handIn',
                  input: ({ context, event }) => ({
                    scan: context.scan,
                    then: event.type === 'handIn' ? event.then : 'finish',
                  }),
                }),
              ],
            },
            'xstate.done.actor.handIn': [
              {
                guard: ({ event }) => event.output.ok && event.output.next !== null,
                target: 'resuming',
                actions: ['nextParticipant', stopChild('watch'), 'watch', 'persist'],
              },
              {
                guard: ({ event }) => event.output.ok,
                actions: assign(({ context }) => ({
                  handIn: 'finished' as const,
                  handedIn: context.handedIn + 1,
                })),
              },
              { actions: assign({ handIn: 'failed' }) },
            ],
            'xstate.error.actor.handIn': { actions: assign({ handIn: 'failed' }) },
          },
        },
      },
    },
    persistence: {
      initial: 'idle',
      on: {
        // a later change restarts the save: the last change always wins
        'save.request': { target: '.saving' },
      },
      states: {
        idle: {},
        saving: {
          // spawned rather than invoked, so the flow can also be walked as a test model (xstate/graph)
          entry: [
            spawnChild('saveScan', {
              id: 'save',
              input: ({ context }) => ({ scan: context.scan, since: context.latest }),
            }),
            // from now on a version in the store older than this one is ours (a save may be restarted)
            'sent',
          ],
          exit: stopChild('save'),
          on: {
            'xstate.done.actor.save': [
              { guard: ({ event }) => event.output.ok, target: 'saved', actions: 'saved' },
              {
                guard: ({ event }) => !event.output.ok && event.output.reason === 'newer',
                target: 'idle',
                actions: {
                  type: 'adoptFromStore',
                  params: ({ context, event }) => ({
                    scan:
                      !event.output.ok && event.output.reason === 'newer' ? event.output.scan : context.scan,
                  }),
                },
              },
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

/** The notice of questions to answer again, without the one just answered (none left: no notice). */
function answeredNotice(notice: ScanData['notice'], itemId: string): ScanData['notice'] {
  if (!notice) return null;
  const toAnswer = notice.toAnswer.filter((id) => id !== itemId);
  return toAnswer.length ? { toAnswer } : null;
}

export type ScanMachine = typeof scanMachine;
export type ScanActorRef = ActorRefFrom<ScanMachine>;
export type ScanSnapshot = SnapshotFrom<ScanMachine>;

/** The step of the guided scan the snapshot is at. */
export const stepOf = (s: ScanSnapshot) => s.value.flow;
