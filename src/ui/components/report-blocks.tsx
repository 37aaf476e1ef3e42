import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, ChangeDirection, Section } from '../../report/model';
import { sourceLabel, sourcesLine } from '../../report/model';
import { radarGeometry, type RadarAxis } from '../../report/radar';
import { RADAR_SERIES_STYLE, radarAxisText } from '../../report/radar-svg';
import type { MdBlock, Run } from '../../report/markdown-blocks';
// row-headed tables, change arrows and folded headings are styled with the comparison screen
import '../styles/compare.css';

// The report model's blocks on screen: the report screen and the comparison screen walk the same blocks as the PDF,
// Word, HTML and Markdown renderers.

/** Splits a label into lines of about `max` characters at word boundaries; the whole name always stays. */
function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [''];
  for (const w of text.split(' ')) {
    const cur = lines[lines.length - 1] ?? '';
    if ((cur + ' ' + w).trim().length <= max || cur === '') lines[lines.length - 1] = (cur + ' ' + w).trim();
    else lines.push(w);
  }
  return lines;
}

/** The nulmeting's or the target's line on the radar, in the colour and dash its legend shows. */
function SeriesLine({
  points,
  series,
  name,
}: {
  points: string;
  series: keyof typeof RADAR_SERIES_STYLE;
  name: string;
}) {
  const style = RADAR_SERIES_STYLE[series];
  return (
    <polygon
      points={points}
      fill="none"
      stroke={style.color}
      strokeWidth="2"
      strokeDasharray={style.dash}
      // the target's dash is dots, which round caps draw
      strokeLinecap={series === 'target' ? 'round' : undefined}
      data-series={name}
    />
  );
}

