import { useLayoutEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MIN_GROUP } from '../../domain/aggregate';
import {
  MAX_DISAGREEMENT,
  QUADRANTS,
  TALK_MAP_THRESHOLDS,
  type Quadrant,
  type TalkMap,
  type TalkPoint,
} from '../../domain/talk-map';
import type { Content, Item } from '../../domain/types';
import { numberList } from '../../report/group-talk-map';
import '../styles/talk-map.css';

/*
 * "Where to talk": the workshop's questions on a map of wanting to change (up) against disagreeing (right). One SVG
 * with the quadrant names written in it and every dot carrying its question number; the same content as a list of the
 * questions per quadrant beside it (the text alternative, and where the numbers get their text). No participant is
 * ever named: the map rests on the aggregate only.
 */

/** Where each quadrant sits on the map. */
const PLACE: Record<Quadrant, { right: boolean; top: boolean; arrow: string }> = {
  agreeChange: { right: false, top: true, arrow: '↖' },
  dividedChange: { right: true, top: true, arrow: '↗' },
  agreeContent: { right: false, top: false, arrow: '↙' },
  divided: { right: true, top: false, arrow: '↘' },
};

/** Light backgrounds per quadrant; the names are written in each, so the tint is never the only signal. */
const TINT: Record<Quadrant, string> = {
  dividedChange: '#fbece3',
  agreeChange: '#e8eff6',
  divided: '#f1f1f4',
  agreeContent: '#e9f3ec',
};

/** Splits a text into lines of at most about `max` characters, at spaces. */
function greedy(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** As few lines as fit in `max` characters, made about equally long (no lone last word). */
function wrap(text: string, max: number): string[] {
  const lines = greedy(text, max).length;
  for (let m = Math.ceil(text.length / lines); m < max; m++) {
    const balanced = greedy(text, m);
    if (balanced.length <= lines) return balanced;
  }
  return greedy(text, max);
}

interface Placed extends TalkPoint {
  x: number;
  y: number;
}

/**
 * Positions the dots in pixels: each axis bends at its threshold so that the four quadrants are the same size (the map
 * shows in which quadrant a question lies and roughly how far in, not exact values). Dots that would overlap are
 * pushed apart, each kept inside its own quadrant and out of the band with the quadrant's name. Deterministic.
 */
export function placeDots(
  points: readonly TalkPoint[],
  box: { x0: number; x1: number; y0: number; y1: number; r: number; band: number },
): Placed[] {
  const { x0, x1, y0, y1, r, band } = box;
  const xm = (x0 + x1) / 2;
  const ym = (y0 + y1) / 2;
  const { changeFrom, disagreeFrom } = TALK_MAP_THRESHOLDS;
  const xOf = (d: number) =>
    d < disagreeFrom
      ? x0 + (d / disagreeFrom) * (xm - x0)
      : xm + ((Math.min(d, MAX_DISAGREEMENT) - disagreeFrom) / (MAX_DISAGREEMENT - disagreeFrom)) * (x1 - xm);
  const yOf = (c: number) =>
    c < changeFrom
      ? y1 - (c / changeFrom) * (y1 - ym)
      : ym - ((c - changeFrom) / (1 - changeFrom)) * (ym - y0);
  const bounds = (q: Quadrant) => {
    const { right, top } = PLACE[q];
    return {
      left: (right ? xm : x0) + r + 2,
      right: (right ? x1 : xm) - r - 2,
      top: (top ? y0 + band : ym) + r + 2,
      bottom: (top ? ym : y1 - band) - r - 2,
    };
  };
  const clamp = (p: Placed) => {
    const b = bounds(p.quadrant);
    p.x = Math.min(Math.max(p.x, b.left), Math.max(b.left, b.right));
    p.y = Math.min(Math.max(p.y, b.top), Math.max(b.top, b.bottom));
  };
  const placed: Placed[] = points.map((p) => ({ ...p, x: xOf(p.disagreement), y: yOf(p.change) }));
  placed.forEach(clamp);
  const min = 2 * r + 3;
  for (let round = 0; round < 80; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i] as Placed;
        const b = placed[j] as Placed;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let dist = Math.hypot(dx, dy);
        if (dist >= min) continue;
        if (dist < 0.01) {
          // the same spot: part them in a direction that differs per pair
          const angle = (i * 7 + j * 3) * 2.399;
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          dist = 1;
        }
        const push = (min - Math.min(dist, min)) / 2 + 0.1;
        a.x -= (dx / dist) * push;
        a.y -= (dy / dist) * push;
        b.x += (dx / dist) * push;
        b.y += (dy / dist) * push;
        clamp(a);
        clamp(b);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return placed;
}

/** The element's width in CSS pixels, followed as it changes (a fallback where it cannot be measured). */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { ref, width };
}

