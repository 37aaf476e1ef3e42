import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getContent } from '../content/bundle';
import before from '../../tests/fixtures/local-storage-before-indexeddb.json';
import { keyValueBackend, openIndexedDbBackend } from './backend';
import { clearEverything } from './clear';
import { LANG_KEY, migrateFromLocalStorage, openBackend } from './open-storage';
import { memoryStorage } from './record-store';
import { ScanStore } from './scan-store';
import { WorkshopStore } from './workshop-store';

const content = getContent('nl');
const fixture = before as Record<string, string>;
const seed = () => {
  localStorage.clear();
  for (const [k, v] of Object.entries(fixture)) localStorage.setItem(k, v);
};
const ours = Object.keys(fixture).filter((k) => k !== LANG_KEY);

beforeEach(() => {
  // a fresh, empty IndexedDB for every test
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
});

describe('moving the data from localStorage to IndexedDB', () => {
  it('copies every key byte for byte, removes it from localStorage only after the copy is verified, keeps the language', async () => {
    seed();
    const { backend, persistent, migrated } = await openBackend();
    expect(backend.kind).toBe('indexeddb');
    expect(persistent).toBe(true);
    expect(migrated).toEqual({ copied: ours.length, removed: ours.length });
    expect(await backend.readBack(ours)).toEqual(ours.map((k) => fixture[k]));
    expect(Object.keys(localStorage)).toEqual([LANG_KEY]);

    // the stores read them as before
    const scans = new ScanStore(backend, content.contentVersion, content);
    expect(scans.currentId()).toBe('voorbeeld-1');
    expect(
      scans
        .list()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['voorbeeld-1', 'voorbeeld-1-b']);
    expect(scans.corruptCount()).toBe(1);
    const workshops = new WorkshopStore(backend, content.contentVersion, content);
    expect(workshops.load('ws-voorbeeld')?.participants.length).toBeGreaterThan(0);

    // a second start finds nothing left to move, and a reopened database has everything
    expect((await openBackend()).migrated).toBeNull();
    const again = await openIndexedDbBackend();
    expect(ours.map((k) => again.get(k))).toEqual(ours.map((k) => fixture[k]));
  });

  it('leaves localStorage exactly as it was when the copy cannot be written', async () => {
    seed();
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const r = await migrateFromLocalStorage(keyValueBackend(full, 'memory'), localStorage);
    expect(r).toEqual({ copied: 0, removed: 0, problem: 'quota' });
    expect(Object.fromEntries(Object.entries(localStorage))).toEqual(fixture);
  });

  it('does not overwrite what IndexedDB already holds (written later), and still frees localStorage', async () => {
    const backend = await openIndexedDbBackend();
    await backend.write({ put: { 'zelfscan:current': 'nieuwer' } });
    seed();
    await migrateFromLocalStorage(backend, localStorage);
    expect(backend.get('zelfscan:current')).toBe('nieuwer');
    expect(Object.keys(localStorage)).toEqual([LANG_KEY]);
  });
});

