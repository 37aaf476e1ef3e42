import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { MIN_GROUP } from '../../domain/aggregate';
import type { SeriesItemChange, SeriesModuleTrend, SeriesPoint, SeriesTrend } from '../../domain/series';
import type { Content } from '../../domain/types';
import type { WorkshopRecord, WorkshopSeries } from '../../domain/workshop';
import { groupLabels, type GroupLabels } from '../../report/group-model';
import { pointText, trendChangeText, trendSentences } from '../../report/group-trend';
import { changeDirection, changeText, fill } from '../../report/model';
import type { WorkshopSummary } from '../../storage/workshop-store';
import { makeId, useDeviceStorage } from '../components/device-storage';
import { toggled } from './toggle-set';
import { FocusHeading } from '../components/focus-heading';
import { NavButtons } from '../components/nav-buttons';
import { ChangeMark } from '../components/report-blocks';
import { groupSeriesOf } from './exports';
import '../styles/series.css';

type T = TFunction;
export type SeriesSaveStatus = 'saving' | 'saved' | 'failed' | null;

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);

// the line chart's drawing box, in SVG units (it scales with the card)
const W = 300;
const H = 172;
const PAD = { left: 40, right: 18, top: 24, bottom: 128 };
/** Up to this many sessions a session without a score says so under its number; with more, a dash does. */
const WORDS_UP_TO = 4;

/**
 * A theme's score over the sessions as a small line chart: a dot and its value per session with a score, a dash for
 * a session without one (never a zero), solid lines between neighbouring sessions and a dashed line across a gap.
 * The accessible name says every value, so the picture is never the only carrier; nothing rests on colour.
 */
