import { SCORED_TYPES } from './answer-types';
import { aggregate, MIN_GROUP, type GroupMember } from './aggregate';
import type { Content } from './types';
import type { WorkshopRecord, WorkshopSeries } from './workshop';

/**
 * A series over time: workshops of one group (a nulmeting and vervolgmetingen) in date order, with per theme the
 * group score of every session, the change from the first to the last session with a score, and the questions that
 * moved most. Scores are the group overview's: the mean of the participants' theme scores (see aggregate.ts).
 *
 * Like the comparison of two measurements (compare.ts), a theme is scored over the same questions in every session:
 * the questions of that theme asked in each session that asked the theme at all. A theme a session did not ask is a
 * gap, never a zero; so is a session with fewer than MIN_GROUP participants, or a theme fewer than MIN_GROUP of them
 * have a score for: a trend point on one or two people says nothing about a group.
 */

/** A trend needs at least this many sessions; two are the comparison screen's. */
export const SERIES_MIN_SESSIONS = 3;
/** Per theme, at most this many questions listed as the largest rises and as the largest falls. */
export const SERIES_TOP_ITEMS = 3;

/** One session of a series: a workshop as the trend needs it. */
export interface SeriesSession {
  id: string;
  name: string;
  /** The workshop's date as the trainer entered it (usually ISO); '' when not given. */
  date: string;
  /** When the workshop was set up: orders sessions of the same date. */
  createdAt: string;
  anonymous: boolean;
  /** The questions the session asked. */
  items: readonly string[];
  participants: readonly GroupMember[];
}

/** Why a session has no score for a theme. */
export type SeriesGap =
  /** The session did not ask this theme. */
  | 'notAsked'
  /** The sessions asked this theme with different questions: not one scored statement is in all of them. */
  | 'otherQuestions'
  /** The session has fewer than MIN_GROUP participants. */
  | 'tooFew'
  /** Fewer than MIN_GROUP participants have a score for this theme (the rest answered "weet niet" or nothing). */
  | 'fewAnswers';

export interface SeriesPoint {
  /** The group score (0–1), or null with the reason in `gap`. */
  score: number | null;
  /** Participants with a score for the theme (0 when the theme was not asked). */
  respondents: number;
  gap: SeriesGap | null;
}

export interface SeriesItemChange {
  itemId: string;
  /** Index of the first and of the last session with a score for this question. */
  from: number;
  to: number;
  /** The question's mean score (0–1) in those sessions. */
  first: number;
  last: number;
  /** last − first. */
  delta: number;
}

export interface SeriesModuleTrend {
  moduleId: string;
  /** One point per session, in session order. */
  points: SeriesPoint[];
  /** Index of the first and of the last session with a score; null when fewer than two sessions have one. */
  from: number | null;
  to: number | null;
  /** Score of the last session with a score − score of the first one; null when fewer than two have a score. */
  change: number | null;
  /** The questions the theme is scored on: asked in every session that asked the theme. Content order. */
  items: string[];
  /** Questions of the theme asked in some of those sessions but not in all: left out of the trend. Content order. */
  leftOut: string[];
  /** Questions that scored higher in the last session than in the first, largest rise first (at most the top). */
  rises: SeriesItemChange[];
  /** Questions that scored lower, largest fall first (at most the top). */
  falls: SeriesItemChange[];
}

export interface SeriesTrend {
  /** The sessions in series order, with how many took part. */
  sessions: { id: string; name: string; date: string; participants: number }[];
  /** Themes asked in at least one session, in content order. */
  modules: SeriesModuleTrend[];
  /** Whether there are enough sessions for a trend (SERIES_MIN_SESSIONS). */
  enough: boolean;
}

export interface SeriesOptions {
  /** Defaults to MIN_GROUP; a parameter for tests. */
  minGroup?: number;
  /** Defaults to SERIES_TOP_ITEMS. */
  top?: number;
}

