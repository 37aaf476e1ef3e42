// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getContent } from '../../src/content/bundle';
import { wrap } from '../../src/storage/envelope';
import { addScan } from '../../src/storage/import-scan';
import { memoryStorage, ScanStore, type KeyValue } from '../../src/storage/scan-store';
import { isEncrypted } from '../../src/storage/crypto';
import { readScanText } from '../../src/storage/import-scan';
import { sampleScan } from '../fixtures/sample-scan';

/*
 * Import fuzzing: generated and mutated inputs for the answers-file path the app takes ("Mijn scans" → import:
 * readScanText, then addScan on success). Every input gives a result (never an exception), every rejection has a
 * code the UI translates, and the stored data stays byte-for-byte the same.
 */
const content = getContent('nl');
const valid = JSON.stringify(
  wrap(sampleScan(content, 'bestuurder'), content.contentVersion, '2026-11-23T10:00:00Z'),
);
const validObj = JSON.parse(valid) as Record<string, unknown>;

function snapshot(s: KeyValue): string {
  const out: [string, string | null][] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i) as string;
    out.push([k, s.getItem(k)]);
  }
  return JSON.stringify(out.sort());
}

function freshStore() {
  const storage = memoryStorage();
  const store = new ScanStore(
    storage,
    content.contentVersion,
    content,
    () => new Date('2026-11-23T10:00:00Z'),
  );
  store.save(sampleScan(content, 'trainer'));
  return { storage, store };
}

/** Deep nesting that a naive recursive reader might choke on. */
const deep = fc.integer({ min: 50, max: 3000 }).map((n) => '['.repeat(n) + ']'.repeat(n));
/** A valid file with one field replaced by something of another type. */
const mutated = fc
  .tuple(
    fc.constantFrom('format', 'version', 'contentVersion', 'savedAt', 'scan'),
    fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string(), fc.integer(), fc.constant(99)),
  )
  .map(([k, v]) => JSON.stringify({ ...validObj, [k]: v }));
const mutatedScan = fc
  .tuple(
    fc.constantFrom(
      'id',
      'role',
      'scope',
      'answers',
      'index',
      'step',
      'priorities',
      'reflection',
      'actions',
      'memo',
      'profile',
      'workshop',
      'baseline',
      'targets',
    ),
    fc.oneof(fc.jsonValue(), fc.string({ maxLength: 300 }), fc.integer()),
  )
  .map(([k, v]) => JSON.stringify({ ...validObj, scan: { ...(validObj.scan as object), [k]: v } }));
const truncated = fc.integer({ min: 0, max: valid.length - 1 }).map((n) => valid.slice(0, n));
const binary = fc.uint8Array({ maxLength: 2000 }).map((b) => String.fromCharCode(...b));
const otherApp = fc.jsonValue().map((v) => JSON.stringify({ format: 'iets-anders', version: 1, data: v }));
const huge = fc
  .integer({ min: 2 * 1024 * 1024 + 1, max: 2 * 1024 * 1024 + 50 })
  .map((n) => '"'.padEnd(n, 'x'));
const answersGarbage = fc
  .dictionary(fc.string({ maxLength: 40 }), fc.jsonValue())
  .map((answers) => JSON.stringify({ ...validObj, scan: { ...(validObj.scan as object), answers } }));

const CODES = new Set([
  'tooLarge',
  'notJson',
  'notOurs',
  'newerVersion',
  'noMigration',
  'invalid',
  'needsPassphrase',
]);

describe('answers-file import fuzzing (10,000+ inputs)', () => {
  const cases: [string, fc.Arbitrary<string>, number][] = [
    ['random text', fc.string({ maxLength: 500 }), 2000],
    ['unicode text', fc.string({ unit: 'grapheme', maxLength: 300 }), 1000],
    ['JSON values', fc.jsonValue().map((v) => JSON.stringify(v)), 1500],
    ['deep nesting', deep, 200],
    ['mutated envelope', mutated, 1500],
    ['mutated scan fields', mutatedScan, 2000],
    ['truncated file', truncated, 800],
    ['binary', binary, 500],
    ['another app', otherApp, 400],
    ['garbage answers', answersGarbage, 600],
    ['over the size limit', huge, 20],
  ];
  it('has at least 10,000 runs in all', () => {
    expect(cases.reduce((n, c) => n + c[2], 0)).toBeGreaterThanOrEqual(10_000);
  });
  for (const [name, arb, numRuns] of cases) {
    it(`${name}: no exception, a known code, stored data unchanged`, async () => {
      const { storage, store } = freshStore();
      const before = snapshot(storage);
      await fc.assert(
        fc.asyncProperty(arb, async (input) => {
          const read = await readScanText(input, content);
          const r = read.ok ? await addScan(store, read.scan) : read;
          if (r.ok) {
            // an accepted file only ever adds a scan; it never changes an existing one
            const after = JSON.parse(snapshot(storage)) as [string, string][];
            for (const [k, v] of JSON.parse(before) as [string, string][]) {
              if (k.startsWith('zelfscan:scan:')) expect(after.find(([k2]) => k2 === k)?.[1]).toBe(v);
            }
            await store.remove(r.scan.id);
            await store.setCurrent(sampleScan(content, 'trainer').id);
          } else {
            expect(CODES.has(r.code)).toBe(true);
            if (r.code !== 'needsPassphrase') expect(isEncrypted(input)).toBe(false);
          }
          expect(snapshot(storage)).toBe(before);
        }),
        { numRuns },
      );
    });
  }
});
