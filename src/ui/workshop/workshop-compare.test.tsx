import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getContent } from '../../content/bundle';
import type { Answer, Item } from '../../domain/types';
import { newWorkshop, type WorkshopRecord, type WorkshopSetup } from '../../domain/workshop';
import { initI18n } from '../../i18n/i18n';
import { makeGroupResult } from '../../storage/group-result';
import { participantFromScan } from '../../storage/participant-file';
import { WorkshopStore } from '../../storage/workshop-store';
import { participantScans, sampleWorkshop } from '../../../tests/fixtures/workshop';
import { WorkshopCompare } from './workshop-compare';

const content = getContent('nl');
const NOW = '2026-11-23T12:00:00.000Z';
const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));

/** A theme of the quick scan with scored items: every scored item there gets an answer worth `score` (0.25 or 0.5). */
const quick = sampleWorkshop(content).items;
const module = content.modules.find((m) =>
  m.items.some((i) => quick.includes(i.id) && (i.type === 'likert' || i.type === 'frequency') && !i.anchor),
) as (typeof content.modules)[number];

function worth(item: Item, score: 0.25 | 0.5): Answer | null {
  if (item.type === 'instrument') return { kind: 'instrument', value: score === 0.25 ? 'gepland' : 'deels' };
  if (item.type !== 'likert' && item.type !== 'frequency') return null;
  const value = score * 4 + 1;
  return { kind: 'scale', value: item.reverse ? 6 - value : value };
}

/** A stored workshop made with the fixtures, with the chosen theme answered at one level by everyone. */
function storedWorkshop(extra: Partial<WorkshopSetup>, n: number, score: 0.25 | 0.5): WorkshopRecord {
  const setup = sampleWorkshop(content, undefined, extra);
  const participants = participantScans(content, setup, n).map((scan) => {
    const p = participantFromScan(scan, setup, NOW);
    const answers = { ...p.answers };
    for (const id of Object.keys(answers)) {
      const item = byId.get(id);
      const a = item && item.module === module.id ? worth(item, score) : null;
      if (a) answers[id] = a;
    }
    return { ...p, answers };
  });
  const record = { ...newWorkshop(setup, NOW), participants };
  const store = new WorkshopStore(localStorage, content.contentVersion, content);
  void store.save(record);
  // localStorage takes the write at once
  expect(store.load(record.setup.id)).not.toBeNull();
  return record;
}

const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('WorkshopCompare', () => {
  beforeAll(() => {
    initI18n('nl');
  });

  it('compares this workshop with another one on this device, per theme in words', async () => {
    const user = userEvent.setup();
    const current = storedWorkshop({ id: 'ws-najaar', name: 'Sessie najaar' }, 4, 0.5);
    storedWorkshop({ id: 'ws-voorjaar', name: 'Sessie voorjaar' }, 3, 0.25);
    render(<WorkshopCompare content={content} record={current} />);

    const section = screen.getByRole('region', { name: 'Vergelijk met een andere workshop' });
    // the current workshop is not in the list
    expect(within(section).queryByRole('button', { name: 'Vergelijken met Sessie najaar' })).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Vergelijken met Sessie voorjaar' }));

    const heading = screen.getByRole('heading', { name: 'Deze workshop naast ‘Sessie voorjaar’' });
    expect(heading).toHaveFocus();
    const table = screen.getByRole('table', { name: /Groepsscore per thema/u });
    const row = within(table).getByRole('rowheader', { name: module.title }).closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('25%');
    expect(cells[1]).toHaveTextContent('50%');
    // the change in words, with an arrow that is hidden from screen readers
    expect(cells[2]).toHaveTextContent('+25 punten (hoger)');
    expect(cells[2]?.querySelector('[aria-hidden="true"]')).toHaveTextContent('▲');
    expect(screen.getByRole('heading', { name: 'Grootste verbeteringen' })).toBeInTheDocument();
  });

  it('compares only groups of three or more when a workshop is anonymous, and says so', async () => {
    const user = userEvent.setup();
    const current = storedWorkshop({ id: 'ws-a', name: 'Groot', anonymous: true }, 4, 0.5);
    storedWorkshop({ id: 'ws-b', name: 'Klein' }, 2, 0.25);
    render(<WorkshopCompare content={content} record={current} />);
    expect(screen.getAllByText(/minstens 3 deelnemers/u).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Vergelijken met Klein' }));
    expect(
      screen.getByText(/Deze vergelijking kan niet\. De workshop ‘Klein’ heeft maar 2 deelnemers\./u),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('opens a group-result file; a bad file gives a message and keeps the comparison', async () => {
    const user = userEvent.setup();
    const current = storedWorkshop({ id: 'ws-nu', name: 'Nu' }, 3, 0.5);
    const earlier = storedWorkshop({ id: 'ws-toen', name: 'Toen' }, 3, 0.25);
    localStorage.clear();
    render(<WorkshopCompare content={content} record={current} />);
    expect(screen.getByText('Er staan geen andere workshops op dit apparaat.')).toBeInTheDocument();

    const { groupAnswers } = await import('../../domain/compare');
    const result = makeGroupResult(
      earlier.setup,
      content.contentVersion,
      groupAnswers(earlier.participants.map((p) => p.answers)),
      3,
    );
    const input = screen.getByLabelText('Groepsresultaat openen');
    await user.upload(input, fileOf('groep.json', JSON.stringify(result)));
    const row = screen.getByRole('rowheader', { name: module.title }).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('+25 punten (hoger)');

    await user.upload(input, fileOf('kapot.json', '{'));
    expect(screen.getByRole('alert')).toHaveTextContent('Dit bestand kan niet worden gelezen.');
    expect(screen.getByRole('alert')).toHaveTextContent('Er is niets veranderd.');
    expect(screen.getByRole('heading', { name: 'Deze workshop naast ‘Toen’' })).toBeInTheDocument();
  });
});
