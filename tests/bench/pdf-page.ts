// Runs in bench/pdf.html (built by vite.bench.config.ts): builds the full report for the fixed sample scan and times
// the PDF. The renderer is imported on demand, as the app does, so the cold run includes loading jsPDF and the fonts.
import { getContent } from '../../src/content/bundle';
import type { Role } from '../../src/domain/types';
import { reportLabels } from '../../src/report/labels';
import { buildReportModel } from '../../src/report/model';
import { sampleScan } from '../fixtures/sample-scan';

export interface PdfBenchResult {
  coldMs: number;
  warmMs: number[];
  modelMs: number[];
  pages: number;
  bytes: number;
}

declare global {
  interface Window {
    runPdfBench: (runs: number, role?: Role) => Promise<PdfBenchResult>;
  }
}

/**
 * Times renderPdf for the full report, as the report screen calls it: the model is already built there (it is what
 * the screen shows), so building it is timed apart. The cold run includes importing the renderer, jsPDF and the fonts.
 */
window.runPdfBench = async (runs, role = 'bestuurder') => {
  const content = getContent('nl'); // loaded before the report screen opens, so outside the timing
  // the longest output a user can ask for: the full scan with every appendix
  const scan = { ...sampleScan(content, role), appendices: true };
  const labels = reportLabels('nl');
  const modelMs: number[] = [];
  const model = () => {
    const t0 = performance.now();
    const m = buildReportModel(content, scan, labels, { date: '2026-11-23' });
    modelMs.push(performance.now() - t0);
    return m;
  };
  const once = async () => {
    const m = model();
    const t0 = performance.now();
    const { renderPdf } = await import('../../src/report/pdf/render-pdf');
    const blob = await renderPdf(m);
    return { ms: performance.now() - t0, blob };
  };
  const cold = await once();
  const warmMs: number[] = [];
  for (let i = 0; i < runs; i++) warmMs.push((await once()).ms);
  const text = new TextDecoder('latin1').decode(await cold.blob.arrayBuffer());
  return {
    coldMs: cold.ms,
    warmMs,
    modelMs,
    pages: (text.match(/\/Type \/Page\b/gu) ?? []).length,
    bytes: cold.blob.size,
  };
};
