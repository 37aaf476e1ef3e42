// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getContent } from '../content/bundle';
import { seriesTrend, type SeriesSession } from '../domain/series';
import type { Answers, Content, Lang } from '../domain/types';
import { newWorkshop } from '../domain/workshop';
import { participantScans, sampleWorkshop } from '../../tests/fixtures/workshop';
import { buildGroupReportModel, groupLabels } from './group-model';
import { groupTrendSection, type GroupSeries } from './group-trend';
import type { Block } from './model';

const NOW = '2026-11-23T12:00:00.000Z';

/** The scored statements of a theme (no anchor), answered by everyone with scale value `v` (mirrored when reverse). */
function answersFor(content: Content, moduleId: string, v: number): Answers {
  const m = content.modules.find((x) => x.id === moduleId);
  const out: Answers = {};
  for (const i of m?.items ?? [])
    if ((i.type === 'likert' || i.type === 'frequency') && !i.anchor)
      out[i.id] = { kind: 'scale', value: i.reverse ? 6 - v : v };
  return out;
}

/** Three sessions over two themes: verankering rises 25% → 50% → 75%, monitoring falls; the second has two people. */
function series(
  lang: Lang,
  secondSize = 4,
): { content: Content; sessions: SeriesSession[]; items: string[] } {
  const content = getContent(lang);
  const items = Object.keys({ ...answersFor(content, 'ver', 3), ...answersFor(content, 'mon', 3) });
  const plan = [
    { id: 's1', name: 'Nulmeting', date: '2026-01-10', ver: 2, mon: 4, n: 3 },
    { id: 's2', name: 'Vervolg 1', date: '2026-04-10', ver: 3, mon: 3, n: secondSize },
    { id: 's3', name: 'Vervolg 2', date: '2026-09-10', ver: 4, mon: 2, n: 3 },
  ];
  const sessions = plan.map((p): SeriesSession => {
    const answers = { ...answersFor(content, 'ver', p.ver), ...answersFor(content, 'mon', p.mon) };
    // one question moves more than its theme: the college agenda goes to "altijd" in the last session
    if (p.id === 's3') answers['ver.college-agenda'] = { kind: 'scale', value: 5 };
    return {
      id: p.id,
      name: p.name,
      date: p.date,
      createdAt: NOW,
      anonymous: false,
      items,
      participants: Array.from({ length: p.n }, () => ({ role: 'bestuurder' as const, answers })),
    };
  });
  return { content, sessions, items };
}

const tableRows = (blocks: Block[], index: number) =>
  blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')[index];

describe('group report: trend over the series', () => {
  it('gives a table theme × session with the change, and a sentence on what rose and fell most', () => {
    const { content, sessions } = series('nl');
    const input: GroupSeries = {
      name: 'Noord 2026',
      trend: seriesTrend(content, sessions),
      workshopId: 's3',
    };
    const [section] = groupTrendSection(content, input, groupLabels('nl'));
    expect(section?.title).toBe('Trend over de reeks');
    const blocks = section?.blocks ?? [];
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Deze workshop hoort bij de reeks ‘Noord 2026’ met 3 bijeenkomsten. Per thema ziet u de gemiddelde score van de groep in elke bijeenkomst.',
    });
    expect(tableRows(blocks, 0)?.rows.map((r) => r[1])).toEqual([
      'Nulmeting',
      'Vervolg 1',
      'Vervolg 2 (dit rapport)',
    ]);
    const table = tableRows(blocks, 1);
    expect(table?.head).toEqual(['Thema', '1. Nulmeting', '2. Vervolg 1', '3. Vervolg 2', 'Verandering']);
    const ver = table?.rows.find((r) => r[0] === 'Bestuurlijke verankering');
    expect(ver?.slice(1, 3)).toEqual(['25%', '50%']);
    expect(ver?.[4]).toMatch(/^\+5\d punten \(hoger\)$/u);
    expect(table?.rows.find((r) => r[0] === 'Monitoring, resultaten & verantwoording')).toEqual([
      'Monitoring, resultaten & verantwoording',
      '75%',
      '50%',
      '25%',
      '−50 punten (lager)',
    ]);
    expect(table?.changes?.directions).toEqual(['up', 'down']);
    // one paragraph per theme: the one that rose most, the one that fell most
    const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toContainEqual(
      expect.stringMatching(
        /^‘Monitoring, resultaten & verantwoording’ daalde het meest: van 75% in bijeenkomst 1 naar 25% in bijeenkomst 3\. Daarbinnen daalde deze vraag het meest, met 50 punten: ‘/u,
      ),
    );
    // with the question that moved most within the theme
    expect(paragraphs).toContain(
      '‘Bestuurlijke verankering’ steeg het meest: van 25% in bijeenkomst 1 naar 78% in bijeenkomst 3. Daarbinnen steeg deze vraag het meest, met 75 punten: ‘Hoe vaak stond de wijkaanpak het afgelopen jaar op de agenda van het hele college?’',
    );
  });

  it('shows a session of fewer than three participants as a gap, with the reason', () => {
    const { content, sessions } = series('en', 2);
    const input: GroupSeries = { name: 'North', trend: seriesTrend(content, sessions), workshopId: 's1' };
    const [section] = groupTrendSection(content, input, groupLabels('en'));
    expect(section?.title).toBe('Trend over the series');
    const rows = tableRows(section?.blocks ?? [], 1)?.rows ?? [];
    expect(rows.every((r) => r[2] === 'fewer than 3 participants')).toBe(true);
  });

  it('is left out with fewer than three sessions, and goes into the group report after the summary', () => {
    const { content, sessions, items } = series('nl');
    const two: GroupSeries = {
      name: 'Noord',
      trend: seriesTrend(content, sessions.slice(0, 2)),
      workshopId: 's1',
    };
    expect(groupTrendSection(content, two, groupLabels('nl'))).toEqual([]);

    const setup = sampleWorkshop(content, items, { id: 's3', name: 'Vervolg 2' });
    const participants = participantScans(content, setup, 3).map((s, i) => ({
      id: s.id,
      role: s.role,
      name: `P${i}`,
      answers: s.answers,
      source: 'file' as const,
      receivedAt: NOW,
      updatedAt: NOW,
    }));
    const record = { ...newWorkshop(setup, NOW), participants };
    const trend = seriesTrend(content, sessions);
    const model = buildGroupReportModel(content, record.setup, record.participants, groupLabels('nl'), {
      date: NOW,
      series: { name: 'Noord', trend, workshopId: 's3' },
    });
    expect(model.sections.map((s) => s.id).slice(0, 3)).toEqual(['samenvatting', 'reeks', 'agenda']);
    const without = buildGroupReportModel(content, record.setup, record.participants, groupLabels('nl'), {
      date: NOW,
    });
    expect(without.sections.some((s) => s.id === 'reeks')).toBe(false);
  });
});
