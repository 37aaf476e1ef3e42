// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { getContent } from '../content/bundle';
import { aggregate } from '../domain/aggregate';
import { participantScans, sampleGroup, sampleWorkshop } from '../../tests/fixtures/workshop';
import {
  buildGroupReportModel,
  distributionText,
  groupFileName,
  groupLabels,
  meanPosition,
  positionCounts,
} from './group-model';
import { csvCell, csvLabels, toCsv, workshopCsv } from './csv';
import { cardDeckFileName, cardItems, cardLabels, renderCardDeck } from './pdf/card-deck';
import type { Block } from './model';

const NOW = '2026-11-23T12:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'zelfscan-group-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample workshop in `lang` with `n` participants read in from their files. */
function workshop(lang: 'nl' | 'en', n: number, anonymous = false) {
  const content = getContent(lang);
  return { content, ...sampleGroup(content, n, NOW, { anonymous }) };
}

/** A sample workshop with its group report model. */
function groupReport(lang: 'nl' | 'en', n: number, anonymous = false) {
  const w = workshop(lang, n, anonymous);
  return {
    ...w,
    m: buildGroupReportModel(w.content, w.setup, w.participants, groupLabels(lang), { date: NOW }),
  };
}

function allText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          return b.text;
        case 'table':
          return [...b.head, ...b.rows.flat()].join(' | ');
        case 'quote':
          return `${b.text} — ${b.cite}`;
        case 'list':
          return b.items.join(' | ');
        case 'fields':
          return b.fields.map((f) => `${f.label}: ${f.value}`).join(' | ');
        case 'radar':
          return b.axes.map((a) => a.label).join(' | ');
        default:
          return '';
      }
    })
    .join('\n');
}

/** One entry of a zip file (stored or deflated): enough to read a .docx's document.xml. */
function zipEntry(buf: Uint8Array, wanted: string): string {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = buf.length - 22;
  while (eocd >= 0 && dv.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  let p = dv.getUint32(eocd + 16, true);
  for (let n = dv.getUint16(eocd + 10, true); n > 0; n--) {
    const nameLength = dv.getUint16(p + 28, true);
    const name = new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLength));
    if (name === wanted) {
      const local = dv.getUint32(p + 42, true);
      const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
      const data = buf.subarray(start, start + dv.getUint32(p + 20, true));
      return new TextDecoder().decode(dv.getUint16(p + 10, true) === 8 ? inflateRawSync(data) : data);
    }
    p += 46 + nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  throw new Error(`${wanted} not in the zip`);
}

