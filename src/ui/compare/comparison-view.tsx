import { useMemo } from 'react';
import type { Comparison } from '../../domain/compare';
import type { Baseline } from '../../domain/scan';
import type { Content } from '../../domain/types';
import type { ReportLabels } from '../../report/labels';
import { buildComparisonSection } from '../../report/model';
import { BlockList } from '../components/report-blocks';

/**
 * The comparison on screen: the report's comparison section (module radar and table, the largest changes, what
 * changed in the content), rendered by the report's own block renderer. The screen names the nulmeting above, so the
 * section's intro sentence is left out; every question per theme is added. Each part under a heading is a region.
 */
export function ComparisonView({
  content,
  baseline,
  comparison,
  L,
}: {
  content: Content;
  baseline: Baseline;
  comparison: Comparison;
  L: ReportLabels;
}) {
  const section = useMemo(
    () => buildComparisonSection(content, L, baseline, comparison, { intro: false, perItem: true }),
    [content, L, baseline, comparison],
  );
  return (
    <div className="zs-comparison">
      <BlockList blocks={section.blocks} regionClassName="zs-compare-block" />
    </div>
  );
}
