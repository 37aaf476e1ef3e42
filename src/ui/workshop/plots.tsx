import type { ReactNode } from 'react';

/*
 * Dot (strip) plots for the group overview and the slides. Each plot is one SVG with role="img" and a full text
 * alternative in its name; the same numbers are also printed in or next to the plot, so the picture is never the only
 * carrier. All dots of a plot are one path element, so forty participants stay cheap to draw.
 */

const DOT = 4.5;
const GAP = 11;

/** Circles as one path: `M cx-r cy a r r 0 1 0 2r 0 a r r 0 1 0 -2r 0` per dot. */
function dotsPath(points: readonly { x: number; y: number }[], r = DOT): string {
  return points
    .map(
      (p) =>
        `M${(p.x - r).toFixed(1)} ${p.y.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`,
    )
    .join('');
}

/**
 * Stacks `count` dots above a point on the axis, in rows of at most `perRow`, the first row on the axis: a small
 * beeswarm for answers on a few fixed positions.
 */
function stack(
  cx: number,
  baseY: number,
  count: number,
  perRow: number,
  gap = GAP,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, count - row * perRow);
    const col = i % perRow;
    out.push({ x: cx + (col - (inRow - 1) / 2) * gap, y: baseY - row * gap });
  }
  return out;
}

/** Tick marks on an axis as one path. */
function ticksPath(xs: readonly number[], y: number, h = 3): string {
  return xs.map((x) => `M${x.toFixed(1)} ${y - h}v${2 * h}`).join('');
}