/** Series order: by workshop date, then by when the workshop was set up (then by id, so the order is stable). */
export function orderSessions<T extends { date: string; createdAt: string; id: string }>(
  sessions: readonly T[],
): T[] {
  const key = (s: T) => s.date.slice(0, 10);
  return [...sessions].sort(
    (a, b) =>
      key(a).localeCompare(key(b)) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/** A workshop record as a session of a series. */
export function sessionOf(record: WorkshopRecord): SeriesSession {
  return {
    id: record.setup.id,
    name: record.setup.name,
    date: record.setup.date,
    createdAt: record.createdAt,
    anonymous: record.setup.anonymous,
    items: record.setup.items,
    participants: record.participants,
  };
}

/** The record in `series` (null: in none), changed at `now`; the same record when nothing changes. */
export function withSeries(
  record: WorkshopRecord,
  series: WorkshopSeries | null,
  now: string,
): WorkshopRecord {
  if (series === null) {
    if (!record.series) return record;
    const { series: _dropped, ...rest } = record;
    return { ...rest, updatedAt: now };
  }
  if (record.series?.id === series.id && record.series.name === series.name) return record;
  return { ...record, series: { id: series.id, name: series.name.trim() }, updatedAt: now };
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** First and last non-null value of a list, with their indexes; null with fewer than two. */
function ends(
  values: readonly (number | null)[],
): { from: number; to: number; first: number; last: number } | null {
  const idx = values.flatMap((v, i) => (v === null ? [] : [i]));
  const from = idx[0];
  const to = idx[idx.length - 1];
  if (from === undefined || to === undefined || from === to) return null;
  return { from, to, first: values[from] as number, last: values[to] as number };
}

/** A change that rounds to whole points: 0.004 is no change, as the reports word it. */
const moved = (delta: number) => Math.round(Math.abs(delta) * 100) > 0;

/**
 * The trend of a series per theme. `sessions` must be in series order (see orderSessions); each brings its own item
 * set and participants. Pure: the same sessions give the same trend.
 */
export function seriesTrend(
  content: Pick<Content, 'modules'>,
  sessions: readonly SeriesSession[],
  options: SeriesOptions = {},
): SeriesTrend {
  const minGroup = options.minGroup ?? MIN_GROUP;
  const top = options.top ?? SERIES_TOP_ITEMS;
  const asked = sessions.map((s) => new Set(s.items));

  // per theme: the scored questions asked in every session that asked the theme
  const perModule = content.modules.flatMap((m) => {
    // a trainer's own question is that workshop's own: `eigen.1` of one session is not that of another
    const scored = m.items.filter((i) => SCORED_TYPES.has(i.type) && !i.own);
    const askedIn = asked.map((set) => new Set(scored.filter((i) => set.has(i.id)).map((i) => i.id)));
    // a session asked the theme when it asked one of its statements (anchor questions give no theme score)
    const statements = new Set(scored.filter((i) => !i.anchor).map((i) => i.id));
    const askedTheme = askedIn.map((ids) => [...ids].some((id) => statements.has(id)));
    const sessionsWith = askedIn.filter((_, k) => askedTheme[k]);
    if (sessionsWith.length === 0) return [];
    const inAll = (id: string) => sessionsWith.every((ids) => ids.has(id));
    const inSome = (id: string) => sessionsWith.some((ids) => ids.has(id));
    const comparable = scored.some((i) => !i.anchor && inAll(i.id));
    const common = comparable ? scored.filter((i) => inAll(i.id)).map((i) => i.id) : [];
    const leftOut = scored.filter((i) => inSome(i.id) && !common.includes(i.id)).map((i) => i.id);
    return [{ module: m, common, leftOut, askedTheme }];
  });
  const counted = new Set(perModule.flatMap((p) => p.common));

  const aggregates = sessions.map((s) =>
    aggregate(
      content,
      s.items.filter((id) => counted.has(id)),
      s.participants,
      { anonymous: s.anonymous, minGroup },
    ),
  );

  const modules = perModule.map(({ module, common, leftOut, askedTheme }): SeriesModuleTrend => {
    const ids = new Set(common);
    const points = sessions.map((s, k): SeriesPoint => {
      if (!askedTheme[k]) return { score: null, respondents: 0, gap: 'notAsked' };
      const spread = aggregates[k]?.modules.find((x) => x.moduleId === module.id);
      if (!spread) return { score: null, respondents: 0, gap: 'otherQuestions' };
      if (s.participants.length < minGroup)
        return { score: null, respondents: spread.respondents, gap: 'tooFew' };
      if (spread.withheld || spread.respondents < minGroup || !spread.scores.length)
        return { score: null, respondents: spread.respondents, gap: 'fewAnswers' };
      return { score: mean(spread.scores), respondents: spread.respondents, gap: null };
    });
    const scores = points.map((p) => p.score);
    const span = ends(scores);

    const changes: SeriesItemChange[] = [];
    for (const item of module.items) {
      if (!ids.has(item.id)) continue;
      const perSession = sessions.map((s, k) => {
        const gap = points[k]?.gap;
        if (gap === 'tooFew' || gap === 'notAsked' || gap === 'otherQuestions') return null;
        const d = aggregates[k]?.items.find((x) => x.itemId === item.id);
        if (!d || d.withheld || d.meanScore === null) return null;
        // the same floor as the theme: a question's mean on fewer than MIN_GROUP answers is no trend point
        return (d.stats?.n ?? 0) >= minGroup ? d.meanScore : null;
      });
      const e = ends(perSession);
      if (e && moved(e.last - e.first)) changes.push({ itemId: item.id, ...e, delta: e.last - e.first });
    }
    // largest first; ties keep content order (the sort is stable)
    const rises = changes.filter((c) => c.delta > 0).sort((a, b) => b.delta - a.delta);
    const falls = changes.filter((c) => c.delta < 0).sort((a, b) => a.delta - b.delta);

    return {
      moduleId: module.id,
      points,
      from: span?.from ?? null,
      to: span?.to ?? null,
      change: span ? span.last - span.first : null,
      items: common,
      leftOut,
      rises: rises.slice(0, top),
      falls: falls.slice(0, top),
    };
  });

  return {
    sessions: sessions.map((s) => ({
      id: s.id,
      name: s.name,
      date: s.date,
      participants: s.participants.length,
    })),
    modules,
    enough: sessions.length >= SERIES_MIN_SESSIONS,
  };
}

/** The themes that rose most and fell most from their first to their last score; null when none moved that way. */
export function largestMoves(trend: SeriesTrend): {
  rose: SeriesModuleTrend | null;
  fell: SeriesModuleTrend | null;
} {
  const moving = trend.modules.filter((m) => m.change !== null && moved(m.change));
  // stable sorts: of equal changes the first theme in content order
  const rose = moving.filter((m) => (m.change ?? 0) > 0).sort((a, b) => (b.change ?? 0) - (a.change ?? 0))[0];
  const fell = moving.filter((m) => (m.change ?? 0) < 0).sort((a, b) => (a.change ?? 0) - (b.change ?? 0))[0];
  return { rose: rose ?? null, fell: fell ?? null };
}
