// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getContent } from '../../content/bundle';
import { encryptText } from '../../storage/crypto';
import { wrap } from '../../storage/envelope';
import { makeGroupResult } from '../../storage/group-result';
import { sampleScan } from '../../../tests/fixtures/sample-scan';
import { readBaselineFile } from './baseline-file';

const content = getContent('nl');
const json = (name: string, data: unknown) =>
  new File([JSON.stringify(data)], name, { type: 'application/json' });

describe('readBaselineFile', () => {
  const scan = {
    ...sampleScan(content, 'trainer', { kind: 'quick' }),
    name: 'Nulmeting',
    answers: { 'ver.college-raad': { kind: 'scale', value: 2 }, 'oud.weg': { kind: 'scale', value: 4 } },
  } as const;

  it('keeps answers to items the content no longer has, so they can be listed as removed', async () => {
    const r = await readBaselineFile(
      json('a.json', wrap(scan, '0.9.0', '2026-01-01')),
      content,
      'Zonder naam',
    );
    expect(r.ok && r.baseline).toMatchObject({
      source: 'file',
      label: 'Nulmeting',
      contentVersion: '0.9.0',
      role: 'trainer',
    });
    expect(r.ok && Object.keys(r.baseline.answers).sort()).toEqual(['oud.weg', 'ver.college-raad']);
  });

  it('opens a file protected with a passphrase only with the right passphrase', async () => {
    const file = json(
      'a.beveiligd.json',
      await encryptText(JSON.stringify(wrap(scan, '1.0.0', 'x')), 'geheim wachtwoord'),
    );
    expect(await readBaselineFile(file, content, '')).toMatchObject({ ok: false, code: 'needsPassphrase' });
    expect(await readBaselineFile(file, content, '', 'verkeerd wachtwoord')).toMatchObject({
      ok: false,
      code: 'wrongPassphrase',
    });
    const r = await readBaselineFile(file, content, '', 'geheim wachtwoord');
    expect(r.ok && Object.keys(r.baseline.answers)).toContain('oud.weg');
  });

  it('reads a workshop’s group result and refuses what is neither', async () => {
    const group = makeGroupResult({ id: 'w', name: 'Werkplaats', date: '2026-03-12' }, '1.0.0', {
      'ver.college-raad': { kind: 'unknown' },
    });
    expect(await readBaselineFile(json('g.json', group), content, '')).toMatchObject({
      ok: true,
      baseline: { source: 'workshop', label: 'Werkplaats', savedAt: '2026-03-12', role: null },
    });
    expect(await readBaselineFile(json('g.json', { ...group, version: 2 }), content, '')).toMatchObject({
      ok: false,
      code: 'newerVersion',
    });
    expect(await readBaselineFile(json('x.json', { iets: 1 }), content, '')).toMatchObject({
      ok: false,
      code: 'notOurs',
    });
    expect(await readBaselineFile(new File(['{'], 'x.json'), content, '')).toMatchObject({
      ok: false,
      code: 'notJson',
    });
  });
});
