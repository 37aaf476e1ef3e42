// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getContent } from '../../src/content/bundle';
import { newWorkshop } from '../../src/domain/workshop';
import { wrap } from '../../src/storage/envelope';
import {
  decodeParticipantQr,
  QrCollector,
  encodeInvitationQr,
  encodeParticipantQr,
  importParticipantTexts,
  makeInvitation,
  parseQrPart,
  readInvitation,
  readParticipantFile,
  workshopFileText,
  WorkshopStore,
} from '../../src/storage/workshop';
import { memoryStorage } from '../../src/storage/scan-store';
import { participantScans, sampleWorkshop } from '../fixtures/workshop';

/*
 * Import fuzzing for the workshop paths: invitation files and QR codes, participant files and QR payloads. No input
 * throws, every rejection has a code, and a rejected participant file leaves the workshop record as it was.
 */
const content = getContent('nl');
const setup = sampleWorkshop(content);
const scans = participantScans(content, setup, 3);
const validParticipant = JSON.stringify(wrap(scans[0]!, content.contentVersion, '2026-11-23T10:00:00Z'));
const validInvitation = JSON.stringify(makeInvitation(setup, content.contentVersion));
const invitationQr = encodeInvitationQr(setup, content);
const participantParts = encodeParticipantQr(scans[1]!, content);
const collected = (() => {
  const c = new QrCollector();
  let payload = '';
  for (const part of participantParts) {
    const r = c.add(part);
    if (r.status === 'complete') payload = r.payload;
  }
  return payload;
})();
const participantQr = participantParts[0] ?? '';
const NOW = '2026-11-23T10:00:00.000Z';
const savedRecord = importParticipantTexts(
  newWorkshop(setup, NOW),
  scans.map((scan, i) => ({
    name: `${i}.json`,
    text: JSON.stringify(wrap(scan, content.contentVersion, NOW)),
  })),
  content,
  NOW,
).record;
const validBackup = workshopFileText(savedRecord, content.contentVersion, NOW);

const mutateJson = (valid: string) =>
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.oneof(fc.jsonValue(), fc.string({ maxLength: 100 })))
    .map(([i, v]) => {
      const obj = JSON.parse(valid) as Record<string, unknown>;
      const keys = Object.keys(obj);
      const key = keys[i % keys.length] as string;
      const inner = obj[key];
      if (inner && typeof inner === 'object' && !Array.isArray(inner) && i % 2 === 0) {
        const innerKeys = Object.keys(inner);
        return JSON.stringify({
          ...obj,
          [key]: { ...inner, [innerKeys[i % innerKeys.length] as string]: v },
        });
      }
      return JSON.stringify({ ...obj, [key]: v });
    });
const truncate = (valid: string) =>
  fc.integer({ min: 0, max: valid.length - 1 }).map((n) => valid.slice(0, n));
const flipChar = (valid: string) =>
  fc
    .tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
    .map(([i, c]) => valid.slice(0, i) + c + valid.slice(i + 1));
const noise = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.uint8Array({ maxLength: 800 }).map((b) => String.fromCharCode(...b)),
  fc.integer({ min: 20, max: 2000 }).map((n) => '{"a":'.repeat(n)),
);

describe('workshop import fuzzing', () => {
  it('invitation files and invitation QR codes: 2,500 inputs, no exception, a code for every refusal', () => {
    const arb = fc.oneof(
      noise,
      mutateJson(validInvitation),
      truncate(validInvitation),
      flipChar(invitationQr),
      truncate(invitationQr),
    );
    fc.assert(
      fc.property(arb, (input) => {
        const r = readInvitation(input, content);
        if (!r.ok) expect(typeof r.code).toBe('string');
      }),
      { numRuns: 2500 },
    );
  });

  it('participant files: 3,000 inputs, a refused file never changes the workshop record', () => {
    const record = newWorkshop(setup, '2026-11-23T09:00:00Z');
    const before = JSON.stringify(record);
    const arb = fc.oneof(
      noise,
      mutateJson(validParticipant),
      truncate(validParticipant),
      flipChar(validParticipant),
    );
    fc.assert(
      fc.property(arb, (text) => {
        const { record: after, results } = importParticipantTexts(
          record,
          [{ name: 'x.json', text }],
          content,
          '2026-11-23T10:00:00Z',
        );
        expect(results).toHaveLength(1);
        if (results[0]?.outcome === 'error') {
          expect(typeof results[0].code).toBe('string');
          expect(JSON.stringify(after)).toBe(before);
        }
        expect(JSON.stringify(record)).toBe(before);
      }),
      { numRuns: 3000 },
    );
  });

  it('participant QR payloads and QR parts: 2,500 inputs, no exception', () => {
    const arb = fc.oneof(
      noise,
      flipChar(participantQr),
      truncate(participantQr),
      fc.string({ maxLength: 60 }).map((s) => `ZW1:${s}`),
    );
    fc.assert(
      fc.property(fc.oneof(arb, flipChar(collected), truncate(collected)), (payload) => {
        parseQrPart(payload);
        new QrCollector().add(payload);
        const r = decodeParticipantQr(payload, setup, content, '2026-11-23T10:00:00Z');
        if (!r.ok) expect(typeof r.code).toBe('string');
      }),
      { numRuns: 2500 },
    );
  });

  it('workshop backup files: 2,000 inputs, a refused file leaves storage byte-for-byte as it was', () => {
    const storage = memoryStorage();
    const store = new WorkshopStore(storage, content.contentVersion, content, () => new Date(NOW));
    store.save(savedRecord);
    const dump = () =>
      JSON.stringify(Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i) ?? '')));
    const before = dump();
    const arb = fc.oneof(noise, mutateJson(validBackup), truncate(validBackup), flipChar(validBackup));
    fc.assert(
      fc.property(arb, (text) => {
        const r = store.importText(text);
        if (!r.ok) {
          expect(typeof r.code).toBe('string');
          expect(dump()).toBe(before);
        } else if (r.added + r.updated > 0 || !r.merged) {
          // an accepted variant (e.g. a changed name) is put back, so every run starts from the same storage
          for (let i = storage.length - 1; i >= 0; i--) storage.removeItem(storage.key(i) ?? '');
          store.save(savedRecord);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('still accepts the valid inputs the fuzzing starts from', () => {
    expect(readInvitation(validInvitation, content).ok).toBe(true);
    expect(readInvitation(invitationQr, content).ok).toBe(true);
    expect(readParticipantFile(validParticipant, setup, content, 'now').ok).toBe(true);
    expect(decodeParticipantQr(collected, setup, content, 'now').ok).toBe(true);
    const fresh = new WorkshopStore(memoryStorage(), content.contentVersion, content);
    expect(fresh.importText(validBackup)).toMatchObject({ ok: true, merged: false, added: 3 });
  });
});
