import { describe, expect, it } from 'vitest';
import { radarGeometry } from './radar';

describe('radarGeometry with a comparison', () => {
  const axes = [
    { label: 'A', value: 0.5, baseline: 0.25, target: 1 },
    { label: 'B', value: 1, baseline: null, target: null },
    { label: 'C', value: null, baseline: 0.5 },
  ];

  it('draws the baseline as a second polygon, axes without one at the centre', () => {
    const g = radarGeometry(axes, 0, 0, 100);
    expect(g.baseline?.map((p) => Math.round(Math.hypot(p.x, p.y)))).toEqual([25, 0, 50]);
    expect(radarGeometry([{ label: 'A', value: 0.5 }], 0, 0, 100).baseline).toBeNull();
  });

  it('marks each target, and joins them into a polygon only when every axis has one', () => {
    const g = radarGeometry(axes, 0, 0, 100);
    expect(g.target).toBeNull();
    expect(g.targetMarks.map((m) => [m.index, Math.round(m.y)])).toEqual([[0, -100]]);
    const all = radarGeometry(
      axes.map((a) => ({ ...a, target: 0.75 })),
      0,
      0,
      100,
    );
    expect(all.target?.map((p) => Math.round(Math.hypot(p.x, p.y)))).toEqual([75, 75, 75]);
  });
});
