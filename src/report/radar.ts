/** Geometry of the module radar chart, shared by the SVG on screen and the vector drawing in the PDF. */
export interface RadarAxis {
  label: string;
  value: number | null;
  /** An earlier measurement (nulmeting), drawn as a second, dashed line. */
  baseline?: number | null;
  /** The target level, drawn as a third, dotted line. */
  target?: number | null;
}

export interface Point {
  x: number;
  y: number;
}

export interface RadarGeometry {
  /** Concentric rings at 25, 50, 75 and 100 %. */
  rings: { level: number; points: Point[] }[];
  spokes: { from: Point; to: Point }[];
  /** The value polygon; axes without a score are drawn at the centre and listed in `missing`. */
  polygon: Point[];
  /** Dots at the value of each axis with a score. */
  dots: (Point & { index: number })[];
  labels: (Point & { text: string; anchor: 'start' | 'middle' | 'end'; index: number })[];
  missing: number[];
  /** The baseline polygon, or null when no axis has a baseline value; axes without one sit at the centre. */
  baseline: Point[] | null;
  /** The target polygon, only when every axis has a target (a line through the centre would suggest a 0% target). */
  target: Point[] | null;
  /** A mark at the target of each axis that has one. */
  targetMarks: (Point & { index: number })[];
}

/** Computes the radar for `axes` around (cx, cy) with radius r; the first axis points straight up. */
export function radarGeometry(
  axes: readonly RadarAxis[],
  cx: number,
  cy: number,
  r: number,
  labelGap = 10,
): RadarGeometry {
  const n = Math.max(axes.length, 3);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, f: number): Point => ({
    x: cx + Math.cos(angle(i)) * r * f,
    y: cy + Math.sin(angle(i)) * r * f,
  });
  const rings = [0.25, 0.5, 0.75, 1].map((level) => ({ level, points: axes.map((_, i) => at(i, level)) }));
  const spokes = axes.map((_, i) => ({ from: { x: cx, y: cy }, to: at(i, 1) }));
  const polygon = axes.map((a, i) => at(i, a.value ?? 0));
  const dots = axes.flatMap((a, i) => (a.value === null ? [] : [{ ...at(i, a.value), index: i }]));
  const labels = axes.map((a, i) => {
    const p = { x: cx + Math.cos(angle(i)) * (r + labelGap), y: cy + Math.sin(angle(i)) * (r + labelGap) };
    const c = Math.cos(angle(i));
    const anchor: 'start' | 'middle' | 'end' = Math.abs(c) < 0.2 ? 'middle' : c > 0 ? 'start' : 'end';
    return { ...p, text: a.label, anchor, index: i };
  });
  const baseline = axes.some((a) => typeof a.baseline === 'number')
    ? axes.map((a, i) => at(i, a.baseline ?? 0))
    : null;
  const allTargets = axes.length > 0 && axes.every((a) => typeof a.target === 'number');
  return {
    rings,
    spokes,
    polygon,
    dots,
    labels,
    missing: axes.flatMap((a, i) => (a.value === null ? [i] : [])),
    baseline,
    target: allTargets ? axes.map((a, i) => at(i, a.target ?? 0)) : null,
    targetMarks: axes.flatMap((a, i) =>
      typeof a.target === 'number' ? [{ ...at(i, a.target), index: i }] : [],
    ),
  };
}