async function pdfText(blob: Blob, name: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('group report model', () => {
  it('has the summary, agenda, dilemmas, every theme, open answers, roles and method', () => {
    const { content, setup, participants, m } = groupReport('nl', 6);
    expect(m.title).toBe('Groepsrapport workshop');
    expect(m.subtitle).toBe(setup.name);
    expect(m.cover).toContainEqual({ label: 'Deelnemers', value: '6' });
    const ids = m.sections.map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(['samenvatting', 'agenda', 'dilemmas']);
    expect(ids).toEqual(expect.arrayContaining(['open', 'rollen', 'methode']));
    const agg = aggregate(content, setup.items, participants, { anonymous: false });
    expect(ids.filter((id) => id.startsWith('thema-'))).toHaveLength(
      new Set(agg.items.map((d) => d.module)).size,
    );
    // every participant's name appears with the dilemma positions
    const text = allText(m.sections.flatMap((s) => s.blocks));
    for (const p of participants) expect(text).toContain(p.name);
  });

  it('names nobody in an anonymous workshop, and shows nothing under three people', () => {
    const { content, setup, m } = groupReport('nl', 5, true);
    const text = allText(m.sections.flatMap((s) => s.blocks));
    for (const s of participantScans(content, setup, 5)) expect(text).not.toContain(s.profile.naam);
    const few = workshop('nl', 2, true);
    const m2 = buildGroupReportModel(few.content, few.setup, few.participants, groupLabels('nl'), {
      date: NOW,
    });
    expect(m2.sections.map((s) => s.id)).toEqual(['samenvatting', 'methode']);
    expect(allText(m2.sections[0]?.blocks ?? [])).toMatch(/minder dan drie deelnemers/u);
  });

  it('writes distributions and positions in words', () => {
    const { content, setup, participants } = workshop('nl', 4);
    const agg = aggregate(content, setup.items, participants, { anonymous: false });
    const items = content.modules.flatMap((x) => x.items);
    // the options in words, in scale order, each with its count: statements agree, frequencies say how often
    const expected = {
      likert: ['Helemaal niet', 'Grotendeels niet', 'Deels', 'Grotendeels wel', 'Helemaal wel'],
      frequency: ['Nooit', 'Zelden', 'Soms', 'Vaak', 'Altijd'],
    } as const;
    for (const type of ['likert', 'frequency'] as const) {
      const d = agg.items.find((x) => x.type === type && !x.withheld);
      const item = items.find((i) => i.id === d?.itemId);
      if (!d || !item) throw new Error(`fixture: no ${type} item in the workshop`);
      expect(d.counts).toHaveLength(5);
      const words = distributionText(groupLabels('nl'), item, d);
      const options = expected[type].map((w, i) => `${w} ${d.counts[i]?.count}`).join(' · ');
      expect(options).toMatch(new RegExp(`^${expected[type].map((w) => `${w} \\d+`).join(' · ')}$`, 'u'));
      expect(words.slice(0, options.length)).toBe(options);
    }
    expect(positionCounts([-3, 1, null, 1])).toBe('-3: 1 · +1: 2');
    expect(meanPosition(1.25, 'nl')).toBe('+1,3');
    expect(meanPosition(-0.04, 'en')).toBe('0.0');
    expect(groupFileName({ name: 'Wijkaanpak Noord – sessie 1', date: '2026-11-23' }, 'nl', 'pdf')).toBe(
      'workshop-groepsrapport-wijkaanpak-noord-sessie-1-2026-11-23.pdf',
    );
  });

  it('renders through the report PDF pipeline (text checked with pdftotext)', async () => {
    const { renderPdf } = await import('./pdf/render-pdf');
    const { setup, m } = groupReport('nl', 6);
    const text = await pdfText(await renderPdf(m), 'group.pdf');
    expect(text).toContain('Groepsrapport workshop');
    expect(text).toContain('Gespreksagenda');
    expect(text).toContain(setup.name);
    expect(text.replace(/\s+/gu, ' ')).toContain('Aantal deelnemers per positie');
  });

  it('renders through the Word renderer too (document.xml holds the agenda)', async () => {
    const { renderDocx } = await import('./docx/render-docx');
    const { setup, m } = groupReport('nl', 5);
    const xml = zipEntry(new Uint8Array(await (await renderDocx(m)).arrayBuffer()), 'word/document.xml');
    expect(xml).toContain('Gespreksagenda');
    expect(xml).toContain(setup.name);
  });

  it('renders in English', async () => {
    const { renderPdf } = await import('./pdf/render-pdf');
    const { m } = groupReport('en', 4);
    const text = await pdfText(await renderPdf(m), 'group-en.pdf');
    expect(text).toContain('Workshop group report');
    expect(text).toContain('Discussion agenda');
  });
});

describe('CSV', () => {
  it('guards against formula injection and quotes properly', () => {
    const cells: [string | number, string][] = [
      ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
      ['+31 6 123', "'+31 6 123"],
      ['-lijst', "'-lijst"],
      ['@cmd', "'@cmd"],
      ['\tx', "'\tx"],
      ['\rx', '"\'\rx"'],
      ['=1;2', '"\'=1;2"'],
      ['Zei "ja", toen nee', '"Zei ""ja"", toen nee"'],
      ['twee\nregels', '"twee\nregels"'],
      [-3, '-3'],
      ['gewoon', 'gewoon'],
    ];
    for (const [value, cell] of cells) expect(csvCell(value)).toBe(cell);
    expect(toCsv([['a', 1]], ';')).toBe('\uFEFFa;1\r\n');
  });

  it('has one row per participant and a column per question (two per dilemma)', () => {
    const { content, setup, participants } = workshop('nl', 5);
    const csv = workshopCsv(content, { ...setup }, participants, csvLabels('nl'));
    expect(csv.startsWith('\uFEFFDeelnemer;Rol;Via;')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    const items = content.modules.flatMap((m) => m.items).filter((i) => setup.items.includes(i.id));
    const dilemmas = items.filter((i) => i.type === 'dilemma').length;
    expect(lines[0]?.split(';').length).toBeGreaterThanOrEqual(3 + items.length + dilemmas);
    expect(lines[1]).toContain(participants[0]?.name);
  });

  it('names nobody and blanks small role groups in an anonymous workshop', () => {
    const { content, setup, participants, scans } = workshop('nl', 4, true);
    const csv = workshopCsv(content, setup, participants, csvLabels('nl'));
    for (const s of scans) expect(csv).not.toContain(s.profile.naam);
    expect(csv.split('\r\n')[0]).not.toContain('Via');
    // roles: bestuurder 2, projectleider 1, trainer 1: all under three, so blank
    expect(csv).not.toMatch(/Wethouder of bestuurder|Projectleider of ambtenaar|Trainer of begeleider/u);
  });
});

describe('card deck', () => {
  it('prints every dilemma with both poles and every statement, six to a page', async () => {
    const content = getContent('nl');
    const setup = sampleWorkshop(content);
    const blob = await renderCardDeck(content, setup.items, cardLabels('nl'), {
      name: setup.name,
      date: NOW,
    });
    const text = (await pdfText(blob, 'cards.pdf')).replace(/\s+/gu, ' ');
    const items = cardItems(content, setup.items);
    const pages = (await pdfText(blob, 'cards2.pdf')).split('\f').filter((p) => p.trim()).length;
    expect(pages).toBe(Math.ceil(items.length / 6));
    for (const d of items.filter((i) => i.type === 'dilemma')) {
      expect(text).toContain((d.t.left ?? '').split(' ').slice(0, 3).join(' '));
      expect(text).toContain((d.t.right ?? '').split(' ').slice(0, 3).join(' '));
    }
    expect(text).toContain('DILEMMA');
    expect(text).toContain('STELLING');
    expect(cardDeckFileName('nl', NOW)).toBe('workshop-kaarten-2026-11-23.pdf');
  });

  it('makes four large cards a page when asked', async () => {
    const content = getContent('en');
    const ids = content.modules
      .flatMap((m) => m.items)
      .filter((i) => i.type === 'dilemma')
      .map((i) => i.id);
    const blob = await renderCardDeck(content, ids, cardLabels('en'), { name: 'All dilemmas', perPage: 4 });
    const pages = (await pdfText(blob, 'cards-en.pdf')).split('\f').filter((p) => p.trim()).length;
    expect(pages).toBe(Math.ceil(ids.length / 4));
  });
});
