import { assign, setup } from 'xstate';
import {
  addParticipant,
  newWorkshop,
  removeParticipant,
  type AddOutcome,
  type Participant,
  type WorkshopRecord,
  type WorkshopSetup,
} from '../domain/workshop';

export interface WorkshopContext {
  /** The open workshop; null while the trainer chooses or sets up a new one. */
  record: WorkshopRecord | null;
  /** Facilitation: the slide shown and how many there are. */
  slide: number;
  slideCount: number;
  /** What happened to each participant of the last `participants.add`, in order. */
  lastOutcomes: AddOutcome[];
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
  | { type: 'participants.add'; participants: Participant[] }
  | { type: 'participant.remove'; id: string }
  | { type: 'facilitate.start'; slideCount: number }
  | { type: 'slide.next' }
  | { type: 'slide.prev' }
  | { type: 'slide.goto'; index: number }
  | { type: 'facilitate.stop' };

export interface WorkshopMachineDeps {
  now: () => string;
}

/**
 * The trainer's workshop: choose or set up a workshop → invite participants → collect their answers → group
 * overview → facilitation (slides). Every change to the workshop record is followed by `persist`, which the app
 * provides with the storage adapter.
 */
export function createWorkshopMachine(deps: WorkshopMachineDeps = { now: () => new Date().toISOString() }) {
  return setup({
    types: {
      context: {} as WorkshopContext,
      events: {} as WorkshopEvent,
      input: {} as { record: WorkshopRecord | null },
    },
    actions: {
      persist: () => {
        /* provided by the app: saves context.record and remembers it as the current workshop */
      },
      forget: () => {
        /* provided by the app: no current workshop */
      },
      clearRecord: assign({ record: null, slide: 0, slideCount: 0, lastOutcomes: [] }),
      openRecord: assign(({ event }) =>
        event.type === 'workshop.open' ? { record: event.record, slide: 0, lastOutcomes: [] } : {},
      ),
      saveSetup: assign(({ context, event }) => {
        if (event.type !== 'setup.save') return {};
        const now = deps.now();
        if (!context.record) return { record: newWorkshop(event.setup, now) };
        // names are dropped when a workshop becomes anonymous afterwards
        const participants = event.setup.anonymous
          ? context.record.participants.map((p) => ({ ...p, name: '' }))
          : context.record.participants;
        return {
          record: {
            ...context.record,
            setup: { ...event.setup, id: context.record.setup.id },
            participants,
            updatedAt: now,
          },
        };
      }),
      addParticipants: assign(({ context, event }) => {
        if (event.type !== 'participants.add' || !context.record) return {};
        const now = deps.now();
        let record = context.record;
        const lastOutcomes: AddOutcome[] = [];
        for (const p of event.participants) {
          // the workshop decides about names, whatever the participant's app sent
          const r = addParticipant(record, record.setup.anonymous ? { ...p, name: '' } : p, now);
          record = r.record;
          lastOutcomes.push(r.outcome);
        }
        return { record, lastOutcomes };
      }),
      removeParticipant: assign(({ context, event }) => {
        if (event.type !== 'participant.remove' || !context.record) return {};
        return { record: removeParticipant(context.record, event.id, deps.now()) };
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
    },
    guards: {
      hasRecord: ({ context }) => context.record !== null,
      hasParticipants: ({ context }) => (context.record?.participants.length ?? 0) > 0,
      noParticipants: ({ context }) => (context.record?.participants.length ?? 0) === 0,
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
    },
  }).createMachine({
    id: 'workshop',
    context: ({ input }) => ({ record: input.record, slide: 0, slideCount: 0, lastOutcomes: [] }),
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
          'workshop.close': { target: 'choosing', actions: ['clearRecord', 'forget'] },
        },
      },
      collecting: {
        on: {
          'participants.add': { actions: ['addParticipants', 'persist'] },
          'participant.remove': { actions: ['removeParticipant', 'persist'] },
          'nav.overview': { guard: 'hasParticipants', target: 'overview' },
          'nav.invite': { target: 'invite' },
          'workshop.close': { target: 'choosing', actions: ['clearRecord', 'forget'] },
        },
      },
      overview: {
        on: {
          'nav.collect': { target: 'collecting' },
          'workshop.close': { target: 'choosing', actions: ['clearRecord', 'forget'] },
          'facilitate.start': { guard: 'hasSlides', target: 'facilitating', actions: 'startSlides' },
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
    },
  });
}

export type WorkshopMachine = ReturnType<typeof createWorkshopMachine>;
