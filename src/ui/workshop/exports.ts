import { aggregate } from '../../domain/aggregate';
import { groupAnswers } from '../../domain/compare';
import { orderSessions, seriesTrend, sessionOf } from '../../domain/series';
import { isOwnId, withOwnQuestions, type OwnModuleTexts } from '../../domain/own-questions';
import type { Content } from '../../domain/types';
import type { WorkshopRecord } from '../../domain/workshop';
import { LANGUAGES } from '../../i18n/languages';
import type { ExportKind } from '../../machines/workshop-machine';
import { buildGroupReportModel, groupFileName, groupLabels } from '../../report/group-model';
import type { GroupSeries } from '../../report/group-trend';
import { downloadBlob } from '../download';

/** File name of the group result or the backup, e.g. `workshop-groepsresultaat-2026-11-23.json`. */
export function workshopFileName(
  setup: WorkshopRecord['setup'],
  lang: Content['lang'],
  kind: 'result' | 'backup',
): string {
  const words = LANGUAGES[lang].fileWords;
  const base = kind === 'result' ? words.groupResult : words.backup;
  return `${base}${setup.date ? `-${setup.date.slice(0, 10)}` : ''}.json`;
}

/** The title and introduction of the trainer's own questions, as a module of the workshop's content. */
export function ownModuleTexts(lang: Content['lang']): OwnModuleTexts {
  const own = LANGUAGES[lang].resources.workshop.own;
  return { title: own.module, intro: own.intro };
}

/** The content a workshop is read against: this app's questions and the trainer's own ones. */
export function workshopContent(content: Content, setup: WorkshopRecord['setup']): Content {
  return withOwnQuestions(content, setup.own, ownModuleTexts(content.lang));
}

/**
 * The series the workshop is in, with the trend over its sessions: the open workshop as it is now, with the other
 * workshops of the series stored on this device (`stored`; other workshops and the open one's stored copy are left
 * out). Undefined when the workshop is in no series.
 */
export function groupSeriesOf(
  content: Pick<Content, 'modules'>,
  record: WorkshopRecord,
  stored: readonly WorkshopRecord[],
): GroupSeries | undefined {
  const series = record.series;
  if (!series) return undefined;
  const others = stored.filter((r) => r.setup.id !== record.setup.id && r.series?.id === series.id);
  const sessions = orderSessions([record, ...others].map(sessionOf));
  return { name: series.name, trend: seriesTrend(content, sessions), workshopId: record.setup.id };
}

/**
 * Makes one of the trainer's downloads for the workshop and hands it to the browser: the group report (PDF, Word),
 * the answers as CSV, the card deck, or the group result for a later comparison. The renderers load on first use.
 */
export async function exportWorkshopFile(
  kind: ExportKind,
  record: WorkshopRecord,
  baseContent: Content,
  /** The other workshops of its series on this device: with three sessions or more the report shows the trend. */
  seriesRecords: readonly WorkshopRecord[] = [],
): Promise<void> {
  const { setup, participants } = record;
  const content = workshopContent(baseContent, setup);
  const lang = content.lang;
  const series = groupSeriesOf(content, record, seriesRecords);
  const report = () =>
    buildGroupReportModel(content, setup, participants, groupLabels(lang), {
      date: new Date().toISOString(),
      aggregate: aggregate(content, setup.items, participants, { anonymous: setup.anonymous }),
      ...(series ? { series } : {}),
    });
  if (kind === 'pdf') {
    const { renderPdf } = await import('../../report/pdf/render-pdf');
    downloadBlob(await renderPdf(report()), groupFileName(setup, lang, 'pdf'));
  } else if (kind === 'docx') {
    const { renderDocx } = await import('../../report/docx/render-docx');
    downloadBlob(await renderDocx(report()), groupFileName(setup, lang, 'docx'));
  } else if (kind === 'result') {
    // one answer set for the whole group (medians, no open answers, no names), for a later comparison
    const { makeGroupResult } = await import('../../storage/group-result');
    // the trainer's own questions belong to this workshop only: a later comparison has nothing to set them against
    const answers = groupAnswers(
      participants.map((p) => Object.fromEntries(Object.entries(p.answers).filter(([id]) => !isOwnId(id)))),
    );
    const result = makeGroupResult(setup, content.contentVersion, answers, participants.length);
    downloadBlob(
      new Blob([JSON.stringify(result)], { type: 'application/json' }),
      workshopFileName(setup, lang, 'result'),
    );
  } else if (kind === 'csv') {
    const { workshopCsv, csvLabels, csvFileName } = await import('../../report/csv');
    downloadBlob(
      new Blob([workshopCsv(content, setup, participants, csvLabels(lang))], {
        type: 'text/csv;charset=utf-8',
      }),
      csvFileName(setup, lang),
    );
  } else {
    const { renderCardDeck, cardLabels, cardDeckFileName } = await import('../../report/pdf/card-deck');
    downloadBlob(
      // the cards carry the app's questions with their sources; the trainer's own questions have none
      await renderCardDeck(
        content,
        setup.items.filter((id) => !isOwnId(id)),
        cardLabels(lang),
        {
          name: setup.name,
        },
      ),
      cardDeckFileName(lang, setup.date),
    );
  }
}
