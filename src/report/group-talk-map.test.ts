// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getContent } from '../content/bundle';
import { aggregate } from '../domain/aggregate';
import { QUADRANTS, talkMap } from '../domain/talk-map';
import { LANGUAGES } from '../i18n/languages';
import { sampleGroup } from '../../tests/fixtures/workshop';
import { buildGroupReportModel, groupLabels } from './group-model';
import { groupTalkMapSections, numberList, tooFewText } from './group-talk-map';
import { renderMarkdown } from './markdown/render-markdown';
import type { Block } from './model';

const NOW = '2026-11-23T12:00:00.000Z';

/** The sample workshop in `lang` with `n` participants read in from their files, and its group statistics. */
function workshop(lang: 'nl' | 'en', n: number, anonymous = false) {
  const content = getContent(lang);
  const { setup, participants } = sampleGroup(content, n, NOW, { anonymous });
  return { content, setup, participants, agg: aggregate(content, setup.items, participants, { anonymous }) };
}

const texts = (blocks: readonly Block[]) =>
  blocks.flatMap((b) =>
    b.kind === 'table'
      ? [...b.head, ...b.rows.flat()]
      : b.kind === 'heading' || b.kind === 'paragraph'
        ? [b.text]
        : [],
  );

describe('the group report’s talk map page', () => {
  it('lists every quadrant with its questions by their number in the workshop', () => {
    const { content, setup, agg } = workshop('nl', 5);
    const [section, ...rest] = groupTalkMapSections(content, setup, agg, groupLabels('nl'));
    expect(rest).toEqual([]);
    expect(section?.title).toBe('Waar praten we over?');
    expect(section?.pageBreak).toBe(true);
    const blocks = section?.blocks ?? [];
    const names = QUADRANTS.map((q) => LANGUAGES.nl.resources.workshop.talkMap.quadrants[q].name);
    expect(
      blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : '')),
    ).toEqual(names);
    expect(names).toEqual([
      'Verdeeld: we willen verder, maar hoe?',
      'Eens: hier willen we verder',
      'Verdeeld',
      'Eens en tevreden',
    ]);
    // each table row: number, question text, change wanted, spread; numbers are places in setup.items
    const map = talkMap(agg, setup.items);
    const rows = blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    expect(rows).toHaveLength(map.points.length);
    expect(map.points.length).toBeGreaterThan(0);
    const items = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i]));
    for (const r of rows) {
      const id = setup.items[Number(r[0]) - 1] as string;
      expect(r[1]).toBe(items.get(id)?.t.text);
      expect(r[2]).toMatch(/^\d+%$/u);
      expect(r[3]).toMatch(/^(klein|middel|groot) \(0,\d\d\)$/u);
    }
    expect(texts(blocks).join(' ')).toMatch(/Vanaf 25% wil de groep veranderen\. .*spreiding van 0,25/u);
  });

  it('never names a participant, also in a named workshop', () => {
    const { content, setup, agg, participants } = workshop('nl', 6);
    const all = texts(
      groupTalkMapSections(content, setup, agg, groupLabels('nl')).flatMap((s) => s.blocks),
    ).join('\n');
    for (const p of participants) expect(all).not.toContain(p.name);
  });

  it('leaves off and counts questions with fewer than three answers, also in a named workshop', () => {
    const { content, setup, agg } = workshop('nl', 2);
    const blocks = groupTalkMapSections(content, setup, agg, groupLabels('nl'))[0]?.blocks ?? [];
    const all = texts(blocks).join('\n');
    expect(blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(all).toContain('Nog geen enkele vraag heeft genoeg antwoorden voor de kaart.');
    const scored = setup.items.filter(
      (id) => agg.items.some((d) => d.itemId === id) || agg.dilemmas.some((d) => d.itemId === id),
    ).length;
    expect(all).toContain(
      `${scored} vragen hebben te weinig antwoorden (minder dan 3) en staan niet op de kaart`,
    );
  });

  it('writes the numbers left off in words, one or more', () => {
    const T = LANGUAGES.nl.resources.workshop.talkMap;
    expect(tooFewText(T, [], 'nl')).toBe('');
    expect(tooFewText(T, [4], 'nl')).toBe(
      '1 vraag heeft te weinig antwoorden (minder dan 3) en staat niet op de kaart: vraag 4.',
    );
    expect(numberList([3, 7, 12], 'nl')).toBe('3, 7 en 12');
    expect(numberList([3, 7, 12], 'en')).toBe('3, 7, and 12');
  });

  it('is a page of the group report, after the dilemmas, in both languages and every format', () => {
    for (const lang of ['nl', 'en'] as const) {
      const { content, setup, participants } = workshop(lang, 4);
      const m = buildGroupReportModel(content, setup, participants, groupLabels(lang), { date: NOW });
      const ids = m.sections.map((s) => s.id);
      expect(ids.indexOf('kaart')).toBe(ids.indexOf('dilemmas') + 1);
      const md = renderMarkdown(m);
      expect(md).toContain(lang === 'nl' ? 'Waar praten we over?' : 'Where to talk');
      expect(md).toContain(lang === 'nl' ? 'Eens en tevreden' : 'Agreed and content');
    }
  });
});