/** The module radar as SVG; the same data is in the table next to it, so the chart is not the only carrier. */
export function RadarChart({ axes, title }: { axes: RadarAxis[]; title: string }) {
  const { t } = useTranslation();
  const size = 420;
  const g = radarGeometry(axes, size / 2, size / 2, 130, 14);
  const pts = (p: { x: number; y: number }[]) =>
    p.map((q) => `${q.x.toFixed(1)},${q.y.toFixed(1)}`).join(' ');
  // a comparison radar also names the earlier measurement and the target, in the summary and in a text legend
  const compared = axes.some((a) => a.baseline !== undefined || a.target !== undefined);
  const series = compared
    ? { baseline: t('report.compare.legendBaseline'), target: t('report.compare.legendTarget') }
    : undefined;
  const summary = axes.map((a) => radarAxisText(a, series)).join('; ');
  return (
    <figure className="zs-radar">
      <svg
        viewBox={`-150 -10 ${size + 300} ${size + 20}`}
        role="img"
        aria-label={`${title}. ${summary}`}
        className="zs-radar__svg"
      >
        {g.rings.map((r) => (
          <polygon key={r.level} points={pts(r.points)} fill="none" stroke="#c9ccd1" strokeWidth="1" />
        ))}
        {g.spokes.map((s, i) => (
          <line
            key={i}
            x1={s.from.x}
            y1={s.from.y}
            x2={s.to.x}
            y2={s.to.y}
            stroke="#c9ccd1"
            strokeWidth="1"
          />
        ))}
        <polygon points={pts(g.polygon)} fill="rgb(31 78 121 / 25%)" stroke="#1f4e79" strokeWidth="2.5" />
        {g.baseline && <SeriesLine points={pts(g.baseline)} series="baseline" name="baseline" />}
        {g.target && <SeriesLine points={pts(g.target)} series="target" name="target-line" />}
        {g.targetMarks.map((m) => (
          <circle
            key={`t${m.index}`}
            cx={m.x}
            cy={m.y}
            r="5"
            fill="#fff"
            stroke={RADAR_SERIES_STYLE.target.color}
            strokeWidth="2"
            data-series="target"
          />
        ))}
        {g.dots.map((d) => (
          <circle key={d.index} cx={d.x} cy={d.y} r="4" fill="#1f4e79" />
        ))}
        {g.labels.map((l) => {
          // the theme name whole, and its value on the last line
          const value = axes[l.index]?.value;
          const lines = [
            ...wrapLabel(l.text, 20),
            ...(value === null || value === undefined ? [] : [`${Math.round(value * 100)}%`]),
          ];
          return (
            <text
              key={l.index}
              x={l.x}
              y={l.y - ((lines.length - 1) * 15) / 2}
              textAnchor={l.anchor}
              dominantBaseline="middle"
              fontSize="13"
              fill="#1a1a1a"
            >
              {lines.map((line, i) => (
                <tspan key={i} x={l.x} dy={i === 0 ? 0 : 15}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </svg>
      <figcaption className="zs-hint">
        {title}
        {compared && (
          <>
            <br />
            {t('report.compare.legend')}
          </>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * The profile on a phone: a radar of nine themes is unreadable at 360 px, so narrow screens get the same values as
 * labelled bars (the value is always written out; the bar only repeats it). CSS shows one of the two.
 */
function ProfileBars({ axes, title }: { axes: RadarAxis[]; title: string }) {
  return (
    <figure className="zs-profile-narrow">
      <figcaption className="zs-hint">{title}</figcaption>
      <ul className="zs-profile-bars">
        {axes.map((a) => (
          <li key={a.label}>
            <span className="zs-profile-bars__label">{a.label}</span>
            <span className="zs-profile-bars__value">
              {a.value === null ? '–' : `${Math.round(a.value * 100)}%`}
            </span>
            <span className="zs-profile-bars__track" aria-hidden="true">
              <span
                className="zs-profile-bars__fill"
                style={{ width: `${Math.round((a.value ?? 0) * 100)}%` }}
              />
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const inner = r.italic ? <em>{r.text}</em> : r.text;
        return r.bold ? <strong key={i}>{inner}</strong> : <span key={i}>{inner}</span>;
      })}
    </>
  );
}

/** Advice Markdown, parsed once when the model was built (the same blocks the PDF, Word and HTML get). */
function MdBlocksView({ blocks }: { blocks: MdBlock[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        if (b.kind === 'p')
          return (
            <p key={i} className="utrecht-paragraph">
              <Runs runs={b.runs} />
            </p>
          );
        const Tag = b.ordered ? 'ol' : 'ul';
        return (
          <Tag key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Runs runs={item} />
              </li>
            ))}
          </Tag>
        );
      })}
    </>
  );
}

const ARROWS: Record<ChangeDirection, string> = { up: '▲ ', down: '▼ ', same: '= ' };

/** A change in words, with an arrow for the eye; the words carry the meaning, not the colour. */
export function ChangeMark({ text, direction }: { text: string; direction: ChangeDirection | null }) {
  if (!direction) return <span className="zs-delta">{text}</span>;
  return (
    <span className={`zs-delta zs-delta--${direction}`}>
      <span aria-hidden="true">{ARROWS[direction]}</span>
      {text}
    </span>
  );
}

type TableBlock = Extract<Block, { kind: 'table' }>;

/**
 * A table block. With `rowHeaders` the first cell heads its row and every other cell carries its column name, so a
 * narrow screen can show each row as a small card; a `changes` column gets an arrow beside its words.
 */
function TableView({ block }: { block: TableBlock }) {
  const cellText = (text: string, row: number, col: number) =>
    block.changes?.column === col ? (
      <ChangeMark text={text} direction={block.changes.directions[row] ?? null} />
    ) : (
      text
    );
  return (
    <div className="zs-table-wrap">
      <table className={block.rowHeaders ? 'zs-overview-table zs-compare-table' : 'zs-overview-table'}>
        {block.caption && <caption className="zs-visually-hidden">{block.caption}</caption>}
        <thead>
          <tr>
            {block.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                block.rowHeaders && j === 0 ? (
                  <th key={j} scope="row">
                    {cellText(c, i, j)}
                  </th>
                ) : (
                  <td key={j} data-label={block.rowHeaders ? block.head[j] : undefined}>
                    {cellText(c, i, j)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function BlockView({ block }: { block: Block }) {
  const { t } = useTranslation();
  switch (block.kind) {
    case 'heading':
      return <h3 className="utrecht-heading-3">{block.text}</h3>;
    case 'paragraph':
      return (
        <p
          className={`utrecht-paragraph${block.emphasis === 'muted' ? ' zs-hint' : ''}${block.emphasis === 'lead' ? ' utrecht-paragraph--lead' : ''}`}
        >
          {block.emphasis === 'strong' ? <strong>{block.text}</strong> : block.text}
        </p>
      );
    case 'markdown':
      return <MdBlocksView blocks={block.blocks} />;
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag>
          {block.items.map((i, n) => (
            <li key={n}>{i}</li>
          ))}
        </Tag>
      );
    }
    case 'table':
      return <TableView block={block} />;
    case 'radar':
      return (
        <>
          <div className="zs-profile-wide">
            <RadarChart axes={block.axes} title={block.title} />
          </div>
          <ProfileBars axes={block.axes} title={block.title} />
        </>
      );
    case 'quote':
      return (
        <figure className="zs-quote">
          <blockquote>
            <p>{block.text}</p>
          </blockquote>
          <figcaption className="zs-hint">— {block.cite}</figcaption>
        </figure>
      );
    case 'fields':
      return (
        <dl className="zs-fields">
          {block.fields.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'sources':
      if (block.compact && block.refs.length)
        return (
          <p className="zs-hint zs-sources-block">
            {sourcesLine(t('reportScreen.sources').replace(/:$/u, ''), block.refs)}
          </p>
        );
      return block.refs.length ? (
        <div className="zs-sources-block">
          <span className="zs-hint">{t('reportScreen.sources')}</span>
          <ul className="zs-hint">
            {block.refs.map((r) => (
              <li key={r.id}>{sourceLabel(r)}</li>
            ))}
          </ul>
        </div>
      ) : null;
  }
}

export function SectionView({ section }: { section: Section }) {
  return (
    <section aria-labelledby={`sec-${section.id}`} className="zs-report-section">
      <h2 id={`sec-${section.id}`} className="utrecht-heading-2">
        {section.title}
      </h2>
      <BlockList blocks={section.blocks} />
    </section>
  );
}

/** A heading and the blocks under it, up to the next heading. */
interface Group {
  heading: Extract<Block, { kind: 'heading' }> | null;
  blocks: Block[];
}

function groupByHeading(
  blocks: readonly Block[],
  starts: (h: Extract<Block, { kind: 'heading' }>) => boolean,
) {
  const groups: Group[] = [];
  for (const b of blocks) {
    const last = groups[groups.length - 1];
    if (b.kind === 'heading' && starts(b)) groups.push({ heading: b, blocks: [] });
    else if (last) last.blocks.push(b);
    else groups.push({ heading: null, blocks: [b] });
  }
  return groups;
}

/** A part of a section under its heading, as a region named by that heading. */
function Region({ group, className }: { group: Group; className: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className}>
      <h3 id={id} className="utrecht-heading-3">
        {group.heading?.text}
      </h3>
      <BlockList blocks={group.blocks} />
    </section>
  );
}

/**
 * A section's blocks. A `collapsed` heading folds itself and the blocks after it (up to the next heading) into a
 * closed <details>. With `regionClassName`, every other heading starts a region (a <section> named by the heading)
 * holding the blocks up to the next such heading; the comparison screen uses that.
 */
export function BlockList({
  blocks,
  regionClassName,
}: {
  blocks: readonly Block[];
  regionClassName?: string;
}) {
  if (regionClassName)
    return (
      <>
        {groupByHeading(blocks, (h) => !h.collapsed).map((g, i) =>
          g.heading ? (
            <Region key={i} group={g} className={regionClassName} />
          ) : (
            <BlockList key={i} blocks={g.blocks} />
          ),
        )}
      </>
    );
  return (
    <>
      {groupByHeading(blocks, () => true).map((g, i) =>
        g.heading?.collapsed ? (
          <details key={i} className="zs-explain zs-compare-details">
            <summary>{g.heading.text}</summary>
            {g.blocks.map((b, j) => (
              <BlockView key={j} block={b} />
            ))}
          </details>
        ) : (
          <Fragment key={i}>
            {[...(g.heading ? [g.heading] : []), ...g.blocks].map((b, j) => (
              <BlockView key={j} block={b} />
            ))}
          </Fragment>
        ),
      )}
    </>
  );
}
