// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupAnswers } from '../domain/compare';
import { MAX_ANSWERS, MAX_IMPORT_BYTES, scanSchema } from './envelope';
import { newScan } from '../domain/scan';
import {
  baselineFromGroupResult,
  GROUP_RESULT_FORMAT,
  GROUP_RESULT_VERSION,
  isGroupResultText,
  makeGroupResult,
  readGroupResult,
} from './group-result';

const fixture = readFileSync(
  join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'saved', 'group-result-v1.json'),
  'utf8',
);

describe('group result files', () => {
  it('reads the released version 1 file and turns it into a nulmeting a scan can save', () => {
    const r = readGroupResult(fixture);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.workshop.name).toBe('Werkplaats Noordwijk voorjaar 2026');
    const baseline = baselineFromGroupResult(r.result);
    expect(baseline).toMatchObject({
      source: 'workshop',
      label: 'Werkplaats Noordwijk voorjaar 2026',
      savedAt: '2026-03-12',
      role: null,
    });
    expect(scanSchema.safeParse({ ...newScan('s', 'now'), baseline }).success).toBe(true);
  });

  it('round-trips what the workshop screen writes', () => {
    const answers = groupAnswers([
      { 'ver.anker': { kind: 'scale', value: 2 } },
      { 'ver.anker': { kind: 'scale', value: 4 } },
    ]);
    const file = JSON.stringify(
      makeGroupResult({ id: 'w1', name: 'Werkplaats', date: '2026-05-01' }, '1.0.0', answers, 2),
    );
    expect(isGroupResultText(file)).toBe(true);
    const r = readGroupResult(file);
    expect(r.ok && r.result.answers).toEqual({ 'ver.anker': { kind: 'scale', value: 2 } });
    expect(r.ok && r.result.participants).toBe(2);
  });

  it('refuses a group result larger than any questionnaire, so a nulmeting always fits a saved scan', () => {
    // just under the 2 MiB import limit, but with far more answers than there are questions
    const answers = Object.fromEntries(
      Array.from({ length: 20_000 }, (_, i) => [
        `x.vraag-${i}`,
        { kind: 'text' as const, value: 'a'.repeat(60) },
      ]),
    );
    const file = JSON.stringify(
      makeGroupResult({ id: 'w1', name: 'Groot', date: '2026-05-01' }, '1.0.0', answers, 2),
    );
    expect(file.length).toBeGreaterThan(1_500_000);
    expect(file.length).toBeLessThan(2 * 1024 * 1024);
    const r = readGroupResult(file);
    expect(r.ok ? 'ok' : r.code).toBe('invalid');
    // and the largest one accepted still fits a stored scan under the read limit
    const most = Object.fromEntries(
      Array.from({ length: MAX_ANSWERS }, (_, i) => [
        `x.vraag-${i}`,
        { kind: 'text' as const, value: 'a'.repeat(1000) },
      ]),
    );
    const ok = readGroupResult(
      JSON.stringify(makeGroupResult({ id: 'w1', name: 'Groot', date: '2026-05-01' }, '1.0.0', most, 2)),
    );
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const scan = { ...newScan('s', 'now'), baseline: baselineFromGroupResult(ok.result) };
    expect(JSON.stringify(scan).length).toBeLessThan(MAX_IMPORT_BYTES);
  });

  it.each([
    ['notJson', '{"format": '],
    ['notOurs', JSON.stringify({ format: 'zelfscan-wijkaanpak/scan', version: 1 })],
    ['notOurs', '[]'],
    ['newerVersion', JSON.stringify({ format: GROUP_RESULT_FORMAT, version: GROUP_RESULT_VERSION + 1 })],
    ['tooLarge', 'x'.repeat(3 * 1024 * 1024)],
  ])('refuses bad input with code %s', (code, input) => {
    const r = readGroupResult(input);
    expect(r.ok ? 'ok' : r.code).toBe(code);
  });

  it('lists every bad field with its path', () => {
    const bad = {
      ...JSON.parse(fixture),
      workshop: { id: '', name: 3, date: '2026' },
      answers: { 'ver.anker': { kind: 'scale', value: 9 } },
    };
    const r = readGroupResult(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('invalid');
    expect(r.details.map((d) => d.split(':')[0])).toEqual(
      expect.arrayContaining(['workshop.id', 'workshop.name', 'answers.ver.anker.value']),
    );
  });
});
