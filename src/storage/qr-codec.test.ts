// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getContent } from '../content/bundle';
import { participantScans, sampleWorkshop } from '../../tests/fixtures/workshop';
import { decodeParticipantQr } from './participant-file';
import { encodeParticipantQr, parseQrPart, QrCollector, type CollectResult } from './qr-codec';

const content = getContent('nl');
const NOW = '2026-11-23T12:00:00.000Z';
const openItem = content.modules.flatMap((m) => m.items).find((i) => i.type === 'open');
if (!openItem) throw new Error('content has no open question');
const setup = sampleWorkshop(content, [...new Set([...content.paths.trainer.quick, openItem.id])]);
const [scan] = participantScans(content, setup, 1);
if (!scan) throw new Error('fixture');
const withOpen = (value: string) => ({
  ...scan,
  answers: { ...scan.answers, [openItem.id]: { kind: 'text' as const, value } },
});
const collectAll = (codes: readonly string[]): CollectResult | undefined => {
  const c = new QrCollector();
  return codes.map((code) => c.add(code)).at(-1);
};

describe('participant QR parts whose cut falls on a space', () => {
  it('keeps the spaces at either end of a part, so the sequence still adds up', () => {
    const answer = 'Een lang antwoord met spaties. '.repeat(20).trim();
    // find chunk sizes at which a part ends, and one at which a part begins, with a space
    const cuts = (chunk: number) => encodeParticipantQr(withOpen(answer), content, chunk);
    const data = (code: string) => code.replace(/^ZW1:P:[0-9a-f]{8}:\d+\/\d+:/u, '');
    const sizes = Array.from({ length: 80 }, (_, i) => 100 + i);
    const endsWithSpace = sizes.find((n) => cuts(n).some((c) => data(c).endsWith(' ')));
    const startsWithSpace = sizes.find((n) => cuts(n).some((c) => data(c).startsWith(' ')));
    expect(endsWithSpace).toBeDefined();
    expect(startsWithSpace).toBeDefined();
    for (const n of [endsWithSpace, startsWithSpace] as number[]) {
      const codes = cuts(n);
      for (const c of codes) expect(parseQrPart(c)?.data).toBe(data(c));
      const done = collectAll(codes);
      expect(done?.status).toBe('complete');
      if (done?.status !== 'complete') return;
      const r = decodeParticipantQr(done.payload, setup, content, NOW);
      expect(r.ok && r.participant.answers[openItem.id]).toEqual({ kind: 'text', value: answer });
    }
  });

  it('still ignores what a scanner adds around the text: leading blanks and a final line break', () => {
    const codes = encodeParticipantQr(withOpen('Kort antwoord.'), content);
    const [code] = codes;
    expect(parseQrPart(` ${code}\r\n`)).toEqual(parseQrPart(code as string));
    expect(collectAll(codes.map((c) => `${c}\n`))?.status).toBe('complete');
  });

  it('reads any open answer back from its codes, at any chunk size, in any order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', ' ', '.', '"', '\\', '\n', '‘'), maxLength: 1000 }),
        fc.integer({ min: 60, max: 700 }),
        fc.boolean(),
        (answer, chunk, reverse) => {
          const codes = encodeParticipantQr(withOpen(answer), content, chunk);
          fc.pre(codes.length <= 12);
          const done = collectAll(reverse ? [...codes].reverse() : codes);
          if (done?.status !== 'complete') return false;
          const r = decodeParticipantQr(done.payload, setup, content, NOW);
          const expected = answer.trim() ? { kind: 'text', value: answer.trim() } : undefined;
          return r.ok && JSON.stringify(r.participant.answers[openItem.id]) === JSON.stringify(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
