import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getContent } from '../../content/bundle';
import { initI18n } from '../../i18n/i18n';
import { wrap } from '../../storage/envelope';
import { sampleScan } from '../../../tests/fixtures/sample-scan';
import ReportApp from './report-app';

const content = getContent('nl');

function seed(role: 'bestuurder' | 'projectleider') {
  const scan = { ...sampleScan(content, role, { kind: 'quick' }), id: 'r1' };
  scan.memo = { ...scan.memo, financieel: '', juridisch: '', communicatie: '' };
  localStorage.setItem(
    'zelfscan:scan:r1',
    JSON.stringify(wrap(scan, content.contentVersion, scan.updatedAt)),
  );
  localStorage.setItem('zelfscan:current', 'r1');
}

describe('ReportApp', () => {
  beforeAll(() => {
    initI18n('nl');
  });
  beforeEach(() => localStorage.clear());

  it('leads with the summary, lists the memo’s holes, and adds the appendices when asked', async () => {
    const user = userEvent.setup();
    seed('projectleider');
    render(<ReportApp />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Raadsinformatiebrief');
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Kernboodschap');
    expect(
      screen.getByText(/Nog in te vullen voordat u de brief deelt: Financieel, Juridisch, Communicatie\./u),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Bijlage: zo kwam dit advies tot stand' })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: /Met bijlagen/u }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Bijlage: zo kwam dit advies tot stand' }),
    ).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Inhoud van het rapport' })).toBeVisible();
    // the choice is saved with the scan
    expect(localStorage.getItem('zelfscan:scan:r1')).toContain('"appendices":true');

    await user.type(screen.getByLabelText('Financieel'), 'Binnen de begroting.');
    expect(
      screen.getByText(/Nog in te vullen voordat u de brief deelt: Juridisch, Communicatie\./u),
    ).toBeVisible();
    const consequences = screen.getByRole('region', { name: 'Consequenties' });
    expect(within(consequences).getByText('Binnen de begroting.')).toBeVisible();
  });

  it('says so when an edit could not be stored because the storage is full', async () => {
    const user = userEvent.setup();
    seed('bestuurder');
    render(<ReportApp />);
    expect(screen.queryByRole('alert')).toBeNull();
    // fill the browser's storage to its quota, as a trainer's year of workshops would
    let n = 0;
    for (const size of [500_000, 50_000, 5_000, 500, 50, 5, 1])
      for (;;) {
        try {
          localStorage.setItem(`zelfscan:filler-${n++}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    // (a key counts too, so a few characters stay free: the edit is longer than that)
    await user.type(screen.getByLabelText('Uw naam'), ' en de collega’s van het programmateam Noord');
    expect(screen.getByRole('alert')).toHaveTextContent(/opslag van deze browser is vol/u);
    expect(localStorage.getItem('zelfscan:scan:r1')).not.toContain('programmateam');
  });
});
