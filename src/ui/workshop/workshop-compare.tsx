import { useEffect, useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { MIN_GROUP } from '../../domain/aggregate';
import { compareAnswerSets, groupAnswers, type Comparison } from '../../domain/compare';
import type { Answers, Content } from '../../domain/types';
import type { WorkshopRecord } from '../../domain/workshop';
import { reportLabels } from '../../report/labels';
import { fill } from '../../report/model';
import { readFileText } from '../../storage/read-file';
import { readGroupResult, type GroupResultErrorCode } from '../../storage/group-result';
import type { WorkshopStore, WorkshopSummary } from '../../storage/workshop-store';
import { useDeviceStorage } from '../components/device-storage';
import { Delta, IdList, ItemList, signed } from '../components/comparison-parts';
import '../styles/compare.css';
import { CardSection, FileCard } from '../components/card-section';

/** Items listed as the largest improvements and declines. */
const TOP = 5;

/** The workshop this one is compared with: another one on this device, or a group-result file. */
export type OtherWorkshop =
  | {
      source: 'device';
      id: string;
      name: string;
      date: string;
      anonymous: boolean;
      contentVersion: string;
      /** Every participant's answers, as stored (not reconciled, so removed items can be listed). */
      members: Answers[];
    }
  | {
      source: 'file';
      id: string;
      name: string;
      date: string;
      /** How many participants the group result rests on; undefined when the file does not say. */
      participants: number | undefined;
      contentVersion: string;
      /** The group's answer set (median per item). */
      answers: Answers;
    };

export type WorkshopComparison =
  | { ok: true; comparison: Comparison; anonymous: boolean }
  | { ok: false; anonymous: true; tooSmall: 'this' | 'other'; count: number };

/**
 * A group as one answer set. In an anonymous comparison items answered by fewer than MIN_GROUP participants are left
 * out, as the group overview withholds them.
 */
function groupSet(members: readonly Answers[], anonymous: boolean): Answers {
  const set = groupAnswers(members);
  if (!anonymous) return set;
  const out: Answers = {};
  for (const [id, a] of Object.entries(set)) {
    const respondents = members.filter((m) => m[id] !== undefined && m[id]?.kind !== 'text').length;
    if (respondents >= MIN_GROUP) out[id] = a;
  }
  return out;
}

const otherCount = (other: OtherWorkshop): number | undefined =>
  other.source === 'device' ? other.members.length : other.participants;

/**
 * This workshop (now) against the other one (as the earlier measurement): per theme, per item and per dilemma.
 * When either workshop is anonymous, both groups need at least MIN_GROUP participants.
 */
export function compareWorkshops(
  content: Pick<Content, 'modules' | 'contentVersion'>,
  record: WorkshopRecord,
  other: OtherWorkshop,
): WorkshopComparison {
  const anonymous = record.setup.anonymous || (other.source === 'device' && other.anonymous);
  if (anonymous) {
    if (record.participants.length < MIN_GROUP)
      return { ok: false, anonymous, tooSmall: 'this', count: record.participants.length };
    const count = otherCount(other);
    if (count !== undefined && count < MIN_GROUP) return { ok: false, anonymous, tooSmall: 'other', count };
  }
  const mine = groupSet(
    record.participants.map((p) => p.answers),
    anonymous,
  );
  const theirs = other.source === 'device' ? groupSet(other.members, anonymous) : other.answers;
  const comparison = compareAnswerSets(
    content,
    { answers: theirs, contentVersion: other.contentVersion },
    { answers: mine },
    record.setup.items,
  );
  return { ok: true, comparison, anonymous };
}

/** A stored workshop as it was saved: its answers are not reconciled with the current content. */
function loadStored(store: WorkshopStore, id: string): OtherWorkshop | null {
  const saved = store.loadAsSaved(id);
  if (!saved) return null;
  const { setup, participants } = saved.record;
  return {
    source: 'device',
    id: setup.id,
    name: setup.name,
    date: setup.date,
    anonymous: setup.anonymous,
    contentVersion: saved.contentVersion,
    members: participants.map((p) => p.answers),
  };
}

type FileError = { code: GroupResultErrorCode | 'read'; details: string[] };
type T = TFunction;

/** The comparison itself: per theme (table with the change in words), items that moved, dilemmas, content changes. */
function Result({ content, other, c, t }: { content: Content; other: OtherWorkshop; c: Comparison; t: T }) {
  const L = reportLabels(content.lang);
  const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  const withModule = (id: string) => {
    const item = byId.get(id);
    return item ? `${item.t.text} (${moduleTitle(item.module)})` : id;
  };
  const itemList = (list: Comparison['improvements']) => (
    <ItemList
      list={list}
      L={L}
      byId={byId}
      top={TOP}
      answers={(x, before, now) =>
        t('workshop.compare.itemAnswers', { module: moduleTitle(x.moduleId), before, now })
      }
      more={(count) => t('workshop.compare.more', { count })}
    />
  );

  const ids = {
    up: useId(),
    down: useId(),
    dilemmas: useId(),
  };
  const cols = {
    theme: t('workshop.compare.table.theme'),
    other: t('workshop.compare.table.other'),
    mine: t('workshop.compare.table.this'),
    change: t('workshop.compare.table.change'),
  };
  const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);
  const modules = c.modules.filter((m) => m.compared > 0 || m.baseline !== null || m.now !== null);
  return (
    <>
      {c.contentChanged && (
        <div className="zs-compare-note" role="note">
          <Paragraph>
            {t('workshop.compare.contentChanged', {
              before: other.contentVersion,
              now: content.contentVersion,
            })}
          </Paragraph>
        </div>
      )}
      <Paragraph className="zs-hint">{t('workshop.compare.basis')}</Paragraph>
      {modules.length === 0 ? (
        <Paragraph>{t('workshop.compare.noModules')}</Paragraph>
      ) : (
        <>
          <div className="zs-table-wrap">
            <table className="zs-overview-table zs-compare-table">
              <caption className="zs-visually-hidden">
                {t('workshop.compare.table.caption', { name: other.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{cols.theme}</th>
                  <th scope="col">{cols.other}</th>
                  <th scope="col">{cols.mine}</th>
                  <th scope="col">{cols.change}</th>
                </tr>
              </thead>
              <tbody>
                {modules.map((m) => (
                  <tr key={m.moduleId}>
                    <th scope="row">{moduleTitle(m.moduleId)}</th>
                    <td data-label={cols.other}>{pct(m.baseline)}</td>
                    <td data-label={cols.mine}>{pct(m.now)}</td>
                    <td data-label={cols.change}>
                      <Delta delta={m.delta} L={L} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Paragraph className="zs-hint">{t('workshop.compare.changeNote')}</Paragraph>
        </>
      )}
      <Paragraph>
        {t('workshop.compare.summary', {
          better: c.improvements.length,
          worse: c.declines.length,
          same: c.unchanged,
        })}
      </Paragraph>

      <section aria-labelledby={ids.up} className="zs-compare-block">
        <Heading3 id={ids.up}>{t('workshop.compare.improvements')}</Heading3>
        {c.improvements.length ? (
          itemList(c.improvements)
        ) : (
          <Paragraph>{t('workshop.compare.noImprovements')}</Paragraph>
        )}
      </section>
      <section aria-labelledby={ids.down} className="zs-compare-block">
        <Heading3 id={ids.down}>{t('workshop.compare.declines')}</Heading3>
        {c.declines.length ? itemList(c.declines) : <Paragraph>{t('workshop.compare.noDeclines')}</Paragraph>}
      </section>
      <section aria-labelledby={ids.dilemmas} className="zs-compare-block">
        <Heading3 id={ids.dilemmas}>{t('workshop.compare.dilemmas')}</Heading3>
        {c.dilemmasMoved.length ? (
          <>
            <Paragraph className="zs-hint">{t('workshop.compare.dilemmasIntro')}</Paragraph>
            <ul>
              {c.dilemmasMoved.map((d) => {
                const it = byId.get(d.itemId)?.t;
                return (
                  <li key={d.itemId}>
                    {fill(L.compare.dilemmaMove, {
                      left: it?.left ?? d.itemId,
                      right: it?.right ?? '',
                      nowBefore: signed(d.nowBefore),
                      nowAfter: signed(d.nowAfter),
                      desiredBefore: signed(d.desiredBefore),
                      desiredAfter: signed(d.desiredAfter),
                    })}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <Paragraph>{t('workshop.compare.noDilemmas')}</Paragraph>
        )}
      </section>
      {[
        {
          ids: c.removedItems,
          title: t('workshop.compare.removed'),
          intro: t('workshop.compare.removedIntro'),
        },
        {
          ids: c.newItems,
          title: t('workshop.compare.onlyThis', { count: c.newItems.length }),
          intro: t('workshop.compare.onlyThisIntro'),
          collapsed: true,
        },
        {
          ids: c.onlyInBaseline,
          title: t('workshop.compare.onlyOther', { count: c.onlyInBaseline.length }),
          intro: t('workshop.compare.onlyOtherIntro'),
          collapsed: true,
        },
      ].map((list) => (
        <IdList key={list.intro} {...list} text={withModule} />
      ))}
    </>
  );
}

/**
 * "Vergelijk met een andere workshop" in the group overview: the trainer picks another workshop stored on this
 * device or opens a group-result file, and sees per theme both group scores and the change, the items that moved
 * most, the dilemma positions that moved and what changed in the content. A bad file only gives a message.
 */
export function WorkshopCompare({ content, record }: { content: Content; record: WorkshopRecord }) {
  const { t: tt } = useTranslation();
  const t: T = tt;
  const id = useId();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const store = useDeviceStorage().workshops;
  const [others, setOthers] = useState<WorkshopSummary[]>(() =>
    store.list().filter((s) => s.id !== record.setup.id),
  );
  const [other, setOther] = useState<OtherWorkshop | null>(null);
  const [error, setError] = useState<FileError | null>(null);
  const [focusResult, setFocusResult] = useState(false);

  useEffect(() => {
    if (focusResult && other) {
      resultHeading.current?.focus();
      setFocusResult(false);
    }
  }, [focusResult, other]);

  const choose = (o: OtherWorkshop) => {
    setError(null);
    setOther(o);
    setFocusResult(true);
  };

  const pickStored = (summaryId: string) => {
    const o = loadStored(store, summaryId);
    if (o) choose(o);
    else {
      setError({ code: 'read', details: [] });
      setOthers(store.list().filter((s) => s.id !== record.setup.id));
    }
  };

  const openFile = async (file: File) => {
    const read = await readFileText(file);
    if (!read.ok) {
      setError({ code: read.code, details: [] });
      return;
    }
    const r = readGroupResult(read.text);
    if (!r.ok) {
      // a bad file changes nothing: the comparison shown (if any) stays
      setError({ code: r.code, details: r.details });
      return;
    }
    const w = r.result.workshop;
    choose({
      source: 'file',
      id: w.id,
      name: w.name || t('workshop.compare.unnamed'),
      date: w.date,
      participants: r.result.participants,
      contentVersion: r.result.contentVersion,
      answers: r.result.answers,
    });
  };

  const result = other ? compareWorkshops(content, record, other) : null;
  const count = (n: number | undefined) => (n === undefined ? t('workshop.compare.unknownCount') : n);

  return (
    <section aria-labelledby="ws-compare" className="zs-report-section">
      <Heading2 id="ws-compare" tabIndex={-1}>
        {t('workshop.compare.title')}
      </Heading2>
      <Paragraph>{t('workshop.compare.intro')}</Paragraph>
      {record.setup.anonymous && (
        <p className="zs-hint">{t('workshop.compare.anonymousRule', { min: MIN_GROUP })}</p>
      )}
      <div className="zs-baseline-picker">
        <CardSection id={`${id}-device`} title={t('workshop.compare.fromDevice')}>
          {others.length === 0 ? (
            <Paragraph>{t('workshop.compare.noOther')}</Paragraph>
          ) : (
            <ul className="zs-card-list">
              {others.map((s) => (
                <li key={s.id}>
                  <Button
                    appearance="secondary-action-button"
                    aria-describedby={`${id}-w-${s.id}`}
                    onClick={() => pickStored(s.id)}
                  >
                    {t('workshop.compare.pick', { name: s.name })}
                  </Button>{' '}
                  <span className="zs-hint" id={`${id}-w-${s.id}`}>
                    {t('workshop.compare.pickDetails', { date: s.date || '–', count: s.participants })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </CardSection>
        <FileCard
          id={id}
          title={t('workshop.compare.fromFile')}
          label={t('workshop.compare.fileLabel')}
          hint={t('workshop.compare.fileHint')}
          onFile={openFile}
        />
      </div>
      {/* the Alert has role="alert" itself (type error) */}
      {error && (
        <Alert type="error">
          <Paragraph>{t(`workshop.compare.error.${error.code}`)}</Paragraph>
          {error.details.length > 0 && (
            <ul>
              {error.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          <Paragraph>{t('workshop.compare.error.unchanged')}</Paragraph>
        </Alert>
      )}

      {other && result && (
        <div className="zs-comparison">
          <Heading3 ref={resultHeading} tabIndex={-1}>
            {t('workshop.compare.resultTitle', { name: other.name })}
          </Heading3>
          <Paragraph>
            {t('workshop.compare.current', {
              name: other.name,
              date: other.date || '–',
              source: t(`workshop.compare.source.${other.source}`),
              mine: record.participants.length,
              theirs: count(otherCount(other)),
            })}
          </Paragraph>
          {result.anonymous && !record.setup.anonymous && (
            <p className="zs-hint">{t('workshop.compare.anonymousRule', { min: MIN_GROUP })}</p>
          )}
          {result.ok ? (
            <Result content={content} other={other} c={result.comparison} t={t} />
          ) : (
            <Alert type="warning">
              <Paragraph>
                {result.tooSmall === 'this'
                  ? t('workshop.compare.tooSmallThis', { count: result.count, min: MIN_GROUP })
                  : t('workshop.compare.tooSmallOther', {
                      name: other.name,
                      count: result.count,
                      min: MIN_GROUP,
                    })}
              </Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <Button
              appearance="subtle-button"
              onClick={() => {
                setOther(null);
                document.getElementById('ws-compare')?.focus();
              }}
            >
              {t('workshop.compare.close')}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </section>
  );
}
