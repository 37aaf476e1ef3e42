// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rawContent } from './bundle';
import { buildContent, checkContent, type RawContent } from './load';
import { findCopiedRuns } from './copy-check';

const clone = (): RawContent => structuredClone(rawContent);

describe('content', () => {
  it('is valid, complete in both languages and cites every seed unit', () => {
    const r = checkContent(rawContent);
    expect(r.issues).toEqual([]);
    expect(r.cited.size).toBe(143);
    expect(r.seedIds.length).toBe(143);
  });

  it('builds the same structure in Dutch and English', () => {
    const nl = buildContent(rawContent, 'nl');
    const en = buildContent(rawContent, 'en');
    expect(en.modules.map((m) => m.items.map((i) => i.id))).toEqual(
      nl.modules.map((m) => m.items.map((i) => i.id)),
    );
    expect(nl.modules).toHaveLength(9);
    for (const t of ['likert', 'frequency', 'instrument', 'dilemma', 'open']) {
      expect(
        nl.modules.flatMap((m) => m.items).some((i) => i.type === t),
        t,
      ).toBe(true);
    }
  });

  it('reports every problem with file and path', () => {
    const raw = clone();
    const ver = raw.modules.ver as { items: Record<string, unknown>[] };
    (ver.items[0] as Record<string, unknown>).type = 'slider';
    const org = raw.modules.org as { items: Record<string, unknown>[] };
    (org.items[1] as Record<string, unknown>).sources = ['bestaat.niet.1'];
    const en = raw.texts.en.stu as { items: Record<string, unknown> };
    const firstKey = Object.keys(en.items)[0] as string;
    delete en.items[firstKey];
    en.items['stu.wees'] = { text: 'x', why: 'x', gap: 'x', strength: 'x' };
    const issues = checkContent(raw).issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
    expect(issues.some((i) => i.startsWith('modules/ver.json items.0.type'))).toBe(true);
    expect(
      issues.some((i) => i.startsWith('modules/org.json items.1.sources.0') && i.includes('bestaat.niet.1')),
    ).toBe(true);
    expect(
      issues.some((i) => i.startsWith(`texts/en/stu.json items.${firstKey}`) && i.includes('ontbreekt')),
    ).toBe(true);
    expect(issues.some((i) => i.startsWith('texts/en/stu.json items.stu.wees'))).toBe(true);
  });

  it('reports an item that lost its texts and a rule that points nowhere', () => {
    const raw = clone();
    (raw.rules as { when: unknown }[])[0]!.when = { item: 'ver.weg', scoreBelow: 0.5 };
    const issues = checkContent(raw).issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
    expect(issues.some((i) => i.startsWith('rules.json 0.when') && i.includes('ver.weg'))).toBe(true);
  });

  it('finds runs of eight words copied from a source', () => {
    const src = 'Maak gebruik van de kennis die er lokaal is bij de verschillende organisaties.';
    expect(findCopiedRuns({ a: 'We maken gebruik van de kennis die er lokaal is.' }, [src], 8)).toHaveLength(
      1,
    );
    expect(findCopiedRuns({ a: 'We benutten wat partners in de wijk weten.' }, [src], 8)).toHaveLength(0);
  });
});
