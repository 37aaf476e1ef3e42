import { describe, expect, it, beforeAll } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestModel } from 'xstate/graph';
import { createActor, type SnapshotFrom } from 'xstate';
import { fromPromise } from 'xstate';
import { scanMachine, type ScanEvent } from '../../src/machines/scan-machine';
import { getContent } from '../../src/content/bundle';
import { newScan } from '../../src/domain/scan';
import type { Answer, Item } from '../../src/domain/types';
import { initI18n } from '../../src/i18n/i18n';
import ScanApp from '../../src/ui/scan/scan-app';
import { transitionPaths } from '../fixtures/transition-paths';

const content = getContent('nl');
const machine = scanMachine;
const firstQuick = content.paths.bestuurder.quick[0] as string;
const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));

/** The answer the UI gives by clicking the strongest choice (‘Helemaal wel’, ‘Altijd’, ‘Ja’); none for other types. */
function strongest(item: Item): Answer | null {
  if (item.type === 'likert' || item.type === 'frequency') return { kind: 'scale', value: 5 };
  if (item.type === 'instrument') return { kind: 'instrument', value: 'ja' };
  return null;
}

/** Events the model may take in a state; each is replayed through the UI by `exec` below. */
function events(s: Snap): ScanEvent[] {
  const currentId = s.value.flow === 'questions' ? s.context.itemIds[s.context.scan.index] : undefined;
  const item = currentId ? byId.get(currentId) : undefined;
  const answer = item ? strongest(item) : null;
  return [
    { type: 'role.set', role: 'bestuurder' },
    { type: 'scope.set', scope: { kind: 'quick' } },
    { type: 'nav.next' },
    { type: 'nav.back' },
    // the question that is current in the model, which is the one the UI shows
    ...(item && answer
      ? ([
          { type: 'answer.set', itemId: item.id, answer },
          { type: 'priority.toggle', itemId: item.id },
        ] as const)
      : []),
    { type: 'item.skip' },
    { type: 'nav.overview' },
    { type: 'nav.check' },
    { type: 'nav.scope' },
    { type: 'nav.goto', index: 0 },
    { type: 'reflection.theme', moduleId: 'ver' },
    { type: 'nav.finish' },
  ];
}

type Snap = SnapshotFrom<typeof machine>;
// the flow's shape: which step, whether role and scope are chosen, whether we are at the first question, and the
// answers given (saving runs beside the flow and is left out)
const serializeState = (s: Snap) =>
  JSON.stringify([
    s.value.flow,
    s.context.scan.role !== null,
    s.context.scan.scope !== null,
    s.context.scan.index === 0,
    s.context.scan.answers,
  ]);
const traversal = {
  events,
  input: { scan: newScan('model', '2026-11-23T10:00:00.000Z'), content },
  serializeState,
};
const model = createTestModel(machine, traversal);

/** Self-loops that count as transitions, since they change what is saved (an answer, a priority mark, a theme). */
const savingLoops = new Set(['answer.set', 'priority.toggle', 'reflection.theme', 'item.skip', 'nav.goto']);

const STEP_HEADINGS: Record<string, RegExp> = {
  role: /^Wie bent u\?$/u,
  scope: /^Hoe uitgebreid\?$/u,
  overview: /^Overzicht$/u,
  check: /^Controle$/u,
  reflection: /^Reflectie$/u,
  done: /^Klaar$/u,
};

function storedAnswers(): unknown {
  const id = localStorage.getItem('zelfscan:current');
  const saved = JSON.parse(localStorage.getItem(`zelfscan:scan:${id}`) ?? '{}') as {
    scan?: { answers?: unknown };
  };
  return saved.scan?.answers ?? {};
}

function currentStep(): string {
  return document.querySelector('[data-step]')?.getAttribute('data-step') ?? '';
}

const EXPECTED_PATHS = 224;

const NEXT_BUTTON: Record<string, RegExp> = {
  role: /^Volgende$/u,
  scope: /^Begin met de vragen$/u,
  questions: /^(Volgende|Naar de controle)$/u,
  check: /^Verder naar de reflectie$/u,
};

