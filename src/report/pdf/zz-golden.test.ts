// @vitest-environment node
// TEMPORARY golden snapshot for the refactor; removed afterwards.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { getContent } from '../../content/bundle';
import type { ScanData } from '../../domain/scan';
import type { Answer, Answers, Lang, Role } from '../../domain/types';
import { sampleScan } from '../../../tests/fixtures/sample-scan';
import { participantScans, sampleWorkshop } from '../../../tests/fixtures/workshop';
import { newWorkshop } from '../../domain/workshop';
import { wrap } from '../../storage/envelope';
import { importParticipantTexts } from '../../storage/workshop';
import { buildGroupReportModel, groupLabels } from '../group-model';
import { reportLabels } from '../labels';
import { buildReportModel } from '../model';
import { renderPdf } from './render-pdf';

const out = process.env.GOLDEN_OUT ?? '/tmp/golden/x';
mkdirSync(out, { recursive: true });
const NOW = '2026-11-23T12:00:00.000Z';

function earlier(answers: Answers): Answers {
  const o: Answers = {};
  for (const [id, a] of Object.entries(answers)) {
    o[id] =
      a.kind === 'scale'
        ? ({ kind: 'scale', value: Math.max(1, a.value - 1) } satisfies Answer)
        : a.kind === 'dilemma'
          ? { ...a, now: a.now === undefined ? undefined : a.now === 3 ? 2 : a.now + 1 }
          : a;
  }
  return o;
}

const save = async (name: string, b: Blob) =>
  writeFileSync(join(out, name), Buffer.from(await b.arrayBuffer()));

it('golden', async () => {
  for (const lang of ['nl', 'en'] as Lang[]) {
    const content = getContent(lang);
    for (const role of ['bestuurder', 'projectleider', 'trainer'] as Role[]) {
      for (const confidential of [false, true])
        for (const appendices of [false, true]) {
          const base = sampleScan(content, role);
          const scan: ScanData = { ...base, confidential, appendices };
          const m = buildReportModel(content, scan, reportLabels(lang), { date: '2026-11-23' });
          await save(`${lang}-${role}-${confidential}-${appendices}.pdf`, await renderPdf(m));
        }
      const base = sampleScan(content, role);
      const scan: ScanData = {
        ...base,
        appendices: true,
        baseline: {
          source: 'file',
          label: 'Nulmeting voorjaar',
          savedAt: '2026-03-01T10:00:00.000Z',
          contentVersion: '0.9.0',
          role,
          answers: earlier(base.answers),
        },
        targets: { ver: { level: 0.8, by: '2027-06-30' } },
      } as ScanData;
      const m = buildReportModel(content, scan, reportLabels(lang), { date: '2026-11-23' });
      await save(`${lang}-${role}-compare.pdf`, await renderPdf(m));
    }
    const setup0 = sampleWorkshop(content, undefined, {});
    const scans = participantScans(content, setup0, 6);
    const record = importParticipantTexts(
      newWorkshop(setup0, NOW),
      scans.map((s, i) => ({ name: `${i}.json`, text: JSON.stringify(wrap(s, content.contentVersion, NOW)) })),
      content,
      NOW,
    ).record;
    const gm = buildGroupReportModel(content, record.setup, record.participants, groupLabels(lang), { date: NOW });
    await save(`${lang}-group.pdf`, await renderPdf(gm));
    await save(`${lang}-group-compressed.pdf`, await renderPdf(gm, { compress: true }));
  }
}, 300_000);
