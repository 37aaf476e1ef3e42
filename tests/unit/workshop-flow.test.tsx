import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestModel } from 'xstate/graph';
import { getContent } from '../../src/content/bundle';
import { newWorkshop, type Participant, type WorkshopSetup } from '../../src/domain/workshop';
import { initI18n } from '../../src/i18n/i18n';
import { workshopMachine as machine, workshopStep } from '../../src/machines/workshop-machine';
import { wrap } from '../../src/storage/envelope';
import { defaultStorage } from '../../src/storage/scan-store';
import { participantScan } from '../../src/storage/invitation';
import { WorkshopStore } from '../../src/storage/workshop-store';
import WorkshopApp from '../../src/ui/workshop/workshop-app';
import { transitionPaths } from '../fixtures/transition-paths';
import { serializeWorkshop, WORKSHOP_STEPS, workshopEvents } from '../fixtures/workshop-model';

// The trainer's workshop flow, model-based: the shortest path to every state of the workshop machine, replayed
// through the real screens with Testing Library (as tests/unit/scan-flow.test.tsx does for the scan).

const content = getContent('nl');
const NOW = '2026-11-23T12:00:00.000Z';
// a dilemma in the set, so the slides are: title, the dilemma, the end (three, as the model assumes)
const ITEMS = ['ver.anker', 'ver.college-raad', 'ver.dilemma-boegbeeld'];
const saved: WorkshopSetup = {
  id: 'ws-opgeslagen',
  name: 'Sessie A',
  date: '2026-11-23',
  anonymous: false,
  items: ITEMS,
};
const person: Participant = {
  id: 'p1',
  role: 'bestuurder',
  name: 'Anna',
  answers: {
    'ver.anker': { kind: 'scale', value: 4 },
    'ver.dilemma-boegbeeld': { kind: 'dilemma', now: -1, desired: 2 },
  },
  source: 'file',
  receivedAt: NOW,
  updatedAt: NOW,
};

const events = workshopEvents(saved, person, NOW);
const serializeState = serializeWorkshop;
const traversal = { events, input: { record: null }, serializeState };
const model = createTestModel(machine, traversal);

const HEADINGS: Record<string, RegExp> = {
  choosing: /^Workshop$/u,
  setup: /^Workshop (klaarzetten|aanpassen)$/u,
  invite: /^Deelnemers uitnodigen$/u,
  collecting: /^Antwoorden verzamelen$/u,
  overview: /^Groepsoverzicht$/u,
};

const EXPECTED_PATHS = 33;

const step = () => document.querySelector('[data-step]')?.getAttribute('data-step') ?? '';

/** The answers file of participant "Anna" for the workshop the screens have open. */
function participantFile(): File {
  const { storage } = defaultStorage();
  const store = new WorkshopStore(storage, content.contentVersion, content);
  const setup = store.load(store.currentId() as string)?.setup as WorkshopSetup;
  const scan = {
    ...participantScan(setup, 'p1', NOW),
    role: 'bestuurder' as const,
    step: 'done' as const,
    answers: person.answers,
    profile: { gemeente: '', wijk: '', naam: 'Anna' },
  };
  return new File([JSON.stringify(wrap(scan, content.contentVersion, NOW))], 'anna.json', {
    type: 'application/json',
  });
}

describe('workshop flow (model-based, through the screens)', () => {
  beforeAll(() => {
    initI18n('nl');
  });
  beforeEach(() => {
    // a saved workshop on this device, for "workshop.open"
    const { storage } = defaultStorage();
    new WorkshopStore(storage, content.contentVersion, content).save(newWorkshop(saved, NOW));
  });

  const paths = transitionPaths(machine, traversal);

  it('covers every transition of the trainer flow with a fixed number of paths', () => {
    // a new state or transition changes this number: add its UI step below and update the count
    expect(paths.length).toBe(EXPECTED_PATHS);
    const reached = new Set(paths.map((p) => workshopStep(p.state)));
    expect([...reached].sort()).toEqual(WORKSHOP_STEPS);
  });

  for (const path of paths) {
    const name = `${
      path.steps
        .map((s) => s.event.type)
        .slice(1)
        .join(' → ') || '(start)'
    } ⇒ ${serializeState(path.state)}`;
    it(`via the screens: ${name}`, async () => {
      const user = userEvent.setup();
      render(<WorkshopApp />);
      await model.testPath(path, {
        states: {
          '*': async (state) => {
            const value = workshopStep(state);
            expect(step()).toBe(value);
            if (HEADINGS[value])
              expect(screen.getByRole('heading', { level: 1, name: HEADINGS[value] })).toBeInTheDocument();
            if (value === 'collecting') {
              // files are read asynchronously: the count appears once they are in
              expect(
                await screen.findByRole('heading', {
                  name: `Ingelezen deelnemers: ${state.context.record?.participants.length ?? 0}`,
                }),
              ).toBeInTheDocument();
            }
            if (value === 'facilitating') {
              const dialog = screen.getByRole('dialog', { name: 'Presentatie van de workshop' });
              expect(dialog).toHaveTextContent(`Dia ${state.context.slide + 1} van 3`);
            }
          },
        },
        events: {
          'workshop.new': async () =>
            user.click(screen.getByRole('button', { name: 'Nieuwe workshop klaarzetten' })),
          'workshop.open': async () => user.click(screen.getByRole('button', { name: 'Openen: Sessie A' })),
          'workshop.close': async () =>
            user.click(screen.getByRole('button', { name: 'Andere workshop kiezen' })),
          'setup.save': async () => {
            const field = screen.getByLabelText('Naam van de workshop');
            if (!(field as HTMLInputElement).value) await user.type(field, 'Sessie B');
            await user.click(screen.getByRole('button', { name: 'Opslaan en uitnodigen' }));
          },
          'nav.back': async () => user.click(screen.getByRole('button', { name: 'Terug' })),
          'nav.setup': async () => user.click(screen.getByRole('button', { name: 'Workshop aanpassen' })),
          'nav.invite': async () =>
            user.click(screen.getByRole('button', { name: 'Terug naar de uitnodiging' })),
          'nav.collect': async () =>
            user.click(
              screen.getByRole('button', {
                name: step() === 'overview' ? 'Meer antwoorden inlezen' : 'Verder: antwoorden verzamelen',
              }),
            ),
          'nav.overview': async () =>
            user.click(screen.getByRole('button', { name: 'Naar het groepsoverzicht' })),
          'participants.add': async () =>
            user.upload(screen.getByLabelText('Antwoordbestanden kiezen'), participantFile()),
          'participant.remove': async () =>
            user.click(screen.getByRole('button', { name: 'Verwijderen: Anna' })),
          'facilitate.start': async () =>
            user.click(screen.getByRole('button', { name: 'Presentatie starten' })),
          'slide.next': async () => user.keyboard('{ArrowRight}'),
          'slide.prev': async () => user.keyboard('{ArrowLeft}'),
          'slide.goto': async () => user.keyboard('{End}'),
          'facilitate.stop': async () => user.keyboard('{Escape}'),
        },
      });
    });
  }
});