/** A plot's SVG, sized in pixels: an image to assistive technology, named by the plot's numbers in words. */
function PlotSvg({
  width,
  height,
  label,
  large = false,
  children,
}: {
  width: number;
  height: number;
  label: string;
  large?: boolean;
  children: ReactNode;
}) {
  return (
    <svg
      className={`zs-plot${large ? ' zs-plot--large' : ''}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      {children}
    </svg>
  );
}

/** The mean as a dashed vertical line. */
function MeanLine({ x, y1, y2, large = false }: { x: number; y1: number; y2: number; large?: boolean }) {
  return (
    <line
      className="zs-plot__mean"
      x1={x}
      x2={x}
      y1={y1}
      y2={y2}
      stroke="#b3541e"
      strokeWidth={large ? 3 : 2}
      strokeDasharray={large ? '6 4' : '3 2'}
    />
  );
}

/** What every strip takes besides its numbers. */
type PlotFrame = {
  /** The accessible name: the plot's numbers in words. */
  label: string;
  width?: number;
  /** Drawn for the slides: bigger dots and text. */
  large?: boolean;
};

/** Dot spacing, dot radius and font size: larger on the slides. */
const sizes = (large: boolean) => ({ gap: large ? 22 : GAP, r: large ? 9 : DOT, fs: large ? 20 : 12 });

export interface StripOption {
  position: number;
  count: number;
  label: string;
}

/**
 * Answers to one question on its scale: per option a stack of dots with its count (×n), the mean as a dashed line,
 * the scale's end labels under the axis.
 */
export function OptionStrip({
  options,
  mean,
  label,
  width = 360,
  large = false,
}: {
  options: readonly StripOption[];
  /** Mean position on the 0–1 axis, or null. */
  mean: number | null;
} & PlotFrame) {
  const { gap, r, fs } = sizes(large);
  const pad = large ? 80 : 44;
  const x = (p: number) => pad + p * (width - 2 * pad);
  const perRow = 4;
  const maxRows = Math.max(1, ...options.map((o) => Math.ceil(o.count / perRow)));
  const top = large ? 26 : 16;
  const axisY = top + maxRows * gap;
  const height = axisY + fs * 2 + 12;
  const points = options.flatMap((o) => stack(x(o.position), axisY - gap / 2 - 1, o.count, perRow, gap));
  return (
    <PlotSvg width={width} height={height} label={label} large={large}>
      <path
        d={`M${x(0)} ${axisY}H${x(1)}${ticksPath(
          options.map((o) => x(o.position)),
          axisY,
        )}`}
        stroke="#767676"
        fill="none"
      />
      {options.map((o) =>
        o.count > 0 ? (
          <text
            key={o.position}
            x={x(o.position)}
            y={axisY + fs + 2}
            textAnchor="middle"
            fontSize={fs}
            fill="#1a1a1a"
          >
            {`×${o.count}`}
          </text>
        ) : null,
      )}
      {mean !== null && <MeanLine x={x(mean)} y1={top - (large ? 14 : 8)} y2={axisY} large={large} />}
      <path d={dotsPath(points, r)} fill="#1f4e79" />
      <text x={2} y={height - 3} fontSize={fs} fill="#4a4a4a">
        {options[0]?.label}
      </text>
      <text x={width - 2} y={height - 3} fontSize={fs} fill="#4a4a4a" textAnchor="end">
        {options[options.length - 1]?.label}
      </text>
    </PlotSvg>
  );
}

/** Participants' scores (0–1) on a continuous axis; dots that fall together are stacked. */
export function ScoreStrip({
  scores,
  mean,
  label,
  width = 320,
}: {
  scores: readonly number[];
  mean: number | null;
  label: string;
  width?: number;
}) {
  const pad = 14;
  const x = (p: number) => pad + p * (width - 2 * pad);
  const bins = new Map<number, number>();
  for (const s of scores) {
    const b = Math.round(s * 40) / 40;
    bins.set(b, (bins.get(b) ?? 0) + 1);
  }
  const maxStack = Math.max(1, ...bins.values());
  const axisY = 12 + maxStack * GAP;
  const height = axisY + 20;
  const points = [...bins.entries()].flatMap(([b, n]) => stack(x(b), axisY - GAP / 2 - 1, n, 1));
  return (
    <PlotSvg width={width} height={height} label={label}>
      <path
        d={`M${x(0)} ${axisY}H${x(1)}${ticksPath([0, 0.25, 0.5, 0.75, 1].map(x), axisY)}`}
        stroke="#767676"
        fill="none"
      />
      {[0, 0.5, 1].map((p) => (
        <text
          key={p}
          x={x(p)}
          y={axisY + 16}
          textAnchor={p === 0 ? 'start' : p === 1 ? 'end' : 'middle'}
          fontSize="12"
          fill="#4a4a4a"
        >
          {`${p * 100}%`}
        </text>
      ))}
      {mean !== null && <MeanLine x={x(mean)} y1={2} y2={axisY + 4} />}
      <path d={dotsPath(points)} fill="#1f4e79" />
    </PlotSvg>
  );
}

/**
 * Every participant's position on a dilemma's bipolar scale: "nu" as filled dots, "gewenst" as rings (shape, not only
 * colour), each on its own row, with the counts under each point. The poles are written next to the plot in HTML.
 */
export function DilemmaStrip({
  now,
  desired,
  labels,
  label,
  width = 600,
  large = false,
}: {
  now: readonly (number | null)[];
  desired: readonly (number | null)[];
  labels: { now: string; desired: string };
} & PlotFrame) {
  const { gap, r, fs } = sizes(large);
  const labelW = large ? 150 : 90;
  const x = (v: number) => labelW + ((v + 3) / 6) * (width - labelW - (large ? 30 : 20));
  const perRow = 3;
  const counts = (vals: readonly (number | null)[]) => {
    const c = new Map<number, number>();
    for (const v of vals) if (v !== null) c.set(v, (c.get(v) ?? 0) + 1);
    return c;
  };
  const cNow = counts(now);
  const cDes = counts(desired);
  const rowsFor = (c: Map<number, number>) =>
    Math.max(1, ...[...c.values()].map((n) => Math.ceil(n / perRow)));
  const nowAxis = (large ? 14 : 8) + rowsFor(cNow) * gap;
  const desAxis = nowAxis + fs + 10 + rowsFor(cDes) * gap;
  const height = desAxis + fs * 2 + 8;
  const row = (c: Map<number, number>, axisY: number) =>
    [...c.entries()].flatMap(([v, n]) => stack(x(v), axisY - gap / 2 - 1, n, perRow, gap));
  const scale = [-3, -2, -1, 0, 1, 2, 3];
  const axis = (axisY: number, c: Map<number, number>, name: string) => (
    <g>
      <text x={0} y={axisY - 2} fontSize={fs} fontWeight="700" fill="#1a1a1a">
        {name}
      </text>
      <path d={`M${x(-3)} ${axisY}H${x(3)}${ticksPath(scale.map(x), axisY)}`} stroke="#767676" fill="none" />
      {scale.map((v) =>
        (c.get(v) ?? 0) > 0 ? (
          <text key={v} x={x(v)} y={axisY + fs + 2} textAnchor="middle" fontSize={fs * 0.9} fill="#1a1a1a">
            {`×${c.get(v) ?? 0}`}
          </text>
        ) : null,
      )}
    </g>
  );
  return (
    <PlotSvg width={width} height={height} label={label} large={large}>
      {axis(nowAxis, cNow, labels.now)}
      {axis(desAxis, cDes, labels.desired)}
      <path d={dotsPath(row(cNow, nowAxis), r)} fill="#1f4e79" />
      <path
        d={dotsPath(row(cDes, desAxis), r - 1)}
        fill="#fff"
        stroke="#b3541e"
        strokeWidth={large ? 3 : 2}
      />
      {scale.map((v) => (
        <text key={v} x={x(v)} y={height - 4} textAnchor="middle" fontSize={fs * 0.9} fill="#4a4a4a">
          {v > 0 ? `+${v}` : String(v)}
        </text>
      ))}
    </PlotSvg>
  );
}
