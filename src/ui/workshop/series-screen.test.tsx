import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { getContent } from '../../content/bundle';
import type { Answers, Content, Lang } from '../../domain/types';
import { newWorkshop, type Participant, type WorkshopRecord } from '../../domain/workshop';
import { initI18n } from '../../i18n/i18n';
import { WorkshopStore } from '../../storage/workshop-store';
import { SeriesScreen } from './series-screen';
import WorkshopApp from './workshop-app';

const NOW = '2026-11-23T12:00:00.000Z';
const VER = 'Bestuurlijke verankering';

/** Every scored statement of a theme answered with scale value `v` (mirrored for a reverse statement). */
function answersFor(content: Content, moduleId: string, v: number): Answers {
  const out: Answers = {};
  for (const i of content.modules.find((m) => m.id === moduleId)?.items ?? [])
    if ((i.type === 'likert' || i.type === 'frequency') && !i.anchor)
      out[i.id] = { kind: 'scale', value: i.reverse ? 6 - v : v };
  return out;
}

/**
 * A workshop of the group over two themes: everyone answers verankering with `ver` and monitoring with `mon` (1–5),
 * so the theme scores are (ver − 1) / 4 and (mon − 1) / 4.
 */
function workshop(
  lang: Lang,
  id: string,
  name: string,
  date: string,
  ver: number,
  mon: number,
  n = 3,
): WorkshopRecord {
  const content = getContent(lang);
  const answers = { ...answersFor(content, 'ver', ver), ...answersFor(content, 'mon', mon) };
  const participants: Participant[] = Array.from({ length: n }, (_, k) => ({
    id: `${id}-p${k}`,
    role: 'bestuurder',
    name: `P${k}`,
    answers,
    source: 'file',
    receivedAt: NOW,
    updatedAt: NOW,
  }));
  const setup = { id, name, date, anonymous: false, items: Object.keys(answers) };
  return { ...newWorkshop(setup, `${date}T08:00:00.000Z`), participants };
}

const SERIES = { id: 'reeks-noord', name: 'Noord 2026' };

function store(lang: Lang = 'nl') {
  const content = getContent(lang);
  return new WorkshopStore(localStorage, content.contentVersion, content);
}

