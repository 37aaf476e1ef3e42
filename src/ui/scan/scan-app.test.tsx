import { beforeAll, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getContent } from '../../content/bundle';
import type { ScanData } from '../../domain/scan';
import { initI18n } from '../../i18n/i18n';
import { wrap } from '../../storage/envelope';
import { memoryStorage, ScanStore, type KeyValue } from '../../storage/scan-store';
import { sampleScan } from '../../../tests/fixtures/sample-scan';
import { DeviceStorageProvider } from '../components/device-storage';
import { WorkshopStore } from '../../storage/workshop-store';
import ScanApp from './scan-app';

const content = getContent('nl');

function atFirstQuestion(): ScanData {
  return {
    ...sampleScan(content, 'bestuurder', { kind: 'quick' }),
    id: 'q1',
    step: 'questions',
    index: 0,
    answers: {},
  };
}

/** A storage that refuses every write once full, as a browser at its quota does. */
function fullStorage(): { storage: KeyValue; fill: () => void } {
  const inner = memoryStorage();
  let full = false;
  return {
    fill: () => {
      full = true;
    },
    storage: {
      ...inner,
      get length() {
        return inner.length;
      },
      key: (i) => inner.key(i),
      getItem: (k) => inner.getItem(k),
      removeItem: (k) => inner.removeItem(k),
      setItem: (k, v) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        inner.setItem(k, v);
      },
    },
  };
}

beforeAll(() => {
  initI18n('nl');
});

describe('ScanApp', () => {
  it('says so when an answer could not be stored, and keeps it on the screen', async () => {
    const user = userEvent.setup();
    const { storage, fill } = fullStorage();
    const store = new ScanStore(storage, content.contentVersion, content);
    store.save(atFirstQuestion());
    render(
      <DeviceStorageProvider
        value={{
          store,
          workshops: new WorkshopStore(storage, content.contentVersion, content),
          persistent: true,
          kind: 'memory',
          migrated: null,
          structure: content,
        }}
      >
        <ScanApp />
      </DeviceStorageProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    fill();
    const choice = screen.getByRole('radio', { name: /^(Helemaal wel|Altijd|Ja)$/u });
    await user.click(choice);
    expect(await screen.findByRole('alert')).toHaveTextContent(/opslag van deze browser is vol/u);
    expect(choice).toBeChecked();
    expect(store.load('q1')?.answers).toEqual({});
  });

  it('loads a newer version saved in another tab and says so', async () => {
    const mine = atFirstQuestion();
    localStorage.setItem(
      'zelfscan:scan:q1',
      JSON.stringify(wrap(mine, content.contentVersion, mine.updatedAt)),
    );
    localStorage.setItem('zelfscan:current', 'q1');
    render(<ScanApp />);
    const first = content.paths.bestuurder.quick[0] as string;
    const theirs: ScanData = {
      ...mine,
      updatedAt: new Date(Date.now() + 60_000).toISOString(),
      step: 'overview',
      answers: { [first]: { kind: 'scale', value: 2 } },
    };
    const raw = JSON.stringify(wrap(theirs, content.contentVersion, theirs.updatedAt));
    localStorage.setItem('zelfscan:scan:q1', raw);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'zelfscan:scan:q1', newValue: raw }));
    });
    expect(screen.getByRole('alert')).toHaveTextContent(/in een ander tabblad of venster gewijzigd/u);
    expect(screen.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeInTheDocument();
    // what the other tab saved stays: this tab saved the adopted version, not its own older one
    const stored = JSON.parse(localStorage.getItem('zelfscan:scan:q1') ?? '{}') as { scan: ScanData };
    expect(stored.scan.answers).toEqual(theirs.answers);
  });
});
