import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getContent } from '../../content/bundle';
import type { ScanData } from '../../domain/scan';
import type { Answers } from '../../domain/types';
import { initI18n } from '../../i18n/i18n';
import { wrap } from '../../storage/envelope';
import { makeGroupResult } from '../../storage/group-result';
import { sampleScan } from '../../../tests/fixtures/sample-scan';
import CompareApp from './compare-app';

const content = getContent('nl');

function store(scan: ScanData, current = false) {
  localStorage.setItem(
    `zelfscan:scan:${scan.id}`,
    JSON.stringify(wrap(scan, content.contentVersion, scan.updatedAt)),
  );
  if (current) localStorage.setItem('zelfscan:current', scan.id);
}

function saved(id: string): ScanData {
  return (JSON.parse(localStorage.getItem(`zelfscan:scan:${id}`) ?? '{}') as { scan: ScanData }).scan;
}

const reverseKeyed = new Set(
  content.modules.flatMap((m) => m.items.filter((i) => i.reverse).map((i) => i.id)),
);

/**
 * The sample scan one step weaker on every scale: an earlier measurement. A reverse-keyed statement (the quick scan
 * has one) is weaker one step up the scale.
 */
function weaker(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, a]) => [
      id,
      a.kind === 'scale'
        ? { ...a, value: reverseKeyed.has(id) ? Math.min(5, a.value + 1) : Math.max(1, a.value - 1) }
        : a,
    ]),
  );
}

function setup() {
  const now = {
    ...sampleScan(content, 'bestuurder', { kind: 'quick' }),
    id: 'nu',
    name: 'Najaar',
    updatedAt: '2026-11-23T10:00:00.000Z',
  };
  const before = {
    ...now,
    id: 'toen',
    name: 'Voorjaar',
    updatedAt: '2026-03-01T10:00:00.000Z',
    answers: weaker(now.answers),
  };
  store(before);
  store(now, true);
  return { now, before };
}

beforeAll(() => {
  initI18n('nl');
});

describe('CompareApp', () => {
  it('copies an earlier scan on this device into the current one and shows what changed', async () => {
    setup();
    const user = userEvent.setup();
    render(<CompareApp />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Vergelijken met een eerdere meting' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Kies eerst een nulmeting. Dan ziet u hier wat er is veranderd.'),
    ).toBeInTheDocument();
    await user.selectOptions(
      screen.getByLabelText('Eerdere scan'),
      screen.getByRole('option', { name: /^Voorjaar/u }),
    );
    await user.click(screen.getByRole('button', { name: 'Gebruik deze scan als nulmeting' }));

    expect(screen.getAllByRole('status')[0]).toHaveTextContent('De nulmeting is nu ‘Voorjaar’.');
    const b = saved('nu').baseline;
    expect(b).toMatchObject({ source: 'scan', label: 'Voorjaar', role: 'bestuurder' });
    expect(b?.answers).toEqual(saved('toen').answers);

    const table = screen.getByRole('table', { name: 'Scores per thema: nulmeting, nu en doel' });
    const row = within(table).getByRole('row', { name: /Bestuurlijke verankering/u });
    expect(row).toHaveTextContent(/\+\d+ punten \(hoger\)/u);
    expect(
      screen.getByRole('img', { name: /Nulmeting, nu en doel per thema.*\(nulmeting \d+%, doel –\)/u }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Grootste verbeteringen' })).toBeInTheDocument();
    expect(screen.getByText('Geen enkele vraag scoort lager dan bij de nulmeting.')).toBeInTheDocument();
    expect(within(row).getByText(/punten \(hoger\)/u)).toHaveClass('zs-delta--up');
    // every question per theme, folded away per theme
    const perItem = screen.getByRole('region', { name: 'Per vraag' });
    const summary = within(perItem).getByText(/^Bestuurlijke verankering: \d+ vragen$/u);
    expect(summary.tagName).toBe('SUMMARY');
    const items = within(perItem).getByRole('table', { name: 'Bestuurlijke verankering', hidden: true });
    expect(within(items).getAllByRole('rowheader', { hidden: true }).length).toBeGreaterThan(0);
  });

  it('saves a target level and date per theme, shown in the comparison', async () => {
    const { before } = setup();
    store(
      {
        ...saved('nu'),
        baseline: {
          source: 'scan',
          label: 'Voorjaar',
          savedAt: before.updatedAt,
          contentVersion: content.contentVersion,
          role: 'bestuurder',
          answers: before.answers,
        },
      },
      true,
    );
    const user = userEvent.setup();
    render(<CompareApp />);
    const group = screen.getByRole('group', { name: 'Bestuurlijke verankering' });
    await user.selectOptions(within(group).getByLabelText('Doelniveau'), '80');
    await user.type(within(group).getByLabelText('Uiterlijk op'), '2027-06-30');
    await user.click(screen.getByRole('button', { name: 'Doelen opslaan' }));
    expect(saved('nu').targets).toEqual({ ver: { level: 0.8, by: '2027-06-30' } });
    const row = within(screen.getByRole('table', { name: /Scores per thema/u })).getByRole('row', {
      name: /Bestuurlijke verankering/u,
    });
    expect(row).toHaveTextContent('80% uiterlijk 2027-06-30');
    expect(row).toHaveTextContent(/nog \d+ punten|doel gehaald/u);
  });

  it('takes a workshop’s group result or an answers file, lists removed items, and refuses other files', async () => {
    const { now } = setup();
    const user = userEvent.setup();
    render(<CompareApp />);
    const input = screen.getByLabelText('Antwoordenbestand of groepsuitslag van een workshop');

    await user.upload(input, new File(['{"hallo": 1}'], 'x.json', { type: 'application/json' }));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(
      'Dit is geen antwoordenbestand en geen groepsuitslag',
    );
    expect(saved('nu').baseline).toBeNull();

    const group = makeGroupResult(
      { id: 'w1', name: 'Werkplaats maart', date: '2026-03-12' },
      content.contentVersion,
      weaker(now.answers),
      6,
    );
    await user.upload(input, new File([JSON.stringify(group)], 'groep.json', { type: 'application/json' }));
    expect(saved('nu').baseline).toMatchObject({
      source: 'workshop',
      label: 'Werkplaats maart',
      savedAt: '2026-03-12',
    });
    expect(screen.getByText(/de groepsuitslag van een workshop/u)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Andere nulmeting kiezen' }));
    const old = {
      ...now,
      id: 'ouder',
      name: 'Oude versie',
      answers: { ...now.answers, 'ver.bestaat-niet-meer': { kind: 'scale', value: 2 } },
    } as ScanData;
    await user.upload(
      screen.getByLabelText('Antwoordenbestand of groepsuitslag van een workshop'),
      new File([JSON.stringify(wrap(old, '0.9.0', '2026-01-01T00:00:00Z'))], 'oud.json', {
        type: 'application/json',
      }),
    );
    expect(saved('nu').baseline).toMatchObject({
      source: 'file',
      label: 'Oude versie',
      contentVersion: '0.9.0',
    });
    expect(screen.getByRole('heading', { name: 'Niet meer in de vragenlijst' })).toBeInTheDocument();
    expect(screen.getByText('ver.bestaat-niet-meer')).toBeInTheDocument();
    expect(
      screen.getByText(/De vragenlijst is veranderd sinds de nulmeting \(versie 0\.9\.0/u),
    ).toBeInTheDocument();
  });

  it('says what to do when there is no scan yet', () => {
    render(<CompareApp />);
    expect(screen.getByText(/Er is nog geen scan met een gekozen rol op dit apparaat/u)).toBeInTheDocument();
  });
});
