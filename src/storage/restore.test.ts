// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newScan } from '../domain/scan';
import { getContent } from '../content/bundle';
import { SCAN_FORMAT, SCAN_VERSION, wrap } from './envelope';
import { migrations } from './migrations';
import { restore } from './restore';
import { memoryStorage, ScanStore } from './scan-store';
import { sampleScan } from '../../tests/fixtures/sample-scan';

const content = getContent('nl');
const fixtureDir = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'saved');

describe('restore', () => {
  it('round-trips a saved scan', () => {
    const scan = sampleScan(content, 'projectleider');
    const r = restore(JSON.stringify(wrap(scan, content.contentVersion, '2026-11-23T10:00:00Z')), content);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.envelope.scan).toEqual(scan);
  });

  it.each([
    ['notJson', '{"format": '],
    ['notOurs', JSON.stringify({ hello: 'world' })],
    ['notOurs', JSON.stringify([1, 2, 3])],
    ['newerVersion', JSON.stringify({ format: SCAN_FORMAT, version: SCAN_VERSION + 1 })],
    [
      'invalid',
      JSON.stringify({ format: SCAN_FORMAT, version: 1, contentVersion: '1', savedAt: 'x', scan: { id: 3 } }),
    ],
    ['tooLarge', 'x'.repeat(3 * 1024 * 1024)],
  ])('refuses bad input with code %s', (code, input) => {
    const r = restore(input, content);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });

  it('lists every bad field of an invalid file', () => {
    const bad = wrap({ ...newScan('a', 'now'), index: -1, role: 'burgemeester' as never }, '1.0.0', 'now');
    const r = restore(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.details.join('\n')).toMatch(/scan\.index[\s\S]*scan\.role|scan\.role[\s\S]*scan\.index/u);
  });

  it('reconciles with the content: keeps answers that fit, lists the rest', () => {
    const scan = sampleScan(content, 'bestuurder');
    const withGhost = {
      ...scan,
      answers: { ...scan.answers, 'ver.bestaat-niet': { kind: 'scale' as const, value: 3 } },
    };
    const r = restore(JSON.stringify(wrap(withGhost, '0.9.0', 'now')), content);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.removedAnswers).toEqual(['ver.bestaat-niet']);
      expect(Object.keys(r.envelope.scan.answers).length).toBe(Object.keys(scan.answers).length);
    }
  });

  it('opens a scan of content 1.0.0: merged answers carried over, split and retyped ones listed to answer again', () => {
    const raw = readFileSync(join(fixtureDir, 'scan-v1.json'), 'utf8');
    const before = (JSON.parse(raw) as { scan: { answers: Record<string, unknown> } }).scan.answers;
    const r = restore(raw, content);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { answers, notice } = r.envelope.scan;
    const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
    // every answer fits the current content, is carried over to the one item that replaces it, or is reported
    const carried = (id: string) =>
      [...byId.values()].some((i) => i.replaces?.includes(id) && i.id in answers);
    for (const id of Object.keys(before))
      expect(id in answers || carried(id) || r.removedAnswers.includes(id), id).toBe(true);
    // a statement that became a frequency question keeps its five-point answer (stu.doorpakken)
    expect(answers['stu.knoop-doorhakken']).toEqual(before['stu.doorpakken']);
    for (const id of Object.keys(answers)) expect(byId.has(id), id).toBe(true);
    // a split question (ver.college-raad became two) is not guessed: both halves are asked again
    expect(r.removedAnswers).toContain('ver.college-raad');
    const halves = [...byId.values()]
      .filter((i) => i.replaces?.includes('ver.college-raad'))
      .map((i) => i.id);
    expect(halves.length).toBeGreaterThanOrEqual(2);
    expect(notice?.toAnswer).toEqual(expect.arrayContaining(halves));
    // a merged duplicate keeps the answer of the item it was merged into
    const merged = [...byId.values()].find((i) => i.replaces?.includes('inf.kracht'));
    expect(merged && merged.id in answers).toBe(true);
  });

  it('carries a renamed answer over and keeps an open answer as the note of the dilemma that replaced it', () => {
    const items = content.modules.flatMap((m) => m.items);
    const dilemma = items.find((i) => i.type === 'dilemma' && i.replaces?.length)!;
    const old = dilemma.replaces![0]!;
    const scan = {
      ...newScan('a', 'now'),
      answers: { [old]: { kind: 'text' as const, value: 'Onze raad wil vooraf kaders.' } },
    };
    const r = restore(JSON.stringify(wrap(scan, '1.0.0', 'now')), content);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.envelope.scan.answers[dilemma.id]).toEqual({
      kind: 'dilemma',
      note: 'Onze raad wil vooraf kaders.',
    });
    expect(r.envelope.scan.notice?.toAnswer).toContain(dilemma.id);
  });

  it('reads every released format from its fixture', () => {
    // that every migration ran, for this and every other format, is checked in file-format.test.ts
    const versions = Array.from({ length: SCAN_VERSION }, (_, i) => i + 1);
    for (const v of versions) {
      const raw = readFileSync(join(fixtureDir, `scan-v${v}.json`), 'utf8');
      const r = restore(raw, content);
      expect(r.ok, `fixture v${v}`).toBe(true);
    }
    expect(migrations.map((m) => m.from)).toEqual(versions.slice(0, -1));
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (input) => {
          const r = restore(input, content);
          return typeof r.ok === 'boolean';
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('ScanStore', () => {
  it('saves, lists, renames and removes scans; clearAll leaves nothing of ours', async () => {
    const storage = memoryStorage();
    storage.setItem('other-app', 'keep');
    const store = new ScanStore(
      storage,
      content.contentVersion,
      content,
      () => new Date('2026-11-23T10:00:00Z'),
    );
    const scan = sampleScan(content, 'trainer');
    expect((await store.save(scan)).ok).toBe(true);
    expect(store.list().map((s) => s.id)).toEqual([scan.id]);
    store.rename(scan.id, 'Workshop Oost');
    expect(store.load(scan.id)?.name).toBe('Workshop Oost');
    store.clearAll();
    expect(store.list()).toEqual([]);
    expect(storage.length).toBe(1);
    expect(storage.getItem('other-app')).toBe('keep');
  });

  it('sets corrupt stored data aside instead of deleting it', () => {
    const storage = memoryStorage();
    storage.setItem('zelfscan:scan:kapot', '{"format":"zelfscan-wijkaanpak/scan", "version": 1, "scan": ');
    const store = new ScanStore(storage, content.contentVersion, content);
    expect(store.load('kapot')).toBeNull();
    expect(store.corruptCount()).toBe(1);
    expect(storage.getItem('zelfscan:corrupt:kapot')).toContain('zelfscan-wijkaanpak/scan');
  });

  it('reports a full storage instead of throwing', async () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = new ScanStore(storage, content.contentVersion, content);
    expect(await store.save(newScan('a', 'now'))).toEqual({ ok: false, reason: 'quota' });
  });
});
