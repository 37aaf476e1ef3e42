import { assign, setup } from 'xstate';
import { selectItems } from '../domain/selection';
import { toggleTheme, type Profile, type ScanData, type Step } from '../domain/scan';
import type { Answer, Content, Role, Scope } from '../domain/types';

export interface ScanContext {
  scan: ScanData;
  /** The ids of the items asked, in order; derived from role, scope and answers (branching). */
  itemIds: string[];
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
  | { type: 'reflection.notes'; notes: string };

export interface ScanMachineDeps {
  now: () => string;
}

function itemIdsFor(content: Content, scan: ScanData): string[] {
  if (!scan.role || !scan.scope) return [];
  return selectItems(content, scan.role, scan.scope, scan.answers).map((i) => i.id);
}

/**
 * The guided self-scan: role → scope → questions (with overview) → completeness check → reflection → done.
 * Every change is followed by the `persist` action, which the app provides with the storage adapter.
 */
export function createScanMachine(
  content: Content,
  deps: ScanMachineDeps = { now: () => new Date().toISOString() },
) {
  const touch = (scan: ScanData, patch: Partial<ScanData>): ScanData => ({
    ...scan,
    ...patch,
    updatedAt: deps.now(),
  });

  return setup({
    types: {
      context: {} as ScanContext,
      events: {} as ScanEvent,
      input: {} as { scan: ScanData },
    },
    actions: {
      persist: () => {
        /* provided by the app: saves context.scan */
      },
      setRole: assign(({ context, event }) => {
        if (event.type !== 'role.set') return {};
        const scan = touch(context.scan, {
          role: event.role,
          ...(event.name !== undefined ? { name: event.name } : {}),
        });
        return { scan, itemIds: itemIdsFor(content, scan) };
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
      setScope: assign(({ context, event }) => {
        if (event.type !== 'scope.set') return {};
        const scan = touch(context.scan, { scope: event.scope, index: 0 });
        return { scan, itemIds: itemIdsFor(content, scan) };
      }),
      setAnswer: assign(({ context, event }) => {
        if (event.type !== 'answer.set') return {};
        const scan = touch(context.scan, {
          answers: { ...context.scan.answers, [event.itemId]: event.answer },
          skipped: context.scan.skipped.filter((id) => id !== event.itemId),
          notice: answeredNotice(context.scan.notice, event.itemId),
        });
        const itemIds = itemIdsFor(content, scan);
        const currentId = context.itemIds[context.scan.index];
        const index = currentId ? Math.max(0, itemIds.indexOf(currentId)) : scan.index;
        return { scan: { ...scan, index }, itemIds };
      }),
      clearAnswer: assign(({ context, event }) => {
        if (event.type !== 'answer.clear') return {};
        const answers = { ...context.scan.answers };
        delete answers[event.itemId];
        const scan = touch(context.scan, { answers });
        return { scan, itemIds: itemIdsFor(content, scan) };
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
    },
    guards: {
      hasRole: ({ context }) => context.scan.role !== null,
      hasScope: ({ context }) => context.scan.scope !== null && context.itemIds.length > 0,
      isLastItem: ({ context }) => context.scan.index >= context.itemIds.length - 1,
      isFirstItem: ({ context }) => context.scan.index <= 0,
      stepIs: ({ context }, params: { step: Step }) => context.scan.step === params.step,
    },
  }).createMachine({
    id: 'scan',
    context: ({ input }) => ({ scan: input.scan, itemIds: itemIdsFor(content, input.scan) }),
    initial: 'resuming',
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
          'nav.next': { guard: 'hasRole', target: 'scope' },
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
          'nav.back': [{ guard: 'isFirstItem', target: 'scope' }, { actions: ['back', 'persist'] }],
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
        },
      },
    },
  });
}

/** The notice of questions to answer again, without the one just answered (none left: no notice). */
function answeredNotice(notice: ScanData['notice'], itemId: string): ScanData['notice'] {
  if (!notice) return null;
  const toAnswer = notice.toAnswer.filter((id) => id !== itemId);
  return toAnswer.length ? { toAnswer } : null;
}

export type ScanMachine = ReturnType<typeof createScanMachine>;
