import { aggregate } from '../../domain/aggregate';
import { groupAnswers } from '../../domain/compare';
import type { Content } from '../../domain/types';
import type { WorkshopRecord } from '../../domain/workshop';
import { LANGUAGES } from '../../i18n/languages';
import type { ExportKind } from '../../machines/workshop-machine';
import { buildGroupReportModel, groupFileName, groupLabels } from '../../report/group-model';
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

/**
 * Makes one of the trainer's downloads for the workshop and hands it to the browser: the group report (PDF, Word),
 * the answers as CSV, the card deck, or the group result for a later comparison. The renderers load on first use.
 */
export async function exportWorkshopFile(
  kind: ExportKind,
  record: WorkshopRecord,
  content: Content,
): Promise<void> {
  const { setup, participants } = record;
  const lang = content.lang;
  const report = () =>
    buildGroupReportModel(content, setup, participants, groupLabels(lang), {
      date: new Date().toISOString(),
      aggregate: aggregate(content, setup.items, participants, { anonymous: setup.anonymous }),
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
    const answers = groupAnswers(participants.map((p) => p.answers));
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
      await renderCardDeck(content, setup.items, cardLabels(lang), { name: setup.name }),
      cardDeckFileName(lang, setup.date),
    );
  }
}
