import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Comparison, ItemComparison } from '../../domain/compare';
import type { Baseline } from '../../domain/scan';
import type { Content, Item } from '../../domain/types';
import type { ReportLabels } from '../../report/labels';
import { answerText, changeText, fill, targetTexts } from '../../report/model';
import { RadarChart } from '../report/report-view';

/** Items listed as largest improvements and declines; every item is in the per-module tables below. */
const TOP = 10;

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);

/** A change in words, with an arrow for the eye; the words carry the meaning, not the colour. */
export function Delta({ delta, L }: { delta: number | null; L: ReportLabels }) {
  if (delta === null) return <span className="zs-delta">{'–'}</span>;
  const points = Math.round(Math.abs(delta) * 100);
  const dir = points === 0 ? 'same' : delta > 0 ? 'up' : 'down';
  return (
    <span className={`zs-delta zs-delta--${dir}`}>
      <span aria-hidden="true">{dir === 'up' ? '▲ ' : dir === 'down' ? '▼ ' : '= '}</span>
      {changeText(L, delta)}
    </span>
  );
}

/** A signed dilemma position (`+2`, `-1`, `0`), or a dash when there is none. */
export const signed = (v: number | null) => (v === null ? '–' : v > 0 ? `+${v}` : String(v));

/**
 * The items that moved most, each with its answers before and now and the change; the first `top` are listed and
 * the rest counted. Used by the scan comparison and the workshop comparison.
 */
export function ItemList({
  list,
  L,
  byId,
  top = TOP,
  answers,
  more,
}: {
  list: readonly ItemComparison[];
  L: ReportLabels;
  byId: ReadonlyMap<string, Item>;
  top?: number;
  /** The answers line, from the two answers in words. */
  answers: (x: ItemComparison, before: string, now: string) => string;
  more: (count: number) => string;
}) {
  return (
    <>
      <ol className="zs-compare-list">
        {list.slice(0, top).map((x) => {
          const item = byId.get(x.itemId);
          const before = item ? answerText(L, item, x.baselineAnswer) : '';
          const now = item ? answerText(L, item, x.nowAnswer) : '';
          return (
            <li key={x.itemId}>
              <span className="zs-compare-list__statement">{item?.t.text ?? x.itemId}</span>
              <span className="zs-hint">{`${answers(x, before, now)} · `}</span>
              <Delta delta={x.delta} L={L} />
            </li>
          );
        })}
      </ol>
      {list.length > top && <Paragraph className="zs-hint">{more(list.length - top)}</Paragraph>}
    </>
  );
}

/** Items named by id (removed, new, no longer "weet niet"), as a section or, `collapsed`, a details element. */
export function IdList({
  title,
  intro,
  ids,
  text,
  collapsed,
}: {
  title: string;
  intro: string;
  ids: readonly string[];
  text: (id: string) => string;
  collapsed?: boolean;
}) {
  const id = useId();
  if (ids.length === 0) return null;
  const list = (
    <ul>
      {ids.map((x) => (
        <li key={x}>{text(x)}</li>
      ))}
    </ul>
  );
  if (collapsed)
    return (
      <details className="zs-explain zs-compare-details">
        <summary>{title}</summary>
        <Paragraph className="zs-hint">{intro}</Paragraph>
        {list}
      </details>
    );
  return (
    <section aria-labelledby={id} className="zs-compare-block">
      <Heading3 id={id}>{title}</Heading3>
      <Paragraph className="zs-hint">{intro}</Paragraph>
      {list}
    </section>
  );
}

