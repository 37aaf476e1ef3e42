import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getContent } from '../../content/bundle';
import { newWorkshop, type AddOutcome, type Participant, type WorkshopSetup } from '../../domain/workshop';
import { initI18n } from '../../i18n/i18n';
import { restoreWorkshop, workshopFileText } from '../../storage/workshop-store';
import { sampleWorkshop } from '../../../tests/fixtures/workshop';
import { PaperEntry, paperId, sheetOf } from './paper-entry';

const content = getContent('nl');
const NOW = '2026-11-23T12:00:00.000Z';
// a likert, a frequency, an instrument, a dilemma (two cells) and an open question: questions 1 … 5
const ITEMS = [
  'ver.een-wethouder',
  'ver.college-agenda',
  'cof.aanspreekpunt',
  'ver.dilemma-boegbeeld',
  'ver.open-raad',
];

function setUp(extra: Partial<WorkshopSetup> = {}, participants: Participant[] = []) {
  const setup: WorkshopSetup = { ...sampleWorkshop(content), items: ITEMS, anonymous: true, ...extra };
  const add = vi.fn((ps: Participant[]): AddOutcome[] => ps.map((_, i) => ({ kind: 'added', index: i })));
  const user = userEvent.setup();
  const view = render(
    <PaperEntry content={content} setup={setup} participants={participants} add={add} now={() => NOW} />,
  );
  return { setup, add, user, view };
}

