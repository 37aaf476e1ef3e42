import { MIN_GROUP } from '../domain/aggregate';
import { largestMoves, type SeriesModuleTrend, type SeriesPoint, type SeriesTrend } from '../domain/series';
import type { Content } from '../domain/types';
import type { GroupLabels } from './group-model';
import { pct } from './group-format';
import { changeDirection, changeText, fill, type Block, type Section } from './model';

/** The series a group report is part of: its name, the trend over its sessions and which session the report is of. */
export interface GroupSeries {
  name: string;
  trend: SeriesTrend;
  /** The workshop the report is of (a session of the trend). */
  workshopId: string;
}

/** A session's cell: the score, or why there is none. */
export function pointText(L: GroupLabels, p: SeriesPoint): string {
  return p.gap === null ? pct(p.score) : fill(L.group.series.gap[p.gap], { min: MIN_GROUP });
}

/** "+12 punten (hoger)", and from which session to which when the first or the last session has no score. */
export function trendChangeText(L: GroupLabels, m: SeriesModuleTrend, sessions: number): string {
  if (m.change === null || m.from === null || m.to === null) return '–';
  const change = changeText(L.report, m.change);
  if (m.from === 0 && m.to === sessions - 1) return change;
  return fill(L.group.series.changeSpan, { change, from: m.from + 1, to: m.to + 1 });
}

/**
 * What the trend says in words, one paragraph per theme: the theme that rose most and the one that fell most, each
 * with the question that moved most within it; the "nothing moved" sentence when no theme did.
 */
export function trendSentences(
  content: Pick<Content, 'modules'>,
  trend: SeriesTrend,
  L: GroupLabels,
): string[] {
  const S = L.group.series;
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  const items = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const paragraphs: string[] = [];
  const { rose, fell } = largestMoves(trend);
  for (const [m, text, itemText] of [
    [rose, S.rose, S.roseItem],
    [fell, S.fell, S.fellItem],
  ] as const) {
    if (!m || m.from === null || m.to === null) continue;
    const theme = fill(text, {
      theme: moduleTitle(m.moduleId),
      first: pct(m.points[m.from]?.score ?? null),
      last: pct(m.points[m.to]?.score ?? null),
      from: m.from + 1,
      to: m.to + 1,
    });
    const top = m === rose ? m.rises[0] : m.falls[0];
    const item = top
      ? fill(itemText, {
          statement: items.get(top.itemId)?.t.text ?? top.itemId,
          points: Math.round(Math.abs(top.delta) * 100),
        })
      : '';
    paragraphs.push(item ? `${theme} ${item}` : theme);
  }
  return paragraphs.length ? paragraphs : [S.none];
}

/**
 * "Trend over de reeks" in the group report: the sessions of the series, per theme the group's score in each session
 * and the change from the first to the last score, and a sentence on the theme that rose most and the one that fell
 * most (with the question that moved most within it). Nothing when the series has too few sessions for a trend.
 * Pure; the caller computes the trend (src/domain/series.ts).
 */
export function groupTrendSection(
  content: Pick<Content, 'modules'>,
  series: GroupSeries | undefined,
  L: GroupLabels,
): Section[] {
  if (!series?.trend.enough) return [];
  const S = L.group.series;
  const { trend } = series;
  const n = trend.sessions.length;
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;

  const leftOut = trend.modules.filter((m) => m.leftOut.length > 0).map((m) => moduleTitle(m.moduleId));
  const blocks: Block[] = [
    { kind: 'paragraph', text: fill(S.intro, { name: series.name, count: n }) },
    {
      kind: 'table',
      head: [S.number, S.session, S.date, S.participants],
      rows: trend.sessions.map((s, i) => [
        String(i + 1),
        s.id === series.workshopId ? fill(S.thisOne, { name: s.name }) : s.name,
        s.date || '–',
        String(s.participants),
      ]),
      widths: [0.8, 5.2, 2, 2],
    },
    {
      kind: 'table',
      caption: S.title,
      rowHeaders: true,
      head: [S.theme, ...trend.sessions.map((s, i) => fill(S.column, { n: i + 1, name: s.name })), S.change],
      rows: trend.modules.map((m) => [
        moduleTitle(m.moduleId),
        ...m.points.map((p) => pointText(L, p)),
        trendChangeText(L, m, n),
      ]),
      // the theme and the change get room; the sessions share the rest
      widths: [3, ...trend.sessions.map(() => 6 / n), 2.6],
      changes: { column: n + 1, directions: trend.modules.map((m) => changeDirection(m.change)) },
    },
    ...trendSentences(content, trend, L).map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: fill(S.basis, { min: MIN_GROUP }), emphasis: 'muted' },
    ...(leftOut.length
      ? [
          {
            kind: 'paragraph' as const,
            text: fill(S.leftOut, { themes: leftOut.join(', ') }),
            emphasis: 'muted' as const,
          },
        ]
      : []),
  ];
  return [{ id: 'reeks', title: S.title, blocks, pageBreak: true }];
}