/** The comparison on screen: per module (table and radar), per item, and what changed in the content. */
export function ComparisonView({
  content,
  baseline,
  comparison: c,
  L,
}: {
  content: Content;
  baseline: Baseline;
  comparison: Comparison;
  L: ReportLabels;
}) {
  const { t } = useTranslation();
  const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const itemList = (list: Comparison['improvements']) => (
    <ItemList
      list={list}
      L={L}
      byId={byId}
      answers={(_, before, now) => `${before} → ${now}`}
      more={(count) => t('compare.result.more', { count })}
    />
  );
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  const withModule = (id: string) => {
    const item = byId.get(id);
    return item ? `${item.t.text} (${moduleTitle(item.module)})` : id;
  };
  return (
    <div className="zs-comparison">
      {c.contentChanged && (
        <div className="zs-compare-note" role="note">
          <Paragraph>
            {fill(L.compare.contentChanged, { before: baseline.contentVersion, now: content.contentVersion })}
          </Paragraph>
        </div>
      )}
      <Paragraph className="zs-hint">{L.compare.basis}</Paragraph>

      <section aria-labelledby="cmp-modules" className="zs-compare-block">
        <Heading3 id="cmp-modules">{t('compare.result.modules')}</Heading3>
        <RadarChart
          title={L.compare.radarTitle}
          axes={c.modules.map((m) => ({
            label: moduleTitle(m.moduleId),
            value: m.now,
            baseline: m.baseline,
            target: m.target,
          }))}
        />
        <div className="zs-table-wrap">
          <table className="zs-overview-table zs-compare-table">
            <caption className="zs-visually-hidden">{L.compare.tableTitle}</caption>
            <thead>
              <tr>
                {[
                  L.compare.theme,
                  L.compare.baseline,
                  L.compare.now,
                  L.compare.change,
                  L.compare.target,
                  L.compare.toTarget,
                ].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {c.modules.map((m) => {
                const tt = targetTexts(L, m);
                return (
                  <tr key={m.moduleId}>
                    <th scope="row">{moduleTitle(m.moduleId)}</th>
                    <td data-label={L.compare.baseline}>{pct(m.baseline)}</td>
                    <td data-label={L.compare.now}>{pct(m.now)}</td>
                    <td data-label={L.compare.change}>
                      <Delta delta={m.delta} L={L} />
                    </td>
                    <td data-label={L.compare.target}>{tt.target}</td>
                    <td data-label={L.compare.toTarget}>{tt.toTarget}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Paragraph>
          {fill(L.compare.summary, {
            better: c.improvements.length,
            worse: c.declines.length,
            same: c.unchanged,
          })}
        </Paragraph>
      </section>

      <section aria-labelledby="cmp-up" className="zs-compare-block">
        <Heading3 id="cmp-up">{L.compare.improvements}</Heading3>
        {c.improvements.length ? itemList(c.improvements) : <Paragraph>{L.compare.noImprovements}</Paragraph>}
      </section>
      <section aria-labelledby="cmp-down" className="zs-compare-block">
        <Heading3 id="cmp-down">{L.compare.declines}</Heading3>
        {c.declines.length ? itemList(c.declines) : <Paragraph>{L.compare.noDeclines}</Paragraph>}
      </section>
      <section aria-labelledby="cmp-dilemmas" className="zs-compare-block">
        <Heading3 id="cmp-dilemmas">{L.compare.dilemmas}</Heading3>
        {c.dilemmasMoved.length ? (
          <ul>
            {c.dilemmasMoved.map((d) => {
              const it = byId.get(d.itemId)?.t;
              return (
                <li key={d.itemId}>
                  {fill(L.compare.dilemmaMove, {
                    left: it?.left ?? '',
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
        ) : (
          <Paragraph>{L.compare.noDilemmas}</Paragraph>
        )}
      </section>
      {c.newlyAnswered.length > 0 && (
        <section aria-labelledby="cmp-new-answers" className="zs-compare-block">
          <Heading3 id="cmp-new-answers">{L.compare.newlyAnswered}</Heading3>
          <ul>
            {c.newlyAnswered.map((n) => {
              const item = byId.get(n.itemId);
              return (
                <li key={n.itemId}>
                  {fill(L.compare.newlyAnsweredItem, {
                    statement: item?.t.text ?? n.itemId,
                    answer: item ? answerText(L, item, n.answer) : '',
                  })}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <IdList
        title={L.compare.removed}
        intro={L.compare.removedIntro}
        ids={c.removedItems}
        text={withModule}
      />
      <IdList title={L.compare.newItems} intro={L.compare.newItemsIntro} ids={c.newItems} text={withModule} />
      <IdList
        title={L.compare.onlyBaseline}
        intro={L.compare.onlyBaselineIntro}
        ids={c.onlyInBaseline}
        text={withModule}
      />

      <section aria-labelledby="cmp-items" className="zs-compare-block">
        <Heading3 id="cmp-items">{t('compare.result.items')}</Heading3>
        <Paragraph className="zs-hint">{t('compare.result.itemsIntro')}</Paragraph>
        {c.modules.map((m) => {
          const items = c.items.filter((i) => i.moduleId === m.moduleId);
          return (
            <details key={m.moduleId} className="zs-explain zs-compare-details">
              <summary>
                {t('compare.result.itemsSummary', { module: moduleTitle(m.moduleId), count: items.length })}
              </summary>
              {items.length === 0 ? (
                <Paragraph>{t('compare.result.noItems')}</Paragraph>
              ) : (
                <div className="zs-table-wrap">
                  <table className="zs-overview-table zs-compare-table">
                    <caption className="zs-visually-hidden">{moduleTitle(m.moduleId)}</caption>
                    <thead>
                      <tr>
                        {[
                          t('compare.result.question'),
                          L.compare.baseline,
                          L.compare.now,
                          L.compare.change,
                        ].map((h) => (
                          <th key={h} scope="col">
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((x) => {
                        const item = byId.get(x.itemId);
                        return (
                          <tr key={x.itemId}>
                            <th scope="row">{item?.t.text ?? x.itemId}</th>
                            <td data-label={L.compare.baseline}>
                              {item ? answerText(L, item, x.baselineAnswer) : ''}
                            </td>
                            <td data-label={L.compare.now}>{item ? answerText(L, item, x.nowAnswer) : ''}</td>
                            <td data-label={L.compare.change}>
                              <Delta delta={x.delta} L={L} />
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </details>
          );
        })}
      </section>
    </div>
  );
}