function TrendChart({
  points,
  label,
  noScore,
}: {
  points: readonly SeriesPoint[];
  label: string;
  noScore: string;
}) {
  const n = points.length;
  // the first and the last session stand a little inside the axes, clear of the percentages on the left
  const x0 = PAD.left + 16;
  const x1 = W - PAD.right - 8;
  const x = (i: number) => (n === 1 ? (x0 + x1) / 2 : x0 + (i * (x1 - x0)) / (n - 1));
  const y = (v: number) => PAD.bottom - v * (PAD.bottom - PAD.top);
  const scored = points.flatMap((p, i) => (p.score === null ? [] : [{ i, v: p.score }]));
  const segments = scored.slice(1).map((b, k) => ({ a: scored[k] as { i: number; v: number }, b }));
  return (
    <svg className="zs-series-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {[0, 0.5, 1].map((v) => (
        <g key={v} className="zs-series-chart__grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
            {pct(v)}
          </text>
        </g>
      ))}
      {segments.map(({ a, b }) => (
        <line
          key={`${a.i}-${b.i}`}
          className={
            b.i === a.i + 1 ? 'zs-series-chart__line' : 'zs-series-chart__line zs-series-chart__line--gap'
          }
          x1={x(a.i)}
          y1={y(a.v)}
          x2={x(b.i)}
          y2={y(b.v)}
        />
      ))}
      {points.map((p, i) => (
        <g key={i}>
          {p.score !== null && (
            <>
              <circle className="zs-series-chart__dot" cx={x(i)} cy={y(p.score)} r={4.5} />
              <text className="zs-series-chart__value" x={x(i)} y={y(p.score) - 9} textAnchor="middle">
                {pct(p.score)}
              </text>
            </>
          )}
          <text className="zs-series-chart__axis" x={x(i)} y={PAD.bottom + 20} textAnchor="middle">
            {i + 1}
          </text>
          {/* no dot at all where there is no score: under the axis, not on it, so it never reads as 0% */}
          {p.score === null && (
            <text className="zs-series-chart__none" x={x(i)} y={PAD.bottom + 38} textAnchor="middle">
              {n <= WORDS_UP_TO ? noScore : '–'}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/** The questions that moved most within a theme, each with its first and last score and the change. */
function ItemChanges({
  title,
  list,
  content,
  L,
  t,
}: {
  title: string;
  list: readonly SeriesItemChange[];
  content: Content;
  L: GroupLabels;
  t: T;
}) {
  const text = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i.t.text] as const));
  if (list.length === 0) return null;
  return (
    <>
      <p className="zs-series-card__subhead">{title}</p>
      <ul className="zs-series-card__items">
        {list.map((c) => (
          <li key={c.itemId}>
            <span className="zs-block">{text.get(c.itemId) ?? c.itemId}</span>
            <span className="zs-hint">
              {t('workshop.series.trend.item', { first: pct(c.first), last: pct(c.last) })} ·{' '}
            </span>
            <ChangeMark text={changeText(L.report, c.delta)} direction={changeDirection(c.delta)} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** One theme's card: its chart, the change from the first to the last score, and the questions that moved most. */
function ThemeCard({
  m,
  trend,
  content,
  L,
  t,
}: {
  m: SeriesModuleTrend;
  trend: SeriesTrend;
  content: Content;
  L: GroupLabels;
  t: T;
}) {
  const title = content.modules.find((x) => x.id === m.moduleId)?.title ?? m.moduleId;
  const change = trendChangeText(L, m, trend.sessions.length);
  const points = m.points
    .map((p, i) =>
      t('workshop.series.trend.point', {
        n: i + 1,
        value: p.gap === null ? pct(p.score) : `${t('workshop.series.trend.noScore')} (${pointText(L, p)})`,
      }),
    )
    .join(', ');
  return (
    <li className="zs-series-card">
      <Heading3>{title}</Heading3>
      <TrendChart
        points={m.points}
        noScore={t('workshop.series.trend.noScore')}
        label={t('workshop.series.trend.chartLabel', { theme: title, points, change })}
      />
      <p className="zs-series-card__change">
        {`${L.group.series.change}: `}
        <ChangeMark text={change} direction={changeDirection(m.change)} />
      </p>
      <ItemChanges title={t('workshop.series.trend.rises')} list={m.rises} content={content} L={L} t={t} />
      <ItemChanges title={t('workshop.series.trend.falls')} list={m.falls} content={content} L={L} t={t} />
      {m.rises.length === 0 && m.falls.length === 0 && (
        <p className="zs-hint">{t('workshop.series.trend.noItems')}</p>
      )}
      {m.leftOut.length > 0 && (
        <p className="zs-hint">{t('workshop.series.trend.leftOut', { count: m.leftOut.length })}</p>
      )}
    </li>
  );
}

/** The trend over the series: the sessions, a table theme × session with the change, and a chart per theme. */
function TrendView({
  content,
  trend,
  name,
  workshopId,
  t,
}: {
  content: Content;
  trend: SeriesTrend;
  name: string;
  workshopId: string;
  t: T;
}) {
  const L = groupLabels(content.lang);
  const S = L.group.series;
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  const columns = trend.sessions.map((s, i) => `${i + 1}. ${s.name}`);
  return (
    <>
      <section aria-labelledby="ws-series-trend" className="zs-series-section">
        <Heading2 id="ws-series-trend">{t('workshop.series.trend.title')}</Heading2>
        <Paragraph>{t('workshop.series.trend.intro')}</Paragraph>
        <Heading3>{t('workshop.series.trend.sessionsTitle')}</Heading3>
        <ol className="zs-series-sessions">
          {trend.sessions.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong>
              {s.id === workshopId && ` (${t('workshop.series.trend.thisOne')})`}
              <span className="zs-hint zs-block">
                {t('workshop.series.trend.sessionDetails', { date: s.date || '–', count: s.participants })}
              </span>
            </li>
          ))}
        </ol>
        {trendSentences(content, trend, L).map((text) => (
          <Paragraph key={text}>{text}</Paragraph>
        ))}
        <div className="zs-table-wrap">
          <table className="zs-overview-table zs-compare-table zs-series-table">
            <caption className="zs-visually-hidden">{t('workshop.series.trend.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{S.theme}</th>
                {columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
                <th scope="col">{S.change}</th>
              </tr>
            </thead>
            <tbody>
              {trend.modules.map((m) => (
                <tr key={m.moduleId}>
                  <th scope="row">{moduleTitle(m.moduleId)}</th>
                  {m.points.map((p, i) => (
                    <td key={i} data-label={columns[i]} className={p.gap ? 'zs-series-gap' : undefined}>
                      {pointText(L, p)}
                    </td>
                  ))}
                  <td data-label={S.change}>
                    <ChangeMark
                      text={trendChangeText(L, m, trend.sessions.length)}
                      direction={changeDirection(m.change)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="zs-hint">{fill(S.basis, { min: MIN_GROUP })}</p>
        <p className="zs-hint">{t('workshop.series.trend.inReport')}</p>
      </section>
      <section aria-labelledby="ws-series-charts" className="zs-series-section">
        <Heading2 id="ws-series-charts">{t('workshop.series.trend.chartsTitle')}</Heading2>
        <ul className="zs-series-cards">
          {trend.modules.map((m) => (
            <ThemeCard key={m.moduleId} m={m} trend={trend} content={content} L={L} t={t} />
          ))}
        </ul>
      </section>
    </>
  );
}

/** The series the trainer can pick: every series on this device, with its workshops other than this one. */
function seriesOnDevice(
  others: readonly WorkshopSummary[],
  own: WorkshopSeries | undefined,
): { series: WorkshopSeries; members: string[] }[] {
  const byId = new Map<string, { series: WorkshopSeries; members: string[] }>();
  if (own) byId.set(own.id, { series: own, members: [] });
  for (const s of others) {
    if (!s.series) continue;
    const entry = byId.get(s.series.id) ?? { series: s.series, members: [] };
    entry.members.push(s.id);
    byId.set(s.series.id, entry);
  }
  return [...byId.values()];
}

/**
 * Marking the series: pick an existing series or a new one, name it, and tick the workshops on this device that
 * belong to it. Saving goes through the workshop machine (`onSave`), which saves this workshop and the others.
 */
function SeriesForm({
  record,
  others,
  status,
  onSave,
  t,
}: {
  record: WorkshopRecord;
  others: readonly WorkshopSummary[];
  status: SeriesSaveStatus;
  onSave: (series: WorkshopSeries | null, members: string[]) => void;
  t: T;
}) {
  const id = useId();
  const own = record.series;
  const choices = seriesOnDevice(others, own);
  const storedMembers = () =>
    new Set(own ? (choices.find((c) => c.series.id === own.id)?.members ?? []) : []);
  const [choice, setChoice] = useState<string>(own?.id ?? 'new');
  const [name, setName] = useState(own?.name ?? '');
  const [checked, setChecked] = useState<Set<string>>(storedMembers);
  const [tried, setTried] = useState(false);
  // once a change is saved (or the workshop left its series) the form shows the series as it is stored now; the form
  // stays mounted, so the focus stays on the button the trainer pressed
  const stored = `${own?.id ?? ''}|${own?.name ?? ''}|${status === 'saved' ? 'saved' : ''}`;
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    setChoice(own?.id ?? 'new');
    setName(own?.name ?? '');
    setChecked(storedMembers());
    setTried(false);
  }
  const nameRef = useRef<HTMLInputElement>(null);
  const nameMissing = name.trim() === '';

  const choose = (value: string) => {
    setChoice(value);
    const c = choices.find((x) => x.series.id === value);
    setName(c?.series.name ?? '');
    setChecked(new Set(c?.members ?? []));
  };
  const toggle = (wid: string, on: boolean) => setChecked((prev) => toggled(prev, [wid], on));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (nameMissing) {
      nameRef.current?.focus();
      return;
    }
    const seriesId = choice === 'new' ? makeId('reeks') : choice;
    onSave(
      { id: seriesId, name: name.trim() },
      others.filter((o) => checked.has(o.id)).map((o) => o.id),
    );
  };
  const message =
    status === 'saving'
      ? t('workshop.series.form.saving')
      : status === 'saved'
        ? t(own ? 'workshop.series.form.saved' : 'workshop.series.form.left')
        : null;
  const sorted = [...others].sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));

  return (
    <form className="zs-series-form" onSubmit={submit} noValidate>
      <Paragraph>{t('workshop.series.form.intro')}</Paragraph>
      {choices.length > 0 && (
        <fieldset className="zs-question">
          <legend>{t('workshop.series.form.which')}</legend>
          {choices.map((c) => (
            <label key={c.series.id} className="zs-check">
              <input
                type="radio"
                name={`${id}-which`}
                checked={choice === c.series.id}
                onChange={() => choose(c.series.id)}
              />
              <span>
                {t('workshop.series.form.existing', {
                  name: c.series.name,
                  count: c.members.length + (c.series.id === own?.id ? 1 : 0),
                })}
              </span>
            </label>
          ))}
          <label className="zs-check">
            <input
              type="radio"
              name={`${id}-which`}
              checked={choice === 'new'}
              onChange={() => choose('new')}
            />
            <span>{t('workshop.series.form.new')}</span>
          </label>
        </fieldset>
      )}
      <div className="zs-field">
        <label htmlFor={`${id}-name`}>{t('workshop.series.form.name')}</label>
        <p className="zs-hint" id={`${id}-name-hint`}>
          {t('workshop.series.form.nameHint')}
        </p>
        <input
          ref={nameRef}
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={200}
          required
          aria-invalid={tried && nameMissing ? true : undefined}
          aria-describedby={`${id}-name-hint${tried && nameMissing ? ` ${id}-name-error` : ''}`}
          onChange={(e) => setName(e.target.value)}
        />
        {tried && nameMissing && (
          <p className="zs-error" id={`${id}-name-error`}>
            {t('workshop.series.form.nameMissing')}
          </p>
        )}
      </div>
      <fieldset className="zs-question" aria-describedby={`${id}-members-hint`}>
        <legend>{t('workshop.series.form.members')}</legend>
        <p className="zs-hint" id={`${id}-members-hint`}>
          {t('workshop.series.form.membersHint')}
        </p>
        <ul className="zs-series-members">
          <li>
            <label className="zs-check">
              <input type="checkbox" checked disabled />
              <span>{t('workshop.series.form.self', { name: record.setup.name })}</span>
            </label>
            <span className="zs-hint zs-block">
              {t('workshop.series.form.memberDetails', {
                date: record.setup.date || '–',
                count: record.participants.length,
              })}
            </span>
          </li>
          {sorted.map((o) => (
            <li key={o.id}>
              <label className="zs-check">
                <input
                  type="checkbox"
                  checked={checked.has(o.id)}
                  aria-describedby={`${id}-w-${o.id}`}
                  onChange={(e) => toggle(o.id, e.target.checked)}
                />
                <span>{o.name}</span>
              </label>
              <span className="zs-hint zs-block" id={`${id}-w-${o.id}`}>
                {t('workshop.series.form.memberDetails', { date: o.date || '–', count: o.participants })}
                {o.series &&
                  o.series.id !== choice &&
                  ` · ${t('workshop.series.form.inOther', { name: o.series.name })}`}
              </span>
            </li>
          ))}
        </ul>
        {others.length === 0 && <Paragraph>{t('workshop.series.form.noOthers')}</Paragraph>}
      </fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={status === 'saving'}>
          {t('workshop.series.form.save')}
        </Button>
        {own && (
          <Button appearance="secondary-action-button" onClick={() => onSave(null, [])}>
            {t('workshop.series.form.leave')}
          </Button>
        )}
      </ButtonGroup>
      <div role="status">
        {message && <Alert type="ok">{message}</Alert>}
        {status === 'failed' && <Alert type="error">{t('workshop.series.form.failed')}</Alert>}
      </div>
    </form>
  );
}

/**
 * The series view: which series this workshop is in and, from three sessions on, the trend per theme over the
 * series (a table theme × session and a small chart per theme); below it the trainer marks the series. The other
 * workshops are read from this device's storage; every change is saved through the workshop machine.
 */
export function SeriesScreen({
  content,
  record,
  status,
  onSave,
  onBack,
}: {
  content: Content;
  record: WorkshopRecord;
  /** How the last change of the series ended. */
  status: SeriesSaveStatus;
  onSave: (series: WorkshopSeries | null, members: string[]) => void;
  onBack: () => void;
}) {
  const { t: tt } = useTranslation();
  const t: T = tt;
  const store = useDeviceStorage().workshops;
  // read again when the record or the outcome of a change of the series changes (after the other workshops are
  // saved, `status` changes and the screen shows them as stored); not on every render: it parses every session
  const series = record.series;
  const { others, group } = useMemo(
    () => ({
      others: store.list().filter((s) => s.id !== record.setup.id),
      group: series ? groupSeriesOf(content, record, store.seriesRecords(series.id)) : undefined,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `status` marks when the store changed
    [store, content, record, series, status],
  );
  const count = group?.trend.sessions.length ?? 0;
  const enough = group?.trend.enough ?? false;

  const form = <SeriesForm record={record} others={others} status={status} onSave={onSave} t={t} />;
  return (
    <div className="zs-workshop zs-workshop--wide zs-series">
      <FocusHeading focusKey="series">
        {series ? t('workshop.series.titleIn', { name: series.name }) : t('workshop.series.title')}
      </FocusHeading>
      {series ? (
        <Paragraph lead>
          {t('workshop.series.introIn', { workshop: record.setup.name, name: series.name })}{' '}
          {count <= 1
            ? t('workshop.series.onlyThis')
            : count === 2
              ? t('workshop.series.two')
              : t('workshop.series.enough', { count })}
        </Paragraph>
      ) : (
        <Paragraph lead>{t('workshop.series.introNone')}</Paragraph>
      )}
      {group && enough && (
        <TrendView
          content={content}
          trend={group.trend}
          name={group.name}
          workshopId={record.setup.id}
          t={t}
        />
      )}
      <section aria-labelledby="ws-series-form" className="zs-series-section">
        <Heading2 id="ws-series-form">
          {series ? t('workshop.series.form.titleEdit') : t('workshop.series.form.titleNew')}
        </Heading2>
        {form}
      </section>
      <NavButtons back={{ label: t('workshop.series.back'), onClick: onBack }} />
    </div>
  );
}