describe('series view', () => {
  beforeAll(() => {
    initI18n('nl');
  });

  it('shows the trend per theme over three sessions: a table theme × session and a chart per theme', () => {
    const s = store();
    const a = { ...workshop('nl', 'a', 'Nulmeting', '2026-01-10', 2, 4), series: SERIES };
    const b = { ...workshop('nl', 'b', 'Vervolg voorjaar', '2026-04-10', 3, 3, 2), series: SERIES };
    const c = { ...workshop('nl', 'c', 'Vervolg najaar', '2026-09-10', 4, 2), series: SERIES };
    void s.save(a);
    void s.save(b);
    render(
      <SeriesScreen
        content={getContent('nl')}
        record={c}
        status={null}
        onSave={() => {}}
        onBack={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Reeks ‘Noord 2026’' })).toBeInTheDocument();
    expect(screen.getByText(/De reeks heeft 3 bijeenkomsten\./u)).toBeInTheDocument();

    const table = screen.getByRole('table', {
      name: 'Score van de groep per thema in elke bijeenkomst van de reeks ‘Noord 2026’',
    });
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads).toEqual([
      'Thema',
      '1. Nulmeting',
      '2. Vervolg voorjaar',
      '3. Vervolg najaar',
      'Verandering',
    ]);
    const ver = within(table).getByRole('rowheader', { name: VER }).closest('tr') as HTMLElement;
    // the second session has two participants: no score, and why
    expect(
      within(ver)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['25%', 'minder dan 3 deelnemers', '75%', '▲ +50 punten (hoger)']);
    const mon = within(table).getByRole('rowheader', { name: 'Monitoring, resultaten & verantwoording' });
    expect(mon.closest('tr')).toHaveTextContent('▼ −50 punten (lager)');

    expect(
      screen.getByText(
        /‘Bestuurlijke verankering’ steeg het meest: van 25% in bijeenkomst 1 naar 75% in bijeenkomst 3\./u,
      ),
    ).toBeInTheDocument();
    // the chart says every value in its name; the gap is a gap with its reason, not a zero
    expect(
      screen.getByRole('img', {
        name: `Verloop van ‘${VER}’. bijeenkomst 1: 25%, bijeenkomst 2: geen score (minder dan 3 deelnemers), bijeenkomst 3: 75%. Verandering: +50 punten (hoger).`,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: VER })).toBeInTheDocument();
  });

  it('with two sessions says that the comparison shows two and a trend needs three', () => {
    const s = store();
    void s.save({ ...workshop('nl', 'a', 'Nulmeting', '2026-01-10', 2, 4), series: SERIES });
    const b = { ...workshop('nl', 'b', 'Vervolg', '2026-04-10', 3, 3), series: SERIES };
    render(
      <SeriesScreen
        content={getContent('nl')}
        record={b}
        status={null}
        onSave={() => {}}
        onBack={() => {}}
      />,
    );
    expect(screen.getByText(/Voor een trend zijn drie bijeenkomsten nodig\./u)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Reeks aanpassen' })).toBeInTheDocument();
  });

  it('marks a new series with a name and the workshops picked from this device', async () => {
    const user = userEvent.setup();
    const s = store();
    void s.save(workshop('nl', 'a', 'Nulmeting', '2026-01-10', 2, 4));
    void s.save({
      ...workshop('nl', 'b', 'Andere groep', '2026-02-10', 3, 3),
      series: { id: 'z', name: 'Zuid' },
    });
    const onSave = vi.fn();
    render(
      <SeriesScreen
        content={getContent('nl')}
        record={workshop('nl', 'c', 'Vervolg', '2026-04-10', 3, 3)}
        status={null}
        onSave={onSave}
        onBack={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Reeks' })).toBeInTheDocument();
    // the existing series can be picked; a new one is chosen
    expect(screen.getByRole('radio', { name: 'Reeks ‘Zuid’ (1 workshop)' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Een nieuwe reeks' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Vervolg (deze workshop)' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Andere groep' })).toHaveAccessibleDescription(
      /nu in reeks ‘Zuid’/u,
    );

    await user.click(screen.getByRole('button', { name: 'Reeks opslaan' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Naam van de reeks')).toHaveFocus();
    expect(screen.getByLabelText('Naam van de reeks')).toHaveAccessibleDescription(
      /Geef de reeks een naam\./u,
    );

    await user.type(screen.getByLabelText('Naam van de reeks'), 'Noord 2026');
    await user.click(screen.getByRole('checkbox', { name: 'Nulmeting' }));
    await user.click(screen.getByRole('button', { name: 'Reeks opslaan' }));
    expect(onSave).toHaveBeenCalledWith({ id: expect.stringMatching(/^reeks/u), name: 'Noord 2026' }, ['a']);

    // picking the existing series fills in its name and its workshops
    await user.click(screen.getByRole('radio', { name: 'Reeks ‘Zuid’ (1 workshop)' }));
    expect(screen.getByLabelText('Naam van de reeks')).toHaveValue('Zuid');
    expect(screen.getByRole('checkbox', { name: 'Andere groep' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Nulmeting' })).not.toBeChecked();
  });

  describe('in English', () => {
    beforeAll(() => {
      void i18next.changeLanguage('en');
    });
    afterAll(() => {
      void i18next.changeLanguage('nl');
    });

    it('shows the same trend in English', () => {
      const s = store('en');
      void s.save({ ...workshop('en', 'a', 'Baseline', '2026-01-10', 2, 4), series: SERIES });
      void s.save({ ...workshop('en', 'b', 'Follow-up 1', '2026-04-10', 3, 3), series: SERIES });
      const c = { ...workshop('en', 'c', 'Follow-up 2', '2026-09-10', 4, 2), series: SERIES };
      render(
        <SeriesScreen
          content={getContent('en')}
          record={c}
          status={null}
          onSave={() => {}}
          onBack={() => {}}
        />,
      );
      expect(screen.getByRole('heading', { level: 2, name: 'Trend per theme' })).toBeInTheDocument();
      const table = screen.getByRole('table', { name: /The group’s score per theme/u });
      const row = within(table).getAllByRole('row')[1] as HTMLElement;
      expect(
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['25%', '50%', '75%', '▲ +50 points (higher)']);
    });
  });
});

describe('series through the workshop app', () => {
  beforeAll(() => {
    initI18n('nl');
  });

  it('marks three workshops as a series from the overview and shows the trend', async () => {
    const user = userEvent.setup();
    const s = store();
    await s.save(workshop('nl', 'a', 'Nulmeting', '2026-01-10', 2, 4));
    await s.save(workshop('nl', 'b', 'Vervolg voorjaar', '2026-04-10', 3, 3));
    await s.save(workshop('nl', 'c', 'Vervolg najaar', '2026-09-10', 4, 2));
    await s.setCurrent('c');
    render(<WorkshopApp />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reeks en trend' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Reeks' })).toHaveFocus();

    await user.type(screen.getByLabelText('Naam van de reeks'), 'Noord 2026');
    await user.click(screen.getByRole('checkbox', { name: 'Nulmeting' }));
    await user.click(screen.getByRole('checkbox', { name: 'Vervolg voorjaar' }));
    await user.click(screen.getByRole('button', { name: 'Reeks opslaan' }));
    expect(await screen.findByText('De reeks is opgeslagen.')).toBeInTheDocument();
    // the form shows the series as stored, and the focus stays where the trainer was
    expect(screen.getByRole('checkbox', { name: 'Nulmeting' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Vervolg voorjaar' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Reeks ‘Noord 2026’ (3 workshops)' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Reeks opslaan' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Reeks ‘Noord 2026’' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Score van de groep per thema/u });
    const ver = within(table).getByRole('rowheader', { name: VER }).closest('tr') as HTMLElement;
    expect(
      within(ver)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['25%', '50%', '75%', '▲ +50 punten (hoger)']);
    // every workshop of the series carries it, in its record and its summary
    const seriesOf = ['a', 'b', 'c'].map((id) => s.load(id)?.series?.name);
    expect(seriesOf).toEqual(['Noord 2026', 'Noord 2026', 'Noord 2026']);
    expect(s.list().every((w) => w.series?.name === 'Noord 2026')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Terug naar het groepsoverzicht' }));
    expect(screen.getByRole('button', { name: 'Trend over de reeks bekijken' })).toHaveAccessibleDescription(
      'Reeks ‘Noord 2026’: 3 bijeenkomsten op dit apparaat.',
    );
  });
});
