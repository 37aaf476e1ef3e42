import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getContent } from '../../src/content/bundle';
import { newWorkshop } from '../../src/domain/workshop';
import { initI18n } from '../../src/i18n/i18n';
import { memoryStorage, ScanStore } from '../../src/storage/scan-store';
import { WorkshopStore } from '../../src/storage/workshop-store';
import { DeviceStorageProvider, type DeviceStorage } from '../../src/ui/components/device-storage';
import ScanApp from '../../src/ui/scan/scan-app';
import { participantScans, sampleWorkshop } from '../fixtures/workshop';

// Handing in on the trainer's device, through the real scan screen: the scan machine hands the answers to the
// workshop record, removes the scan and starts the next participant's scan without reloading the page.

const content = getContent('nl');
const NOW = '2026-11-23T12:00:00.000Z';

function device(withWorkshop: boolean) {
  const storage = memoryStorage();
  const d: DeviceStorage = {
    store: new ScanStore(storage, content.contentVersion, content),
    workshops: new WorkshopStore(storage, content.contentVersion, content),
    persistent: true,
    kind: 'memory',
    migrated: null,
    structure: content,
  };
  const setup = sampleWorkshop(content);
  if (withWorkshop) d.workshops.save(newWorkshop(setup, NOW));
  const [scan] = participantScans(content, setup, 1);
  if (!scan) throw new Error('fixture');
  const done = { ...scan, step: 'done' as const };
  d.store.save(done);
  return { d, setup, scan: done };
}

const renderScan = (d: DeviceStorage) =>
  render(
    <DeviceStorageProvider value={d}>
      <ScanApp />
    </DeviceStorageProvider>,
  );

describe('hand-in on the trainer’s device', () => {
  beforeAll(() => {
    initI18n('nl');
  });
  beforeEach(() => {
    window.location.hash = '#/scan';
  });

  it('“Volgende deelnemer” hands the answers in, removes the scan and starts a fresh one on the same page', async () => {
    const user = userEvent.setup();
    const { d, setup, scan } = device(true);
    renderScan(d);
    expect(screen.getByText('Dit is het apparaat van de trainer.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Volgende deelnemer' }));

    // the next participant starts at the first step, and is told the previous answers went in
    expect(await screen.findByRole('heading', { level: 1, name: 'Wie bent u?' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Antwoorden ingeleverd: 1 deelnemer op dit apparaat.',
    );
    expect(d.workshops.load(setup.id)?.participants.map((p) => p.id)).toEqual([scan.id]);
    expect(d.store.load(scan.id)).toBeNull();
    await waitFor(() => expect(d.store.currentId()).not.toBe(scan.id));
    const fresh = d.store.load(d.store.currentId() as string);
    expect(fresh?.answers).toEqual({});
    expect(fresh?.workshop?.id).toBe(setup.id);
    expect(window.location.hash).toBe('#/scan');
  });

  it('“Inleveren en naar de workshop” hands in and opens the workshop', async () => {
    const user = userEvent.setup();
    const { d, setup, scan } = device(true);
    renderScan(d);
    await user.click(screen.getByRole('button', { name: 'Inleveren en naar de workshop' }));
    await waitFor(() => expect(window.location.hash).toBe('#/workshop'));
    expect(d.workshops.load(setup.id)?.participants.map((p) => p.id)).toEqual([scan.id]);
    expect(d.workshops.currentId()).toBe(setup.id);
    expect(d.store.load(scan.id)).toBeNull();
  });

  it('says so and keeps the scan when the workshop cannot be saved', async () => {
    const user = userEvent.setup();
    const { d, setup, scan } = device(true);
    d.workshops.save = async () => ({ ok: false, reason: 'quota' });
    renderScan(d);
    await user.click(screen.getByRole('button', { name: 'Volgende deelnemer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Inleveren op dit apparaat is niet gelukt.');
    expect(d.workshops.load(setup.id)?.participants).toEqual([]);
    expect(d.store.load(scan.id)?.answers).toEqual(scan.answers);
  });

  it('shows only the QR button on a participant’s own device', async () => {
    const { d } = device(false);
    renderScan(d);
    const show = screen.getByRole('button', { name: 'Toon QR-code voor de trainer' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Volgende deelnemer' })).toBeNull();
    await userEvent.setup().click(show);
    expect(await screen.findByRole('button', { name: 'QR-code verbergen' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
