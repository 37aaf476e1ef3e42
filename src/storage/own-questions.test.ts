// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getContent } from '../content/bundle';
import { aggregate } from '../domain/aggregate';
import { compareAnswerSets } from '../domain/compare';
import { normaliseOwn, OWN_LIMITS, OWN_MODULE, ownProblems, withOwnQuestions } from '../domain/own-questions';
import { selectItems } from '../domain/selection';
import { questionNumber } from '../domain/workshop';
import { wrap } from './envelope';
import { makeInvitation, participantScan, readInvitation } from './invitation';
import { decodeParticipantQr, readParticipantFile } from './participant-file';
import { encodeInvitationQr, encodeParticipantQr, QrCollector } from './qr-codec';
import { restore } from './restore';
import QRCode from 'qrcode';
import { sampleWorkshop } from '../../tests/fixtures/workshop';

const content = getContent('nl');
const NOW = '2026-12-01T10:00:00.000Z';
const own = normaliseOwn([
  { kind: 'statement', text: 'We weten van elkaar wie wat doet in de wijk.' },
  {
    kind: 'dilemma',
    text: 'Waar ligt bij ons het zwaartepunt?',
    left: 'Snel resultaat',
    right: 'Lange adem',
  },
  { kind: 'open', text: 'Wat moet de raad volgende maand weten?' },
]);
const base = sampleWorkshop(content);
const setup = { ...base, items: [...base.items, ...own.map((q) => q.id)], own };

