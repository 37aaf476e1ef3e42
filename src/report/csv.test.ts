import { describe, expect, it } from 'vitest';
import { getContent } from '../content/bundle';
import { normaliseOwn, withOwnQuestions } from '../domain/own-questions';
import type { Content } from '../domain/types';
import type { Participant, ParticipantSource, WorkshopSetup } from '../domain/workshop';
import { sampleWorkshop } from '../../tests/fixtures/workshop';
import { csvCell, csvLabels, workshopCsv } from './csv';

/** The content a workshop is read against: the app's questions and the trainer's own (as the workshop screens make it). */
const workshopContent = (content: Content, setup: WorkshopSetup): Content =>
  withOwnQuestions(content, setup.own, { title: 'Vragen van de trainer', intro: '' });

const itemText = (content: Content, id: string) =>
  content.modules.flatMap((m) => m.items).find((i) => i.id === id)?.t.text ?? '';

describe('csvCell neutralises anything a spreadsheet could run as a formula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [' =HYPERLINK("x")', `"' =HYPERLINK(""x"")"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['\u0000=1', "'\u0000=1"],
    ['\t=1', "'\t=1"],
    ['＝1+1', "'＝1+1"],
    ['\u3000＋1', "'\u3000＋1"],
  ])('%j becomes %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('Wijk Noord')).toBe('Wijk Noord');
    expect(csvCell('e-mail')).toBe('e-mail');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('a; b')).toBe('"a; b"');
  });
});

describe('workshopCsv', () => {
  const content0 = getContent('nl');
  const own = normaliseOwn([
    { kind: 'statement', text: 'We hebben genoeg tijd.' },
    { kind: 'dilemma', text: 'Waar leggen we het geld neer?', left: 'Gemeente', right: 'Wijk' },
  ]);
  const base = sampleWorkshop(content0, ['ver.college-agenda', 'ver.dilemma-boegbeeld']);
  const setup: WorkshopSetup = { ...base, items: [...base.items, ...own.map((q) => q.id)], own };
  const content = workshopContent(content0, setup);
  const person = (id: string, source: ParticipantSource, name: string): Participant => ({
    id,
    role: 'bestuurder',
    name,
    answers: {
      'ver.college-agenda': { kind: 'scale', value: 4 },
      'ver.dilemma-boegbeeld': { kind: 'dilemma', now: -2, desired: 1 },
      'eigen.1': { kind: 'na' },
      'eigen.2': { kind: 'dilemma', now: 3, desired: 0 },
    },
    source,
    receivedAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
  });
  const participants = [
    person('a', 'file', 'Anna'),
    person('b', 'qr', 'Bram'),
    person('c', 'device', 'Carla'),
    person('paper-1', 'paper', 'Dirk'),
  ];
  const rows = (csv: string) =>
    csv
      .replace(/^\uFEFF/u, '')
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(';'));

  it('numbers every question column as the workshop does and marks the own questions', () => {
    const [head] = rows(workshopCsv(content, setup, participants, csvLabels('nl')));
    const college = itemText(content, 'ver.college-agenda');
    const dilemma = itemText(content, 'ver.dilemma-boegbeeld');
    expect(head).toEqual([
      'Deelnemer',
      'Rol',
      'Via',
      `1. ${college} [ver.college-agenda]`,
      `2. ${dilemma} [ver.dilemma-boegbeeld] (nu)`,
      `2. ${dilemma} [ver.dilemma-boegbeeld] (gewenst)`,
      '3. We hebben genoeg tijd. (eigen vraag)',
      '4. Waar leggen we het geld neer? (eigen vraag) (nu)',
      '4. Waar leggen we het geld neer? (eigen vraag) (gewenst)',
    ]);
    const en = rows(
      workshopCsv(workshopContent(getContent('en'), setup), setup, participants, csvLabels('en')),
    );
    // English spreadsheets take a comma
    expect(en[0]?.[0]).toMatch(/^Participant,Role,Via,1\. How often .*\[ver\.college-agenda\],/u);
  });

  it('says how each participant’s answers came in, paper included', () => {
    const body = rows(workshopCsv(content, setup, participants, csvLabels('nl'))).slice(1);
    expect(body.map((r) => [r[0], r[2]])).toEqual([
      ['Anna', 'bestand'],
      ['Bram', 'QR-code'],
      ['Carla', 'dit apparaat'],
      ['Dirk', 'papier'],
    ]);
    expect(body[3]?.slice(3)).toEqual(['4', '-2', '1', 'Niet van toepassing', '3', '0']);
    const en = workshopCsv(workshopContent(getContent('en'), setup), setup, participants, csvLabels('en'));
    expect(en).toContain(',paper,');
  });

  it('drops names and the source in an anonymous workshop, paper sheets too', () => {
    const anonymous = { ...setup, anonymous: true };
    const csv = workshopCsv(content, anonymous, participants, csvLabels('nl'));
    const [head, ...body] = rows(csv);
    expect(head?.slice(0, 3)).toEqual([
      'Deelnemer',
      'Rol',
      '1. ' + itemText(content, 'ver.college-agenda') + ' [ver.college-agenda]',
    ]);
    for (const name of ['Anna', 'Bram', 'Carla', 'Dirk']) expect(csv).not.toContain(name);
    expect(csv).not.toMatch(/papier|bestand|QR-code/u);
    expect(body).toHaveLength(4);
  });
});