/** "Eens en tevreden: vraag 3, 7 en 12. Verdeeld: geen vragen. …": the map in words. */
export function mapSummary(t: TFunction, map: TalkMap, lang: Content['lang']): string {
  return QUADRANTS.map((q) => {
    const numbers = map.quadrants[q].map((p) => p.number);
    const name = t(`workshop.talkMap.quadrants.${q}.name`);
    return `${name} – ${numbers.length ? t('workshop.talkMap.numbers', { numbers: numberList(numbers, lang) }) : t('workshop.talkMap.none')}`;
  }).join('. ');
}

/** The map as a picture: four named quadrants, the dots with their numbers (circles: scale, diamonds: dilemma). */
export function TalkMapPlot({
  map,
  lang,
  maxHeight = 540,
}: {
  map: TalkMap;
  lang: Content['lang'];
  /** The picture's height at most, in pixels (a slide keeps it on one screen). */
  maxHeight?: number;
}) {
  const { t } = useTranslation();
  const { ref, width: measured } = useWidth(640);
  const W = Math.max(280, Math.min(measured, 760));
  const wide = W >= 480;
  const fs = wide ? 15 : 12;
  const r = wide ? 14 : 11;
  const H = Math.round(Math.max(300, Math.min(W * 0.78, 540, maxHeight)));
  const ml = fs * 2.4;
  const mb = fs * 3.2;
  const x0 = ml;
  const x1 = W - 4;
  const y0 = 4;
  const y1 = H - mb;
  const xm = (x0 + x1) / 2;
  const ym = (y0 + y1) / 2;
  const maxChars = Math.floor((xm - x0 - 12) / (fs * 0.56));
  const names = Object.fromEntries(
    QUADRANTS.map((q) => [q, wrap(t(`workshop.talkMap.quadrants.${q}.name`), maxChars)]),
  ) as Record<Quadrant, string[]>;
  const lineH = fs * 1.2;
  const band = Math.max(...QUADRANTS.map((q) => names[q].length)) * lineH + 8;
  const dots = placeDots(map.points, { x0, x1, y0, y1, r, band });
  const diamond = (x: number, y: number) => {
    const d = r * 1.2;
    return `M${x.toFixed(1)} ${(y - d).toFixed(1)}L${(x + d).toFixed(1)} ${y.toFixed(1)}L${x.toFixed(1)} ${(y + d).toFixed(1)}L${(x - d).toFixed(1)} ${y.toFixed(1)}Z`;
  };
  return (
    <div ref={ref} className="zs-talk-map__plot">
      <svg
        className="zs-talk-map__svg"
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label={t('workshop.talkMap.plotLabel', { summary: mapSummary(t, map, lang) })}
      >
        {QUADRANTS.map((q) => {
          const { right, top } = PLACE[q];
          const qx = right ? xm : x0;
          const qy = top ? y0 : ym;
          const lines = names[q];
          const textY = top ? qy + fs + 2 : y1 - 6 - (lines.length - 1) * lineH;
          return (
            <g key={q} data-quadrant={q}>
              <rect x={qx} y={qy} width={xm - x0} height={ym - y0} fill={TINT[q]} />
              <text
                x={right ? x1 - 6 : x0 + 6}
                y={textY}
                fontSize={fs}
                fontWeight="700"
                fill="#163a5c"
                textAnchor={right ? 'end' : 'start'}
              >
                {lines.map((l, i) => (
                  <tspan key={i} x={right ? x1 - 6 : x0 + 6} dy={i === 0 ? 0 : lineH}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {/* the thresholds and the axes, arrows pointing to "more" */}
        <path d={`M${xm} ${y0}V${y1}M${x0} ${ym}H${x1}`} stroke="#767676" strokeDasharray="5 4" fill="none" />
        <path
          d={`M${x0} ${y1}H${x1}M${x1 - 7} ${y1 - 5}L${x1} ${y1}L${x1 - 7} ${y1 + 5}M${x0} ${y1}V${y0}M${x0 - 5} ${y0 + 7}L${x0} ${y0}L${x0 + 5} ${y0 + 7}`}
          stroke="#1a1a1a"
          strokeWidth={1.5}
          fill="none"
        />
        <text x={xm} y={H - fs * 0.6} fontSize={fs} fontWeight="700" textAnchor="middle" fill="#1a1a1a">
          {t('workshop.talkMap.axisDisagree')}
        </text>
        <text x={x0} y={y1 + fs + 4} fontSize={fs * 0.9} fill="#4a4a4a">
          {t('workshop.talkMap.low')}
        </text>
        <text x={x1} y={y1 + fs + 4} fontSize={fs * 0.9} fill="#4a4a4a" textAnchor="end">
          {t('workshop.talkMap.high')}
        </text>
        <g transform={`translate(${fs * 1.1} ${ym}) rotate(-90)`}>
          <text x={0} y={0} fontSize={fs} fontWeight="700" textAnchor="middle" fill="#1a1a1a">
            {t('workshop.talkMap.axisChange')}
          </text>
        </g>
        <g transform={`translate(${fs * 1.1} ${y1}) rotate(-90)`}>
          <text x={0} y={0} fontSize={fs * 0.9} fill="#4a4a4a">
            {t('workshop.talkMap.low')}
          </text>
        </g>
        <g transform={`translate(${fs * 1.1} ${y0}) rotate(-90)`}>
          <text x={0} y={0} fontSize={fs * 0.9} fill="#4a4a4a" textAnchor="end">
            {t('workshop.talkMap.high')}
          </text>
        </g>
        {dots.map((p) => (
          <g key={p.itemId} data-number={p.number} data-kind={p.kind}>
            {p.kind === 'dilemma' ? (
              <path d={diamond(p.x, p.y)} fill="#b3541e" stroke="#fff" strokeWidth={1.5} />
            ) : (
              <circle cx={p.x} cy={p.y} r={r} fill="#1f4e79" stroke="#fff" strokeWidth={1.5} />
            )}
            <text
              x={p.x}
              y={p.y + fs * 0.35}
              fontSize={p.number >= 10 ? fs * 0.8 : fs * 0.9}
              fontWeight="700"
              textAnchor="middle"
              fill="#fff"
            >
              {p.number}
            </text>
          </g>
        ))}
      </svg>
      <p className="zs-talk-map__legend">
        <span>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="6" fill="#1f4e79" />
          </svg>{' '}
          {t('workshop.talkMap.legendScale')}
        </span>
        <span>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <path d="M7 0L14 7L7 14L0 7Z" fill="#b3541e" />
          </svg>{' '}
          {t('workshop.talkMap.legendDilemma')}
        </span>
      </p>
    </div>
  );
}

/** The text alternative and key: per quadrant (the one to take up first at the top) its questions with number and text. */
export function TalkMapList({
  map,
  items,
  headingLevel = 3,
}: {
  map: TalkMap;
  items: ReadonlyMap<string, Item>;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="zs-talk-map__list">
      {QUADRANTS.map((q) => (
        <section
          key={q}
          className="zs-talk-map__quadrant"
          data-quadrant={q}
          aria-labelledby={`talk-map-${q}`}
        >
          <H id={`talk-map-${q}`} className="zs-talk-map__name">
            <span aria-hidden="true" className="zs-talk-map__arrow">
              {PLACE[q].arrow}
            </span>{' '}
            {t(`workshop.talkMap.quadrants.${q}.name`)}
          </H>
          <p className="zs-talk-map__hint">{t(`workshop.talkMap.quadrants.${q}.hint`)}</p>
          {map.quadrants[q].length ? (
            <ul className="zs-talk-map__questions">
              {map.quadrants[q].map((p) => (
                <li key={p.itemId}>
                  <span className="zs-talk-map__number" aria-hidden="true">
                    {p.number}
                  </span>
                  <span className="zs-visually-hidden">{`${t('workshop.facilitate.reveal.number', { n: p.number })}: `}</span>
                  {items.get(p.itemId)?.t.text ?? p.itemId}
                  {items.get(p.itemId)?.own && (
                    <>
                      {' '}
                      <span className="zs-tag">{t('workshop.own.markShort')}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="zs-talk-map__none">{t('workshop.talkMap.none')}</p>
          )}
        </section>
      ))}
    </div>
  );
}

/** The whole map: intro, picture, list and the questions left off for too few answers. */
export function TalkMapView({
  map,
  content,
  maxHeight,
}: {
  map: TalkMap;
  content: Pick<Content, 'modules' | 'lang'>;
  maxHeight?: number;
}) {
  const { t } = useTranslation();
  const items = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const tooFew = map.tooFew.map((q) => q.number);
  return (
    <div className="zs-talk-map">
      {map.points.length === 0 ? (
        <p className="zs-talk-map__empty">{t('workshop.talkMap.empty', { min: MIN_GROUP })}</p>
      ) : (
        <>
          <p className="zs-talk-map__intro">{t('workshop.talkMap.intro')}</p>
          <div className="zs-talk-map__body">
            <TalkMapPlot map={map} lang={content.lang} {...(maxHeight ? { maxHeight } : {})} />
            <TalkMapList map={map} items={items} />
          </div>
        </>
      )}
      {tooFew.length > 0 && (
        <p className="zs-talk-map__too-few">
          {t('workshop.talkMap.tooFew', {
            count: tooFew.length,
            min: MIN_GROUP,
            numbers: numberList(tooFew, content.lang),
          })}
        </p>
      )}
    </div>
  );
}