describe('the IndexedDB backend', () => {
  it('a write still in flight when the page closed is replayed on the next start', async () => {
    const backend = await openIndexedDbBackend();
    await backend.write({ put: { 'zelfscan:scan:a': 'v1', 'zelfscan:scan:b': 'weg' } });
    // what a page leaves when it closes between noting a write and its commit
    localStorage.setItem('zelfscan:journal:zelfscan:scan:a', JSON.stringify({ v: 'v2' }));
    localStorage.setItem('zelfscan:journal:zelfscan:scan:b', JSON.stringify({ v: null }));
    const { backend: next } = await openBackend();
    expect(next.get('zelfscan:scan:a')).toBe('v2');
    expect(next.get('zelfscan:scan:b')).toBeNull();
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('notes a conditional save at once, before reading, and a note older than what is stored is not replayed', async () => {
    const backend = await openIndexedDbBackend();
    const text = (at: string) => JSON.stringify({ scan: { id: 'a', updatedAt: at } });
    const pending = backend.update('zelfscan:scan:a', () => ({ keep: true }), {
      put: { 'zelfscan:scan:a': text('2026-12-01T10:00:00Z') },
    });
    // synchronously, in the same task as the click that caused it
    expect(localStorage.getItem('zelfscan:journal:zelfscan:scan:a')).not.toBeNull();
    await pending;
    expect(localStorage.getItem('zelfscan:journal:zelfscan:scan:a')).toBeNull();
    // another tab stored a newer version; a stale note left by a closed page does not overwrite it
    await backend.write({ put: { 'zelfscan:scan:a': text('2026-12-01T11:00:00Z') } });
    localStorage.setItem(
      'zelfscan:journal:zelfscan:scan:a',
      JSON.stringify({ v: text('2026-12-01T10:30:00Z') }),
    );
    const { backend: next } = await openBackend();
    expect(next.get('zelfscan:scan:a')).toBe(text('2026-12-01T11:00:00Z'));
    expect(localStorage.getItem('zelfscan:journal:zelfscan:scan:a')).toBeNull();
  });

  it('notes each write until it has committed', async () => {
    const backend = await openIndexedDbBackend();
    const pending = backend.write({ put: { 'zelfscan:scan:a': 'v1' } });
    expect(localStorage.getItem('zelfscan:journal:zelfscan:scan:a')).toBe(JSON.stringify({ v: 'v1' }));
    expect(await pending).toEqual({ ok: true });
    expect(localStorage.getItem('zelfscan:journal:zelfscan:scan:a')).toBeNull();
  });

  it('keeps the note of a later write to the same key while the earlier one commits', async () => {
    const backend = await openIndexedDbBackend();
    const key = 'zelfscan:journal:zelfscan:scan:a';
    const text = (at: string) => JSON.stringify({ scan: { id: 'a', updatedAt: at } });
    // a click's save, then the next click's save before the first committed
    const first = backend.write({ put: { 'zelfscan:scan:a': text('2026-12-01T10:00:00Z') } });
    const second = backend.update('zelfscan:scan:a', () => ({ keep: true }), {
      put: { 'zelfscan:scan:a': text('2026-12-01T10:00:01Z') },
    });
    await first;
    // the page may close now: the later write is still noted, so the next start replays it
    expect(localStorage.getItem(key)).toBe(JSON.stringify({ v: text('2026-12-01T10:00:01Z') }));
    await second;
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('keeps the previous version when a write fails, and reports why', async () => {
    const backend = await openIndexedDbBackend();
    await backend.write({ put: { 'zelfscan:scan:a': 'v1' } });
    // a key IndexedDB refuses (not a valid key) makes the whole transaction fail
    const r = await backend.write({
      put: { 'zelfscan:scan:a': 'v2' },
      remove: [undefined as unknown as string],
    });
    expect(r.ok).toBe(false);
    expect(backend.get('zelfscan:scan:a')).toBe('v1');
    expect(await backend.readBack(['zelfscan:scan:a'])).toEqual(['v1']);
  });

  it('never lets a stale tab overwrite a newer version of a scan', async () => {
    const tabA = new ScanStore(await openIndexedDbBackend(), content.contentVersion, content);
    const tabB = new ScanStore(await openIndexedDbBackend(), content.contentVersion, content);
    const scan = scanFixture();
    await tabA.save(scan);
    const since = scan.updatedAt;
    const newer = { ...scan, name: 'uit tab A', updatedAt: '2026-12-01T10:00:00.000Z' };
    expect(await tabA.saveUnlessNewer(newer, since)).toEqual({ ok: true });
    // tab B still has the old version in mind
    const stale = { ...scan, name: 'uit tab B', updatedAt: '2026-12-01T09:00:00.000Z' };
    const r = await tabB.saveUnlessNewer(stale, since);
    expect(r).toMatchObject({ ok: false, reason: 'newer', scan: { name: 'uit tab A' } });
    const fresh = new ScanStore(await openIndexedDbBackend(), content.contentVersion, content);
    expect(fresh.load(scan.id)?.name).toBe('uit tab A');
  });

  it('two trainer tabs collecting into the same workshop never lose a participant', async () => {
    const wsA = new WorkshopStore(await openIndexedDbBackend(), content.contentVersion, content);
    const wsB = new WorkshopStore(await openIndexedDbBackend(), content.contentVersion, content);
    const saved = wsA.load('ws-voorbeeld') ?? workshopFixture();
    const opened = { ...saved, participants: [], updatedAt: '2026-12-01T09:00:00.000Z' };
    await wsA.save(opened);
    const [anna, bram] = saved.participants;
    if (!anna || !bram) throw new Error('fixture');
    // both tabs opened the empty workshop; A collects Anna, then B collects Bram
    const inA = { ...opened, participants: [{ ...anna, receivedAt: '2026-12-01T09:05:00.000Z' }] };
    expect(
      await wsA.saveKeepingOthers({ ...inA, updatedAt: '2026-12-01T09:05:00.000Z' }, opened.updatedAt),
    ).toEqual({
      ok: true,
      record: null,
    });
    const inB = { ...opened, participants: [{ ...bram, receivedAt: '2026-12-01T09:06:00.000Z' }] };
    const r = await wsB.saveKeepingOthers(
      { ...inB, updatedAt: '2026-12-01T09:06:00.000Z' },
      opened.updatedAt,
    );
    expect(r.ok && r.record?.participants.map((p) => p.id)).toEqual([bram.id, anna.id]);
    const fresh = new WorkshopStore(await openIndexedDbBackend(), content.contentVersion, content);
    expect(
      fresh
        .load(opened.setup.id)
        ?.participants.map((p) => p.id)
        .sort(),
    ).toEqual([anna.id, bram.id].sort());
    // a participant this tab removed after it had them stays removed
    const both = fresh.load(opened.setup.id);
    if (!both) throw new Error('stored');
    const withoutAnna = { ...both, participants: both.participants.filter((p) => p.id !== anna.id) };
    await fresh.saveKeepingOthers(withoutAnna, both.updatedAt);
    expect(fresh.load(opened.setup.id)?.participants.map((p) => p.id)).toEqual([bram.id]);
  });

  it('tells the other tabs what changed', async () => {
    const tabA = await openIndexedDbBackend();
    const tabB = await openIndexedDbBackend();
    const seen = new Promise<[string, string | null]>((resolve) => tabB.subscribe((k, v) => resolve([k, v])));
    await tabA.write({ put: { 'zelfscan:scan:x': 'tekst' } });
    expect(await seen).toEqual(['zelfscan:scan:x', 'tekst']);
    expect(tabB.get('zelfscan:scan:x')).toBe('tekst');
  });
});

describe('a trainer’s year of workshops', () => {
  it('stores 100 workshops of 40 participants, lists them from their summaries and opens each', async () => {
    const store = new WorkshopStore(await openIndexedDbBackend(), content.contentVersion, content);
    const w = workshopFixture();
    const forty = Array.from({ length: 40 }, (_, i) => ({
      ...(w.participants[i % w.participants.length] ?? w.participants[0]!),
      id: `p-${i}`,
    }));
    for (let i = 0; i < 100; i++) {
      const r = await store.save({
        ...w,
        setup: { ...w.setup, id: `ws-${i}`, name: `Sessie ${i}` },
        participants: forty,
      });
      expect(r.ok).toBe(true);
    }
    const reopened = new WorkshopStore(await openIndexedDbBackend(), content.contentVersion, content);
    const parse = vi.spyOn(reopened as unknown as { parse: (raw: string) => unknown }, 'parse');
    const list = reopened.list();
    expect(list).toHaveLength(100);
    expect(list.every((s) => s.participants === 40)).toBe(true);
    // the list reads summaries only: no workshop was read whole
    expect(parse).not.toHaveBeenCalled();
    expect(reopened.load('ws-99')?.participants).toHaveLength(40);
  });
});

describe('“Alle gegevens wissen”', () => {
  it('leaves nothing in either store and says so', async () => {
    seed();
    const { backend } = await openBackend();
    localStorage.setItem('zelfscan:scan:late', '{}');
    expect(await clearEverything()).toBe(true);
    expect(Object.keys(localStorage)).toEqual([]);
    expect((await openIndexedDbBackend()).keys()).toEqual([]);
    // an open store drops what was wiped once it hears of it
    await new Promise((r) => setTimeout(r, 50));
    expect(backend.keys()).toEqual([]);
  });
});

function scanFixture() {
  const raw = JSON.parse(fixture['zelfscan:scan:voorbeeld-1-b'] ?? '{}') as {
    scan: Parameters<ScanStore['save']>[0];
  };
  return raw.scan;
}

function workshopFixture() {
  const mem = memoryStorage();
  mem.setItem('zelfscan:workshop:ws-voorbeeld', fixture['zelfscan:workshop:ws-voorbeeld'] ?? '');
  const loaded = new WorkshopStore(mem, content.contentVersion, content).load('ws-voorbeeld');
  if (!loaded) throw new Error('fixture');
  return loaded;
}
