import { answerType } from '../../domain/answer-types';
import { useState, type ComponentProps, type MouseEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { QuestionTitle } from './question-title';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { DilemmaSpread, GroupAggregate, ItemDistribution, SpreadLevel } from '../../domain/aggregate';
import type { Content, Item } from '../../domain/types';
import type { WorkshopRecord } from '../../domain/workshop';
import { DEFAULT_LANG, LANGUAGES, toLang } from '../../i18n/languages';
import { meanPosition, participantName, pct, sdText } from '../../report/group-model';
import { workshopFileText } from '../../storage/workshop-store';
import { FocusHeading } from '../components/focus-heading';
import { BackupHint } from '../components/storage-facts';
import { optionText } from '../components/option-text';
import { SaveFileButtons } from '../components/save-file';
import type { ExportKind } from '../../machines/workshop-machine';
import { workshopFileName } from './exports';
import { DilemmaStrip, OptionStrip, ScoreStrip } from './plots';
import { WorkshopCompare } from './workshop-compare';
import { NavButtons } from '../components/nav-buttons';
import { WorkshopBlock } from './workshop-block';

type T = TFunction;

export function spreadWords(
  t: T,
  lang: Content['lang'],
  level: SpreadLevel | null,
  sd: number | null | undefined,
): string {
  if (!level || sd === null || sd === undefined) return '–';
  return t('workshop.overview.spreadValue', {
    level: t(`workshop.overview.spread.${level}`),
    sd: sdText(sd, lang),
  });
}

/** The mean as the plot's line shows it: the mean answer on the 1–5 scale, or the mean score for instruments. */
function meanWords(t: T, lang: Content['lang'], item: Item, d: ItemDistribution): string {
  if (!d.stats) return '–';
  if (answerType(item.type).group?.meanIsScore) return pct(d.stats.mean);
  return t('workshop.overview.meanScale', {
    mean: LANGUAGES[lang].decimal(d.stats.mean * 4 + 1, 1),
  });
}

/** An item's answers as a dot plot with its whole distribution as the accessible name. */
export function ItemPlot({
  item,
  d,
  large = false,
  width,
}: {
  item: Item;
  d: ItemDistribution;
  large?: boolean;
  width?: number;
}) {
  const { t: tt, i18n } = useTranslation();
  const t: T = tt;
  const lang = toLang(i18n.language);
  const options = d.counts.map((c) => ({
    position: c.position,
    count: c.count,
    label: optionText(t, item, c.value),
  }));
  const summary = [
    ...options.map((o) => `${o.label} ${o.count}`),
    ...(d.unknown ? [t('workshop.overview.unknownCount', { count: d.unknown })] : []),
    ...(d.notApplicable ? [t('workshop.overview.naCount', { count: d.notApplicable })] : []),
  ].join(', ');
  return (
    <OptionStrip
      options={options}
      mean={d.stats?.mean ?? null}
      label={t('workshop.overview.plotLabel', { summary, mean: meanWords(t, lang, item, d) })}
      large={large}
      {...(width ? { width } : {})}
    />
  );
}

/** A dilemma's positions (now and desired) as a dot plot with the counts in its accessible name. */
export function DilemmaPlot({
  item,
  d,
  large = false,
  width,
}: {
  item: Item;
  d: DilemmaSpread;
  large?: boolean;
  width?: number;
}) {
  const { t: tt } = useTranslation();
  const t: T = tt;
  const words = (vals: (number | null)[]) => {
    const c = new Map<number, number>();
    for (const v of vals) if (v !== null) c.set(v, (c.get(v) ?? 0) + 1);
    return (
      [...c.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([v, n]) => `${v > 0 ? `+${v}` : v}: ${n}`)
        .join(', ') || '–'
    );
  };
  const now = d.positions.map((p) => p.now);
  const desired = d.positions.map((p) => p.desired);
  return (
    <DilemmaStrip
      now={now}
      desired={desired}
      labels={{ now: t('workshop.overview.table.now'), desired: t('workshop.overview.table.desired') }}
      label={t('workshop.overview.dilemmaPlotLabel', {
        question: item.t.text,
        now: words(now),
        desired: words(desired),
      })}
      large={large}
      {...(width ? { width } : {})}
    />
  );
}

export function Poles({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <div className="zs-poles">
      <span>
        <span className="zs-visually-hidden">{t('answer.dilemma.leftPole')}: </span>
        <span aria-hidden="true">← </span>
        {item.t.left}
      </span>
      <span className="zs-poles__right">
        <span className="zs-visually-hidden">{t('answer.dilemma.rightPole')}: </span>
        {item.t.right}
        <span aria-hidden="true"> →</span>
      </span>
    </div>
  );
}

/**
 * A <details> whose content is only rendered once it has been opened: the overview stays quick with forty
 * participants and a hundred questions, and the trainer opens what the conversation needs.
 */
function LazyDetails({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}

/** The column's name inside a cell, shown only where the table is laid out as a list (narrow screens). */
function CellLabel({ text }: { text: string }) {
  return <span className="zs-cell-label">{`${text}: `}</span>;
}

type Column = keyof (typeof LANGUAGES)[typeof DEFAULT_LANG]['resources']['workshop']['overview']['table'];

/** A table's header row, one column per name. */
function ColumnHeads({ columns }: { columns: Column[] }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th scope="col" key={c}>
            {t(`workshop.overview.table.${c}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A cell that names its column where the table is laid out as a list. */
function LabelledCell({ column, children }: { column: Column; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <td>
      <CellLabel text={t(`workshop.overview.table.${column}`)} />
      {children}
    </td>
  );
}

/** A section of the overview, its heading a target of the table of contents. */
function OverviewSection(props: Omit<ComponentProps<typeof WorkshopBlock>, 'inOverview'>) {
  return <WorkshopBlock inOverview {...props} />;
}

/** A dilemma position as written in the tables: a sign before the positive ones, a dash for none. */
function signed(v: number | null): string | number {
  if (v === null) return '–';
  return v > 0 ? `+${v}` : v;
}

function jump(e: MouseEvent<HTMLAnchorElement>, id: string) {
  // in-page links must not change the hash: the app routes on it
  e.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus();
}

/**
 * The group overview: downloads and the presentation first, then the discussion agenda, the spread per theme, every
 * dilemma position, every question per theme, open answers side by side and the roles compared.
 */
export function OverviewScreen({
  content,
  record,
  agg,
  slideCount,
  exporting,
  exportResult,
  onExport,
  onBackedUp,
  changedSinceBackup = false,
  onCollect,
  onFacilitate,
  onClose,
  series,
  onSeries,
}: {
  content: Content;
  record: WorkshopRecord;
  agg: GroupAggregate;
  slideCount: number;
  /** The download being made, and how the last one ended (the workshop machine makes them). */
  exporting: ExportKind | null;
  exportResult: { kind: ExportKind; ok: boolean } | null;
  onExport: (kind: ExportKind) => void;
  /** The backup file was saved; and whether the workshop changed since the last one. */
  onBackedUp?: () => void;
  changedSinceBackup?: boolean;
  onCollect: () => void;
  onFacilitate: () => void;
  onClose: () => void;
  /** The series this workshop is in and how many of its sessions are on this device; opens the series view. */
  series?: { name: string; sessions: number } | null;
  onSeries?: () => void;
}) {
  const { t: tt } = useTranslation();
  const t: T = tt;
  const lang = content.lang;
  const setup = record.setup;
  const items = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  // a participant typed in from a paper sheet carries a marker wherever the overview names them
  const who = (index: number | null) =>
    index === null
      ? ''
      : `${participantName(record.participants, index, t('workshop.collect.participant'))}${
          record.participants[index]?.source === 'paper' ? ` (${t('workshop.paper.marker')})` : ''
        }`;
  const onPaper = record.participants.filter((p) => p.source === 'paper').length;

  const status =
    exportResult === null
      ? null
      : {
          ok: exportResult.ok,
          text: t(exportResult.ok ? 'workshop.overview.done' : 'workshop.overview.failed'),
        };

  const header = (
    <>
      <FocusHeading focusKey="overview">{t('workshop.overview.title')}</FocusHeading>
      <Paragraph lead>
        {t('workshop.overview.intro', {
          name: setup.name,
          date: setup.date,
          count: record.participants.length,
          items: setup.items.length,
        })}
      </Paragraph>
      {onPaper > 0 && (
        <p className="zs-hint">
          {t('workshop.paper.overviewCount', { count: onPaper, total: record.participants.length })}
        </p>
      )}
      {onSeries && (
        <div className="zs-series-link">
          <Button appearance="secondary-action-button" onClick={onSeries} aria-describedby="ws-series-hint">
            {t((series?.sessions ?? 0) >= 3 ? 'workshop.series.openTrend' : 'workshop.series.open')}
          </Button>
          <span className="zs-hint" id="ws-series-hint">
            {series
              ? t('workshop.series.openHintIn', { name: series.name, count: series.sessions })
              : t('workshop.series.openHintNone')}
          </span>
        </div>
      )}
    </>
  );
  const nav = (
    <NavButtons
      back={{ label: t('workshop.overview.toCollect'), onClick: onCollect }}
      aside={{ label: t('workshop.overview.close'), onClick: onClose }}
    />
  );

  if (agg.withheld) {
    return (
      <div className="zs-page zs-workshop">
        {header}
        <Alert type="info">{t('workshop.overview.withheld')}</Alert>
        {nav}
      </div>
    );
  }

  const sections = [
    { id: 'ws-agenda', title: t('workshop.overview.agendaTitle') },
    { id: 'ws-modules', title: t('workshop.overview.modulesTitle') },
    ...(agg.dilemmas.length ? [{ id: 'ws-dilemmas', title: t('workshop.overview.dilemmasTitle') }] : []),
    { id: 'ws-items', title: t('workshop.overview.itemsTitle') },
    ...(agg.open.length ? [{ id: 'ws-open', title: t('workshop.overview.openTitle') }] : []),
    ...(agg.roles.applies ? [{ id: 'ws-roles', title: t('workshop.overview.rolesTitle') }] : []),
    { id: 'ws-compare', title: t('workshop.compare.title') },
  ];
  const moduleIds = [...new Set(agg.items.map((d) => d.module))];

  return (
    <div className="zs-workshop zs-workshop--wide">
      {header}
      <section aria-labelledby="ws-downloads" className="zs-report-tools">
        <Heading2 id="ws-downloads">{t('workshop.overview.downloadsTitle')}</Heading2>
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            onClick={onFacilitate}
            disabled={slideCount === 0}
            aria-describedby="ws-facilitate-hint"
          >
            {t('workshop.overview.facilitate')}
          </Button>
          {(['pdf', 'docx', 'csv', 'cards', 'result'] as const).map((kind) => (
            <Button
              key={kind}
              appearance="secondary-action-button"
              busy={exporting === kind}
              disabled={exporting !== null}
              aria-describedby={kind === 'result' ? 'ws-result-hint' : undefined}
              onClick={() => onExport(kind)}
            >
              {t(`workshop.overview.${kind === 'result' ? 'groupResult' : kind}`)}
            </Button>
          ))}
        </ButtonGroup>
        <p className="zs-hint" id="ws-result-hint">
          {t('workshop.overview.groupResultHint')}
        </p>
        <p className="zs-hint" id="ws-facilitate-hint">
          {slideCount === 0 ? t('workshop.overview.noSlides') : t('workshop.overview.facilitateHint')}
        </p>
        <div role="status">{status && <Alert type={status.ok ? 'ok' : 'error'}>{status.text}</Alert>}</div>
        <p className="zs-hint" id="ws-backup-hint">
          {t('workshop.overview.backupHint')}
        </p>
        <SaveFileButtons
          label={t('workshop.overview.backup')}
          fileName={workshopFileName(setup, lang, 'backup')}
          // the whole record, names and open answers included, to open on another device or keep as a backup
          text={() => workshopFileText(record, content.contentVersion, new Date().toISOString())}
          describedBy="ws-backup-hint"
          onSaved={onBackedUp}
        />
        <BackupHint kind="workshop" changedSinceBackup={changedSinceBackup} />
      </section>

      <nav aria-labelledby="ws-toc" className="zs-toc">
        <Heading2 id="ws-toc">{t('workshop.overview.toc')}</Heading2>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} onClick={(e) => jump(e, s.id)}>
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <OverviewSection id="ws-agenda" title={t('workshop.overview.agendaTitle')}>
        {agg.agenda.length === 0 ? (
          <Paragraph>{t('workshop.overview.agendaNone')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('workshop.overview.agendaIntro')}</Paragraph>
            <ol className="zs-card-list zs-agenda">
              {agg.agenda.map((p) => {
                const item = items.get(p.itemId);
                if (!item) return null;
                const d = p.kind === 'item' ? agg.items.find((x) => x.itemId === p.itemId) : undefined;
                const dl = p.kind === 'dilemma' ? agg.dilemmas.find((x) => x.itemId === p.itemId) : undefined;
                return (
                  <li key={p.itemId} className="zs-card">
                    <Heading3>
                      <QuestionTitle setup={setup} item={item} />
                    </Heading3>
                    <p className="zs-hint">
                      {moduleTitle(item.module)} · {t('workshop.overview.table.spread')}:{' '}
                      {spreadWords(
                        t,
                        lang,
                        d?.spread ?? dl?.spread ?? null,
                        d?.stats?.sd ?? dl?.disagreement,
                      )}
                    </p>
                    {dl && <Poles item={item} />}
                    {d && <ItemPlot item={item} d={d} />}
                    {dl && <DilemmaPlot item={item} d={dl} />}
                    <Paragraph>
                      <em>
                        {p.kind === 'dilemma'
                          ? t('workshop.facilitate.dilemmaQuestion')
                          : t('workshop.facilitate.itemQuestion')}
                      </em>
                    </Paragraph>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </OverviewSection>

      <OverviewSection
        id="ws-modules"
        title={t('workshop.overview.modulesTitle')}
        intro={t('workshop.overview.modulesIntro')}
      >
        <div className="zs-table-wrap">
          <table className="zs-overview-table zs-spread-table">
            <ColumnHeads columns={['theme', 'distribution', 'score', 'spread', 'range', 'respondents']} />
            <tbody>
              {agg.modules.map((m) => (
                <tr key={m.moduleId}>
                  <th scope="row">{moduleTitle(m.moduleId)}</th>
                  <td className="zs-plot-cell">
                    {m.withheld ? (
                      t('workshop.overview.withheldShort')
                    ) : (
                      <ScoreStrip
                        scores={m.scores}
                        mean={m.stats?.mean ?? null}
                        label={t('workshop.overview.modulePlotLabel', {
                          module: moduleTitle(m.moduleId),
                          summary: m.scores.map((s) => pct(s)).join(', '),
                          mean: pct(m.stats?.mean),
                        })}
                        width={340}
                      />
                    )}
                  </td>
                  <LabelledCell column="score">{m.withheld ? '–' : pct(m.stats?.mean)}</LabelledCell>
                  <LabelledCell column="spread">{spreadWords(t, lang, m.spread, m.stats?.sd)}</LabelledCell>
                  <LabelledCell column="range">
                    {m.stats ? `${pct(m.stats.min)} – ${pct(m.stats.max)}` : '–'}
                  </LabelledCell>
                  <LabelledCell column="respondents">{m.respondents}</LabelledCell>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </OverviewSection>

      {agg.dilemmas.length > 0 && (
        <OverviewSection
          id="ws-dilemmas"
          title={t('workshop.overview.dilemmasTitle')}
          intro={t('workshop.overview.dilemmasIntro')}
        >
          {setup.anonymous && <p className="zs-hint">{t('workshop.overview.anonymousNote')}</p>}
          {agg.dilemmas.map((d) => {
            const item = items.get(d.itemId);
            if (!item) return null;
            return (
              <div key={d.itemId} className="zs-dilemma-group">
                <Heading3>
                  <QuestionTitle setup={setup} item={item} />
                </Heading3>
                {d.withheld ? (
                  <p className="zs-hint">{t('workshop.overview.withheldItem')}</p>
                ) : (
                  <>
                    <Poles item={item} />
                    <DilemmaPlot item={item} d={d} />
                    <p className="zs-hint">
                      {t('workshop.overview.meanPositions', {
                        now: meanPosition(d.now?.mean, lang),
                        desired: meanPosition(d.desired?.mean, lang),
                      })}{' '}
                      · {t('workshop.overview.table.spread')}:{' '}
                      {spreadWords(t, lang, d.spread, d.disagreement)}
                      {d.unknown > 0 && ` · ${t('workshop.overview.unknownCount', { count: d.unknown })}`}
                    </p>
                    <LazyDetails
                      className="zs-workshop__details"
                      summary={
                        setup.anonymous
                          ? t('workshop.overview.countsTable')
                          : t('workshop.overview.positionsTable')
                      }
                    >
                      {() => (
                        <table className="zs-overview-table">
                          <ColumnHeads
                            columns={[setup.anonymous ? 'position' : 'participant', 'now', 'desired']}
                          />
                          <tbody>
                            {(setup.anonymous
                              ? // anonymous: how many stood where, so no row leads back to a person
                                [-3, -2, -1, 0, 1, 2, 3].map((v) => ({
                                  key: v,
                                  head: signed(v),
                                  now: d.positions.filter((p) => p.now === v).length,
                                  desired: d.positions.filter((p) => p.desired === v).length,
                                }))
                              : d.positions.map((p) => ({
                                  key: p.participant ?? 0,
                                  head: who(p.participant),
                                  now: signed(p.now),
                                  desired: signed(p.desired),
                                }))
                            ).map((row) => (
                              <tr key={row.key}>
                                <th scope="row">{row.head}</th>
                                <td>{row.now}</td>
                                <td>{row.desired}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      )}
                    </LazyDetails>
                  </>
                )}
              </div>
            );
          })}
        </OverviewSection>
      )}

      <OverviewSection
        id="ws-items"
        title={t('workshop.overview.itemsTitle')}
        intro={t('workshop.overview.itemsIntro')}
      >
        {moduleIds.map((moduleId) => (
          <LazyDetails
            key={moduleId}
            className="zs-workshop__module-details"
            summary={
              <Heading3 className="zs-workshop__summary-heading">
                {moduleTitle(moduleId)}{' '}
                <span className="zs-hint">
                  (
                  {t('workshop.overview.questionsCount', {
                    count: agg.items.filter((d) => d.module === moduleId).length,
                  })}
                  )
                </span>
              </Heading3>
            }
          >
            {() => (
              <div className="zs-table-wrap">
                <table className="zs-overview-table zs-spread-table">
                  <ColumnHeads columns={['statement', 'distribution', 'score', 'spread', 'respondents']} />
                  <tbody>
                    {agg.items
                      .filter((d) => d.module === moduleId)
                      .map((d) => {
                        const item = items.get(d.itemId);
                        if (!item) return null;
                        return (
                          <tr key={d.itemId} data-item-id={d.itemId}>
                            <th scope="row">
                              <QuestionTitle setup={setup} item={item} />
                              {d.reverse && (
                                <span className="zs-hint zs-block">{t('workshop.overview.reverse')}</span>
                              )}
                            </th>
                            <td className="zs-plot-cell">
                              {d.withheld ? (
                                t('workshop.overview.withheldShort')
                              ) : (
                                <ItemPlot item={item} d={d} />
                              )}
                            </td>
                            <LabelledCell column="score">{d.withheld ? '–' : pct(d.meanScore)}</LabelledCell>
                            <LabelledCell column="spread">
                              {spreadWords(t, lang, d.spread, d.stats?.sd)}
                            </LabelledCell>
                            <LabelledCell column="respondents">
                              {d.respondents}
                              {!d.withheld && (d.unknown > 0 || d.notApplicable > 0) && (
                                <span className="zs-hint zs-block">
                                  {[
                                    ...(d.unknown
                                      ? [t('workshop.overview.unknownCount', { count: d.unknown })]
                                      : []),
                                    ...(d.notApplicable
                                      ? [t('workshop.overview.naCount', { count: d.notApplicable })]
                                      : []),
                                  ].join(' · ')}
                                </span>
                              )}
                            </LabelledCell>
                          </tr>
                        );
                      })}
                  </tbody>
                </table>
              </div>
            )}
          </LazyDetails>
        ))}
      </OverviewSection>

      {agg.open.length > 0 && (
        <OverviewSection id="ws-open" title={t('workshop.overview.openTitle')}>
          {agg.open.map((o) => {
            const item = items.get(o.itemId);
            if (!item) return null;
            return (
              <div key={o.itemId}>
                <Heading3>
                  <QuestionTitle setup={setup} item={item} />
                </Heading3>
                {o.withheld ? (
                  <p className="zs-hint">{t('workshop.overview.withheldItem')}</p>
                ) : o.answers.length === 0 ? (
                  <Paragraph>{t('workshop.overview.openNone')}</Paragraph>
                ) : (
                  <ul className="zs-open-grid">
                    {o.answers.map((a, i) => (
                      <li key={i} className="zs-card">
                        <blockquote>{a.text}</blockquote>
                        {a.participant !== null && <p className="zs-hint">— {who(a.participant)}</p>}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </OverviewSection>
      )}

      {agg.roles.applies && (
        <OverviewSection
          id="ws-roles"
          title={t('workshop.overview.rolesTitle')}
          intro={t('workshop.overview.rolesIntro')}
        >
          {setup.anonymous && <p className="zs-hint">{t('workshop.overview.rolesNote')}</p>}
          <div className="zs-table-wrap">
            <table className="zs-overview-table">
              <thead>
                <tr>
                  <th scope="col">{t('workshop.overview.table.theme')}</th>
                  {agg.roles.groups.map((g) => (
                    <th scope="col" key={g.role ?? 'none'}>
                      {g.role ? t(`roles.${g.role}.name`) : t('workshop.collect.noRole')} (
                      {g.withheld ? t('workshop.overview.withheldShort') : g.count})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {agg.modules.map((m) => (
                  <tr key={m.moduleId}>
                    <th scope="row">{moduleTitle(m.moduleId)}</th>
                    {agg.roles.groups.map((g) => {
                      const cell = g.modules.find((x) => x.moduleId === m.moduleId);
                      return (
                        <td key={g.role ?? 'none'}>
                          {g.withheld ? t('workshop.overview.withheldShort') : pct(cell?.mean)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </OverviewSection>
      )}
      <WorkshopCompare content={content} record={record} />
      {nav}
    </div>
  );
}