const cell = (name: string) => screen.getByRole('textbox', { name });
const open = async (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Formulieren invoeren' }));

describe('typing in paper answer sheets', () => {
  beforeAll(() => {
    initI18n('nl');
  });

  it('names every cell by sheet and question, with the question as its description', async () => {
    const { user } = setUp({ anonymous: false });
    expect(screen.queryByRole('table')).toBeNull();
    await open(user);
    expect(screen.getByRole('table', { name: 'Antwoorden van de papieren formulieren' })).toBeInTheDocument();
    expect(cell('Rij 1: nummer van het formulier')).toHaveValue('1');
    expect(cell('Formulier 1, rol')).toHaveFocus();
    expect(cell('Formulier 1, naam')).toBeInTheDocument();
    expect(cell('Formulier 1, vraag 2')).toHaveAccessibleDescription(
      'Hoe vaak stond de wijkaanpak het afgelopen jaar op de agenda van het hele college?',
    );
    expect(cell('Formulier 1, vraag 4, nu')).toBeInTheDocument();
    expect(cell('Formulier 1, vraag 4, gewenst')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '2' })).toHaveAttribute(
      'title',
      'Hoe vaak stond de wijkaanpak het afgelopen jaar op de agenda van het hele college?',
    );
    // the legend says which key is which answer
    expect(screen.getByText('Weet niet: w of ?')).toBeInTheDocument();
    expect(screen.getByText('Niet van toepassing: x')).toBeInTheDocument();
    expect(screen.getByText(/Ja, deels, nee, gepland: j, d, n of g/u)).toBeInTheDocument();
  });

  it('moves on by itself after every key, so a row is typed without Tab', async () => {
    const { user } = setUp();
    await open(user);
    await user.keyboard('b');
    expect(cell('Formulier 1, rol')).toHaveValue('b');
    expect(cell('Formulier 1, vraag 1')).toHaveFocus();
    await user.keyboard('4');
    expect(cell('Formulier 1, vraag 2')).toHaveFocus();
    await user.keyboard('w');
    expect(cell('Formulier 1, vraag 2')).toHaveValue('w');
    expect(cell('Formulier 1, vraag 3')).toHaveFocus();
    await user.keyboard('g');
    expect(cell('Formulier 1, vraag 3')).toHaveValue('g');
    // a dilemma: a minus waits for its digit, then on to "gewenst"
    await user.keyboard('-');
    expect(cell('Formulier 1, vraag 4, nu')).toHaveFocus();
    expect(cell('Formulier 1, vraag 4, nu')).toHaveValue('−');
    await user.keyboard('2');
    expect(cell('Formulier 1, vraag 4, nu')).toHaveValue('−2');
    expect(cell('Formulier 1, vraag 4, gewenst')).toHaveFocus();
    await user.keyboard('1');
    expect(cell('Formulier 1, vraag 4, gewenst')).toHaveValue('+1');
    expect(cell('Formulier 1, vraag 5')).toHaveFocus();
    await user.keyboard('Meer tijd voor de wijk');
    expect(cell('Formulier 1, vraag 5')).toHaveValue('Meer tijd voor de wijk');
    expect(screen.getByText('Compleet · nog niet toegevoegd')).toBeInTheDocument();
    // Enter: the next sheet, its number one higher, the cursor on its role
    await user.keyboard('{Enter}');
    expect(cell('Rij 2: nummer van het formulier')).toHaveValue('2');
    expect(cell('Formulier 2, rol')).toHaveFocus();
  });

  it('moves with arrows, Space skips, Backspace clears (and in an empty cell goes back)', async () => {
    const { user } = setUp();
    await open(user);
    await user.keyboard('p3 ');
    expect(cell('Formulier 1, vraag 2')).toHaveValue('');
    expect(cell('Formulier 1, vraag 3')).toHaveFocus();
    await user.keyboard('{Backspace}');
    expect(cell('Formulier 1, vraag 2')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{Backspace}');
    expect(cell('Formulier 1, vraag 1')).toHaveValue('');
    expect(cell('Formulier 1, vraag 1')).toHaveFocus();
    await user.keyboard('5{ArrowLeft}{ArrowLeft}');
    expect(cell('Formulier 1, rol')).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowDown}');
    // no second row yet: the cursor stays
    expect(cell('Formulier 1, vraag 3')).toHaveFocus();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(cell('Formulier 1, vraag 2')).toHaveFocus();
  });

  it('refuses a key that is no answer, and says which keys are', async () => {
    const { user } = setUp();
    await open(user);
    await user.keyboard('q');
    expect(screen.getByRole('alert')).toHaveTextContent('‘q’ kan niet bij de rol. Typ b, p of t.');
    expect(cell('Formulier 1, rol')).toHaveValue('');
    expect(cell('Formulier 1, rol')).toHaveFocus();
    await user.keyboard('t7');
    expect(screen.getByRole('alert')).toHaveTextContent('‘7’ kan niet bij vraag 1. Typ 1 tot 5, w of x.');
    expect(cell('Formulier 1, vraag 1')).toHaveValue('');
    expect(cell('Formulier 1, vraag 1')).toHaveFocus();
    await user.keyboard('1');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await user.keyboard('2j');
    expect(cell('Formulier 1, vraag 3')).toHaveValue('j');
    await user.keyboard('5');
    expect(screen.getByRole('alert')).toHaveTextContent('‘5’ kan niet bij vraag 4. Typ −3 tot +3 of w.');
    await user.keyboard('x');
    expect(screen.getByRole('alert')).toHaveTextContent('kan niet bij vraag 4');
    expect(cell('Formulier 1, vraag 4, nu')).toHaveFocus();
    // the sheet number takes digits only
    await user.click(cell('Rij 1: nummer van het formulier'));
    await user.keyboard('a');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '‘a’ kan niet bij het formuliernummer. Typ alleen cijfers.',
    );
  });

  it('checks each row in words: empty questions, a wrong value, a sheet number twice', async () => {
    const { user } = setUp();
    await open(user);
    expect(screen.getByText('Nog leeg · nog niet toegevoegd')).toBeInTheDocument();
    await user.keyboard('b4');
    expect(screen.getByText('4 vragen leeg · nog niet toegevoegd')).toBeInTheDocument();
    // a phone's keyboard or a paste bypasses the keys: what cannot be right is named
    await user.click(cell('Formulier 1, vraag 2'));
    await user.paste('9');
    expect(cell('Formulier 1, vraag 2')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Fout bij vraag 2 · nog niet toegevoegd')).toBeInTheDocument();
    await user.clear(cell('Formulier 1, vraag 2'));
    await user.paste('Vaak');
    expect(screen.getByText('Fout bij vraag 2 · nog niet toegevoegd')).toBeInTheDocument();
    await user.keyboard('{Delete}4');
    expect(screen.getByText('3 vragen leeg · nog niet toegevoegd')).toBeInTheDocument();
    // a minus without its digit is not a position
    await user.click(cell('Formulier 1, vraag 4, nu'));
    await user.keyboard('-{Tab}');
    expect(screen.getByText('Fout bij vraag 4 · nog niet toegevoegd')).toBeInTheDocument();
    await user.click(cell('Formulier 1, vraag 4, nu'));
    await user.keyboard('w');
    expect(cell('Formulier 1, vraag 4, gewenst')).toHaveValue('w');
    expect(cell('Formulier 1, vraag 5')).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(cell('Rij 2: nummer van het formulier'));
    await user.clear(cell('Rij 2: nummer van het formulier'));
    await user.keyboard('1');
    const table = screen.getByRole('table', { name: 'Antwoorden van de papieren formulieren' });
    expect(within(table).getAllByText(/Nummer 1 staat er twee keer/u)).toHaveLength(2);
    // the line above the grid repeats the check of the row being typed
    expect(
      screen.getByText('Formulier 1: Nummer 1 staat er twee keer · nog niet toegevoegd'),
    ).toBeInTheDocument();
  });

  it('adds the sheets as paper participants with the answers typed, and shows them as added', async () => {
    const { user, add, setup, view } = setUp({ anonymous: false });
    await open(user);
    await user.keyboard('p');
    await user.keyboard('Anna');
    await user.keyboard('{Tab}3?1-30Goed zo{Enter}');
    await user.keyboard('t{Tab}5x  w');
    await user.click(screen.getByRole('button', { name: 'Formulieren toevoegen aan de workshop' }));
    expect(add).toHaveBeenCalledTimes(1);
    const [sent] = add.mock.calls[0] ?? [];
    expect(sent).toEqual([
      {
        id: paperId(setup.id, 1),
        role: 'projectleider',
        name: 'Anna',
        answers: {
          'ver.een-wethouder': { kind: 'scale', value: 3 },
          'ver.college-agenda': { kind: 'unknown' },
          'cof.aanspreekpunt': { kind: 'instrument', value: 'ja' },
          'ver.dilemma-boegbeeld': { kind: 'dilemma', now: -3, desired: 0 },
          'ver.open-raad': { kind: 'text', value: 'Goed zo' },
        },
        source: 'paper',
        receivedAt: NOW,
        updatedAt: NOW,
      },
      {
        id: paperId(setup.id, 2),
        role: 'trainer',
        name: '',
        answers: {
          'ver.een-wethouder': { kind: 'scale', value: 5 },
          'ver.college-agenda': { kind: 'na' },
          'ver.dilemma-boegbeeld': { kind: 'unknown' },
        },
        source: 'paper',
        receivedAt: NOW,
        updatedAt: NOW,
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Toegevoegd: 2. Bijgewerkt: 0. Niet toegevoegd: 0.');
    // the workshop now has them: the rows say so
    view.rerender(
      <PaperEntry content={content} setup={setup} participants={sent ?? []} add={add} now={() => NOW} />,
    );
    expect(screen.getByText('Compleet · toegevoegd')).toBeInTheDocument();
    expect(screen.getByText('2 vragen leeg · toegevoegd')).toBeInTheDocument();
    // sheet 1 changed: typed again it updates the same participant
    await user.click(cell('Formulier 1, vraag 1'));
    await user.keyboard('2');
    expect(screen.getByText('Compleet · gewijzigd, nog niet bijgewerkt')).toBeInTheDocument();
    add.mockImplementationOnce(() => [{ kind: 'updated', index: 0 }]);
    await user.click(screen.getByRole('button', { name: 'Formulieren toevoegen aan de workshop' }));
    expect(add).toHaveBeenCalledTimes(2);
    expect(add.mock.calls[1]?.[0]).toHaveLength(1);
    expect(add.mock.calls[1]?.[0]?.[0]).toMatchObject({
      id: paperId(setup.id, 1),
      answers: { 'ver.een-wethouder': { kind: 'scale', value: 2 } },
    });
    expect(screen.getByRole('status')).toHaveTextContent('Toegevoegd: 0. Bijgewerkt: 1. Niet toegevoegd: 0.');
  });

  it('opens with the sheets typed in before, and does not add a row with an error', async () => {
    const setup0 = { ...sampleWorkshop(content), items: ITEMS, anonymous: true };
    const before: Participant = {
      id: paperId(setup0.id, 4),
      role: 'bestuurder',
      name: '',
      answers: {
        'ver.een-wethouder': { kind: 'scale', value: 2 },
        'ver.dilemma-boegbeeld': { kind: 'dilemma', now: 1 },
      },
      source: 'paper',
      receivedAt: NOW,
      updatedAt: NOW,
    };
    const { user, add } = setUp({}, [before]);
    expect(cell('Rij 1: nummer van het formulier')).toHaveValue('4');
    expect(cell('Formulier 4, vraag 1')).toHaveValue('2');
    expect(cell('Formulier 4, vraag 4, nu')).toHaveValue('+1');
    expect(screen.getByText('3 vragen leeg · toegevoegd')).toBeInTheDocument();
    // the next sheet number follows the highest
    expect(cell('Rij 2: nummer van het formulier')).toHaveValue('5');
    await user.click(cell('Formulier 5, vraag 1'));
    await user.paste('0');
    await user.click(screen.getByRole('button', { name: 'Formulieren toevoegen aan de workshop' }));
    expect(add).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Toegevoegd: 0. Bijgewerkt: 0. Niet toegevoegd: 1.');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Formulier 5 is niet toegevoegd: er staat een fout in.',
    );
  });

  it('keeps paper participants in the saved workshop, and older records still load', () => {
    const setup = { ...sampleWorkshop(content), items: ITEMS };
    const paper: Participant = {
      id: paperId(setup.id, 3),
      role: null,
      name: 'Bram',
      answers: { 'ver.een-wethouder': { kind: 'scale', value: 4 } },
      source: 'paper',
      receivedAt: NOW,
      updatedAt: NOW,
    };
    const file: Participant = { ...paper, id: 'scan-1', source: 'file' };
    const record = { ...newWorkshop(setup, NOW), participants: [file, paper] };
    const back = restoreWorkshop(workshopFileText(record, content.contentVersion, NOW), content);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.record.participants.map((p) => p.source)).toEqual(['file', 'paper']);
    expect(sheetOf(back.record.participants[1] as Participant)).toBe(3);
    expect(sheetOf(file)).toBeNull();
    // the id is the same for the same sheet of the same workshop, and another for another workshop
    expect(paperId(setup.id, 3)).toBe(paper.id);
    expect(paperId('ws-ander', 3)).not.toBe(paper.id);
  });
});
