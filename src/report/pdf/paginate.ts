import type { jsPDF as JsPDF } from 'jspdf';
import type { Row } from './layout';
import type { Pen } from './pen';
import { BOTTOM, TOP } from './theme';

/**
 * Places the rows on pages from `firstPage` on (the document's last page, which must be empty), adding pages as it
 * goes. A row that does not fit starts a new page, together with the rows `keep` glues to it unless that chain is
 * longer than a page; a row's `header` is repeated above it on the new page.
 */
export function paginate(doc: JsPDF, pen: Pen, rows: readonly Row[], firstPage: number): void {
  let page = firstPage;
  let y = TOP;
  const avail = BOTTOM - TOP;
  const newPage = () => {
    doc.addPage();
    pen.reset();
    page++;
    y = TOP;
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    if (row.pageBreak && y > TOP) newPage();
    // the row and everything glued to it must fit, unless the chain is longer than a page
    let need = (y > TOP ? (row.gap ?? 0) : 0) + row.h;
    for (let j = i; rows[j]?.keep && rows[j + 1] && !rows[j + 1]?.pageBreak; j++) {
      const next = rows[j + 1];
      if (!next) break;
      need += (next.gap ?? 0) + next.h;
      if (need > avail) break;
    }
    if (need > avail) need = (row.gap ?? 0) + row.h;
    if (y + need > BOTTOM && y > TOP) {
      newPage();
      if (row.header) {
        row.header.draw(y);
        y += row.header.h;
      }
    }
    if (y > TOP) y += row.gap ?? 0;
    row.draw(y);
    row.placed?.(page);
    y += row.h;
  }
}
