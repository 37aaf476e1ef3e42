// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getContent } from '../../src/content/bundle';
import { addParticipant, newWorkshop } from '../../src/domain/workshop';
import { wrap } from '../../src/storage/envelope';
import { decodeParticipantQr, readParticipantFile } from '../../src/storage/participant-file';
import {
  QrCollector,
  encodeInvitationQr,
  encodeParticipantQr,
  parseQrPart,
} from '../../src/storage/qr-codec';
import { importParticipantTexts } from '../../src/storage/workshop';
import { makeInvitation, readInvitation } from '../../src/storage/invitation';
import { workshopFileText, WorkshopStore } from '../../src/storage/workshop-store';
import { memoryStorage, type KeyValue } from '../../src/storage/scan-store';
import { unlockText } from '../../src/storage/read-file';
import { makeGroupResult, readGroupResult } from '../../src/storage/group-result';
import { participantScans, sampleWorkshop } from '../fixtures/workshop';

/*
 * Import fuzzing for the workshop paths, each the way the app takes it: invitation files and QR codes (join.tsx),
 * participant files and QR codes (collect-screen.tsx: read, then add to the record and save), workshop backups
 * (start-screen.tsx: unlockText, then WorkshopStore.importText) and group results (workshop-compare.tsx). No input
 * throws, every refusal has a code, and a refused input leaves the stored bytes as they were.
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
const validGroupResult = JSON.stringify(
  makeGroupResult(setup, content.contentVersion, savedRecord.participants[0]?.answers ?? {}, 3),
);

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

/** Every key and value in storage, in key order: compared before and after a refused import. */
const dump = (storage: KeyValue) =>
  JSON.stringify(
    Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
      .sort()
      .map((k) => [k, storage.getItem(k)]),
  );

/** A device with the trainer's saved workshop, as the collect and start screens find it. */
function trainerDevice() {
  const storage = memoryStorage();
  const store = new WorkshopStore(storage, content.contentVersion, content, () => new Date(NOW));
  store.save(savedRecord);
  return { storage, store, before: dump(storage) };
}

/** What the collect screen does with an accepted participant: add it to the record, and the session saves it. */
function collect(store: WorkshopStore, participant: Parameters<typeof addParticipant>[1]) {
  const record = store.load(setup.id);
  if (record) store.save(addParticipant(record, participant, NOW).record);
}

describe('workshop import fuzzing', () => {
  it('invitation files and invitation QR codes: 2,500 inputs, no exception, a code for every refusal', () => {
    const storage = memoryStorage();
    const before = dump(storage);
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
        // reading an invitation stores nothing; the participant's scan is only made when they begin
        expect(dump(storage)).toBe(before);
      }),
      { numRuns: 2500 },
    );
  });

  it('participant files: 3,000 inputs, a refused file leaves storage byte-for-byte as it was', () => {
    const { storage, store, before } = trainerDevice();
    const arb = fc.oneof(
      noise,
      mutateJson(validParticipant),
      truncate(validParticipant),
      flipChar(validParticipant),
    );
    fc.assert(
      fc.property(arb, (text) => {
        const r = readParticipantFile(text, setup, content, NOW);
        if (!r.ok) {
          expect(typeof r.code).toBe('string');
          expect(dump(storage)).toBe(before);
          return;
        }
        collect(store, r.participant);
        // an accepted variant is put back, so every run starts from the same storage
        store.save(savedRecord);
        expect(dump(storage)).toBe(before);
      }),
      { numRuns: 3000 },
    );
  });

  it('participant QR codes: 2,500 inputs through the collector, a refused code leaves storage as it was', () => {
    const { storage, store, before } = trainerDevice();
    const arb = fc.oneof(
      noise,
      flipChar(participantQr),
      truncate(participantQr),
      fc.string({ maxLength: 60 }).map((s) => `ZW1:${s}`),
    );
    fc.assert(
      fc.property(fc.oneof(arb, flipChar(collected), truncate(collected)), (text) => {
        parseQrPart(text);
        new QrCollector().add(text);
        // a complete payload (or its damaged variants) goes through the same reader as a collected one
        const r = decodeParticipantQr(text, setup, content, NOW);
        if (!r.ok) {
          expect(typeof r.code).toBe('string');
          expect(dump(storage)).toBe(before);
          return;
        }
        collect(store, r.participant);
        store.save(savedRecord);
        expect(dump(storage)).toBe(before);
      }),
      { numRuns: 2500 },
    );
  });

  it('workshop backup files: 2,000 inputs, a refused file leaves storage byte-for-byte as it was', async () => {
    const { storage, store, before } = trainerDevice();
    const arb = fc.oneof(noise, mutateJson(validBackup), truncate(validBackup), flipChar(validBackup));
    await fc.assert(
      fc.asyncProperty(arb, async (text) => {
        const open = await unlockText(text);
        if (!open.ok) {
          expect(dump(storage)).toBe(before);
          return;
        }
        const r = await store.importText(open.text);
        if (!r.ok) {
          expect(typeof r.code).toBe('string');
          expect(dump(storage)).toBe(before);
        } else if (r.added + r.updated > 0 || !r.merged) {
          // an accepted variant (e.g. a changed name) is put back, so every run starts from the same storage
          for (let i = storage.length - 1; i >= 0; i--) storage.removeItem(storage.key(i) ?? '');
          store.save(savedRecord);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('group-result files: 1,500 inputs, no exception, a known code for every refusal', () => {
    const { storage, before } = trainerDevice();
    const arb = fc.oneof(
      noise,
      mutateJson(validGroupResult),
      truncate(validGroupResult),
      flipChar(validGroupResult),
    );
    const codes = new Set(['tooLarge', 'notJson', 'notOurs', 'newerVersion', 'invalid']);
    fc.assert(
      fc.property(arb, (text) => {
        const r = readGroupResult(text);
        if (!r.ok) expect(codes.has(r.code)).toBe(true);
        // the comparison screen only reads a group result; it never stores one
        expect(dump(storage)).toBe(before);
      }),
      { numRuns: 1500 },
    );
  });

  it('still accepts the valid inputs the fuzzing starts from', async () => {
    expect(readInvitation(validInvitation, content).ok).toBe(true);
    expect(readInvitation(invitationQr, content).ok).toBe(true);
    expect(readParticipantFile(validParticipant, setup, content, 'now').ok).toBe(true);
    expect(decodeParticipantQr(collected, setup, content, 'now').ok).toBe(true);
    const fresh = new WorkshopStore(memoryStorage(), content.contentVersion, content);
    expect(await fresh.importText(validBackup)).toMatchObject({ ok: true, merged: false, added: 3 });
    expect(readGroupResult(validGroupResult).ok).toBe(true);
  });
});