describe('scan flow (model-based)', () => {
  beforeAll(() => {
    initI18n('nl');
  });
  const paths = transitionPaths(machine, traversal, (e) => savingLoops.has(e.type));

  it('covers every state and transition of the flow with a fixed number of paths', () => {
    // a new state or transition changes this number: add its UI step below and update the count
    expect(paths.length).toBe(EXPECTED_PATHS);
    const reached = new Set(paths.flatMap((p) => p.steps.map((st) => JSON.stringify(st.state.value.flow))));
    for (const s of ['role', 'scope', 'questions', 'overview', 'check', 'reflection', 'done'])
      expect(reached).toContain(JSON.stringify(s));
  });

  for (const path of paths) {
    const name = `${path.steps
      .map((s) => s.event.type)
      .slice(1)
      .join(' → ')} ⇒ ${path.state.value.flow}`;
    it(`via the UI: ${name}`, async () => {
      const user = userEvent.setup();
      render(<ScanApp />);
      await model.testPath(path, {
        states: {
          '*': (state) => {
            const step = state.value.flow;
            expect(currentStep()).toBe(step);
            if (STEP_HEADINGS[step])
              expect(
                screen.getByRole('heading', { level: 1, name: STEP_HEADINGS[step] }),
              ).toBeInTheDocument();
            if (step === 'questions') expect(screen.getByText(/^Vraag \d+ van \d+/u)).toBeInTheDocument();
            // the UI answered the same questions as the model, and saved them
            expect(storedAnswers()).toEqual(state.context.scan.answers);
          },
        },
        events: {
          'role.set': async () => user.click(screen.getByRole('radio', { name: /Wethouder of bestuurder/u })),
          'scope.set': async () => user.click(screen.getByRole('radio', { name: /Snelle scan/u })),
          'nav.next': async () =>
            user.click(screen.getByRole('button', { name: NEXT_BUTTON[currentStep()] ?? /^Volgende$/u })),
          'nav.back': async () =>
            user.click(
              screen.getByRole('button', {
                name: currentStep() === 'overview' ? /Terug naar de vragen/u : /^Vorige$/u,
              }),
            ),
          'answer.set': async () =>
            user.click(screen.getByRole('radio', { name: /^(Helemaal wel|Altijd|Ja)$/u })),
          'priority.toggle': async () =>
            user.click(screen.getByRole('checkbox', { name: /Prioriteit voor ons/u })),
          'item.skip': async () => user.click(screen.getByRole('button', { name: /Sla deze vraag over/u })),
          'nav.overview': async () =>
            user.click(
              screen.getByRole('button', {
                name: currentStep() === 'done' ? /Antwoorden nakijken/u : /Overzicht van alle vragen/u,
              }),
            ),
          'nav.scope': async () => user.click(screen.getByRole('button', { name: /^Omvang wijzigen$/u })),
          'nav.check': async () => user.click(screen.getByRole('button', { name: /^Naar de controle$/u })),
          'nav.goto': async () => {
            const list =
              currentStep() === 'check'
                ? screen.getAllByRole('listitem')[0]
                : screen.getAllByRole('listitem')[0];
            await user.click(within(list as HTMLElement).getByRole('button'));
          },
          'reflection.theme': async () =>
            user.click(screen.getByRole('checkbox', { name: /Bestuurlijke verankering/u })),
          'nav.finish': async () => user.click(screen.getByRole('button', { name: /^Afronden$/u })),
        },
      });
    });
  }
});

describe('scan machine', () => {
  it('resumes at the saved step with every answer', () => {
    const scan = {
      ...newScan('s1', 'now'),
      role: 'bestuurder' as const,
      scope: { kind: 'quick' as const },
      step: 'questions' as const,
      index: 3,
    };
    const actor = createActor(machine, {
      input: { scan: { ...scan, answers: { [firstQuick]: { kind: 'scale', value: 2 } } }, content },
    }).start();
    expect(actor.getSnapshot().value.flow).toBe('questions');
    expect(actor.getSnapshot().context.scan.index).toBe(3);
    expect(actor.getSnapshot().context.scan.answers[firstQuick]).toEqual({ kind: 'scale', value: 2 });
  });

  it('saves after every answer', () => {
    const saved: string[] = [];
    const actor = createActor(
      machine.provide({
        actors: {
          saveScan: fromPromise(async ({ input }) => {
            saved.push(JSON.stringify(input.scan.answers));
            return { ok: true };
          }),
        },
      }),
      {
        input: {
          scan: { ...newScan('s2', 'now'), role: 'bestuurder', scope: { kind: 'quick' }, step: 'questions' },
          content,
        },
      },
    ).start();
    const before = saved.length;
    actor.send({ type: 'answer.set', itemId: firstQuick, answer: { kind: 'scale', value: 4 } });
    expect(saved.length).toBe(before + 1);
    expect(saved.at(-1)).toContain('"value":4');
  });

  it('does not leave the role step without a role, nor the scope step without items', () => {
    const actor = createActor(machine, { input: { scan: newScan('s3', 'now'), content } }).start();
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().value.flow).toBe('role');
    actor.send({ type: 'role.set', role: 'trainer' });
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'scope.set', scope: { kind: 'modules', modules: [] } });
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().value.flow).toBe('scope');
  });
});