describe('the trainer’s own questions', () => {
  it('are checked as typed: text and both poles filled, not too long', () => {
    expect(ownProblems({ kind: 'statement', text: '  ' })).toEqual(['textEmpty']);
    expect(ownProblems({ kind: 'open', text: 'x'.repeat(161) })).toEqual(['textLong']);
    expect(ownProblems({ kind: 'dilemma', text: 'Kiezen?', left: 'A', right: ' ' })).toEqual(['poleEmpty']);
    expect(ownProblems({ kind: 'dilemma', text: 'Kiezen?', left: 'A', right: 'B' })).toEqual([]);
    expect(own.map((q) => q.id)).toEqual(['eigen.1', 'eigen.2', 'eigen.3']);
    expect(own[0]).not.toHaveProperty('left');
  });

  it('form one module after the content’s, unscored, and nothing changes without them', () => {
    expect(withOwnQuestions(content, undefined)).toBe(content);
    const c = withOwnQuestions(content, own, { title: 'Vragen van de trainer', intro: '' });
    expect(c.modules.at(-1)?.id).toBe(OWN_MODULE);
    expect(c.modules.at(-1)?.items.map((i) => [i.type, i.own, i.sources.length])).toEqual([
      ['likert', true, 0],
      ['dilemma', true, 0],
      ['open', true, 0],
    ]);
    expect(c.paths.bestuurder.moduleOrder.at(-1)).toBe(OWN_MODULE);
  });

  it('travel in the invitation file and in its QR code', () => {
    const file = readInvitation(JSON.stringify(makeInvitation(setup, content.contentVersion)), content);
    expect(file.ok && file.setup).toEqual(setup);
    const qr = readInvitation(encodeInvitationQr(setup, content), content);
    expect(qr.ok && qr.setup).toEqual(setup);
  });

  it('fit in one invitation QR code at their longest (five dilemmas, plain letters)', () => {
    const longest = normaliseOwn(
      Array.from({ length: 5 }, () => ({
        kind: 'dilemma' as const,
        text: 'x'.repeat(OWN_LIMITS.text),
        left: 'l'.repeat(OWN_LIMITS.pole),
        right: 'r'.repeat(OWN_LIMITS.pole),
      })),
    );
    const full = { ...base, items: [...base.items, ...longest.map((q) => q.id)], own: longest };
    const text = encodeInvitationQr(full, content);
    expect(() => QRCode.create(text, { errorCorrectionLevel: 'M' })).not.toThrow();
    expect(readInvitation(text, content).ok).toBe(true);
  });

  it('refuses an invitation whose own dilemma lost a pole', () => {
    const broken = {
      ...setup,
      own: [{ id: 'eigen.1', kind: 'dilemma' as const, text: 'Kiezen?', left: 'A' }],
    };
    const r = readInvitation(JSON.stringify(makeInvitation(broken, content.contentVersion)), content);
    expect(r.ok).toBe(false);
  });

  it('give everyone the same numbering, whatever the role', () => {
    const asked = withOwnQuestions(content, own);
    const lists = (['bestuurder', 'projectleider', 'trainer'] as const).map((role) =>
      selectItems(asked, role, { kind: 'items', items: setup.items }).map((i) => i.id),
    );
    expect(lists[0]).toEqual(setup.items);
    expect(lists[1]).toEqual(setup.items);
    expect(lists[2]).toEqual(setup.items);
    expect(questionNumber(setup, 'eigen.1')).toBe(base.items.length + 1);
  });

  it('are answered, kept on resume and reach the trainer by file and by QR code', () => {
    const scan = {
      ...participantScan(setup, 'p-1', NOW, { role: 'projectleider', name: 'Anna' }),
      answers: {
        'eigen.1': { kind: 'scale' as const, value: 4 },
        'eigen.2': { kind: 'dilemma' as const, now: -2, desired: 1 },
        'eigen.3': { kind: 'text' as const, value: 'Dat we klaar zijn met plannen.' },
      },
    };
    expect(scan.step).toBe('questions');
    expect(scan.profile.naam).toBe('Anna');
    const text = JSON.stringify(wrap(scan, content.contentVersion, NOW));
    const resumed = restore(text, content);
    expect(resumed.ok && resumed.envelope.scan.answers).toEqual(scan.answers);

    const byFile = readParticipantFile(text, setup, content, NOW);
    expect(byFile.ok && byFile.participant.answers).toEqual(scan.answers);

    const collector = new QrCollector();
    const parts = encodeParticipantQr(scan, content);
    const done = parts.map((p) => collector.add(p)).at(-1);
    expect(done?.status).toBe('complete');
    const byQr = done?.status === 'complete' ? decodeParticipantQr(done.payload, setup, content, NOW) : null;
    expect(byQr?.ok && byQr.participant.answers).toEqual(scan.answers);
  });

  it('are read as the trainer set them: a participant’s altered copy does not change their type', () => {
    const altered = {
      ...setup,
      own: own.map((q) => (q.id === 'eigen.1' ? { ...q, kind: 'open' as const } : q)),
    };
    const scan = {
      ...participantScan(altered, 'p-2', NOW, { role: 'trainer', name: '' }),
      answers: { 'eigen.1': { kind: 'text' as const, value: 'anders' } },
    };
    const r = readParticipantFile(
      JSON.stringify(wrap(scan, content.contentVersion, NOW)),
      setup,
      content,
      NOW,
    );
    // the trainer's eigen.1 is a statement: a text answer does not fit it and is not counted
    expect(r.ok).toBe(false);
  });

  it('are never compared with another workshop’s: their `eigen.1` is another question', () => {
    const asked = withOwnQuestions(content, own);
    const one = { 'eigen.1': { kind: 'scale' as const, value: 1 } };
    const two = { 'eigen.1': { kind: 'scale' as const, value: 5 } };
    const c = compareAnswerSets(asked, { answers: one }, { answers: two });
    expect(c.removedItems).toEqual([]);
    expect(c.modules).toEqual([]);
  });

  it('count in the group’s distributions but in no theme score', () => {
    const asked = withOwnQuestions(content, own);
    const members = [3, 4, 5].map((v) => ({
      role: null,
      answers: { 'eigen.1': { kind: 'scale' as const, value: v } },
    }));
    const agg = aggregate(asked, setup.items, members, { anonymous: true });
    expect(agg.items.find((d) => d.itemId === 'eigen.1')?.respondents).toBe(3);
    expect(agg.modules.some((m) => m.moduleId === OWN_MODULE)).toBe(false);
  });
});
