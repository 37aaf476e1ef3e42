// Runs in bench/workshop.html (built by vite.bench-workshop.config.ts): imports 40 participant files, aggregates them
// and renders the group overview, with the app's own code, and times the whole of it.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { getContent } from '../../src/content/bundle';
import { aggregate } from '../../src/domain/aggregate';
import { newWorkshop } from '../../src/domain/workshop';
import { initI18n } from '../../src/i18n/i18n';
import { wrap } from '../../src/storage/envelope';
import { importParticipantTexts } from '../../src/storage/workshop';
import { OverviewScreen } from '../../src/ui/workshop/overview-screen';
import { buildSlides } from '../../src/ui/workshop/slides';
import { participantScans, sampleWorkshop } from '../fixtures/workshop';
import '../../src/ui/styles/workshop.css';

export interface WorkshopBenchResult {
  runsMs: number[];
  /** Per run: import, aggregate, render (ms). */
  parts: number[][];
  participants: number;
  items: number;
  svgs: number;
  /** The record's size as the browser stores it (UTF-16). */
  storedBytes: number;
}

declare global {
  interface Window {
    runWorkshopBench: (runs: number, which?: 'trainer' | 'all', n?: number) => Promise<WorkshopBenchResult>;
  }
}

window.runWorkshopBench = async (runs, which = 'trainer', n = 40) => {
  initI18n('nl');
  const content = getContent('nl');
  const items = content.modules
    .flatMap((m) => m.items)
    .filter((i) => which === 'all' || i.roles.includes('trainer'));
  const setup = sampleWorkshop(
    content,
    items.map((i) => i.id),
  );
  const now = '2026-11-23T12:00:00.000Z';
  // the n files as the trainer would drop them: their text, read before the timing starts. The fixture has 60
  // people; beyond that each gets its own id and scale answers of its own, so nobody is a duplicate
  const base = participantScans(content, setup, Math.min(n, 60));
  const files = Array.from({ length: n }, (_, i) => {
    const s = base[i % base.length] as (typeof base)[number];
    let k = i;
    const answers = Object.fromEntries(
      Object.entries(s.answers).map(([id, a]) => {
        if (i < base.length || a.kind !== 'scale') return [id, a];
        const value = 1 + (k % 5);
        k = Math.floor(k / 5);
        return [id, { ...a, value }];
      }),
    );
    const scan = i < base.length ? s : { ...s, id: `${s.id}-${i}`, answers };
    return { name: `deelnemer-${i + 1}.json`, text: JSON.stringify(wrap(scan, content.contentVersion, now)) };
  });
  let storedBytes = 0;
  const host = document.getElementById('root') as HTMLElement;
  const runsMs: number[] = [];
  const parts: number[][] = [];
  let svgs = 0;
  let participants = 0;
  for (let r = 0; r < runs + 1; r++) {
    const root = createRoot(host);
    const t0 = performance.now();
    const { record } = importParticipantTexts(newWorkshop(setup, now), files, content, now);
    const t1 = performance.now();
    const agg = aggregate(content, record.setup.items, record.participants, {
      anonymous: record.setup.anonymous,
    });
    const t2 = performance.now();
    flushSync(() =>
      root.render(
        <OverviewScreen
          content={content}
          record={record}
          agg={agg}
          slideCount={buildSlides(agg).length}
          exporting={null}
          exportResult={null}
          onExport={() => {}}
          onCollect={() => {}}
          onFacilitate={() => {}}
          onClose={() => {}}
        />,
      ),
    );
    const ms = performance.now() - t0;
    // the first run warms up (JIT); it is left out
    if (r > 0) {
      runsMs.push(ms);
      parts.push([t1 - t0, t2 - t1, t0 + ms - t2]);
    }
    svgs = host.querySelectorAll('svg').length;
    participants = record.participants.length;
    storedBytes = JSON.stringify(record).length * 2;
    root.unmount();
    await new Promise((res) => setTimeout(res, 0));
  }
  return { runsMs, parts, participants, items: setup.items.length, svgs, storedBytes };
};
