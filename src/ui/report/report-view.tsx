import { useTranslation } from 'react-i18next';
import type { Block, ReportModel, Section } from '../../report/model';
import { sourceLabel, sourcesLine } from '../../report/model';
import { radarGeometry, type RadarAxis } from '../../report/radar';
import { RADAR_SERIES_STYLE, radarAxisText } from '../../report/radar-svg';
import type { MdBlock, Run } from '../../report/markdown-blocks';

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
        {g.baseline && (
          <polygon
            points={pts(g.baseline)}
            fill="none"
            stroke={RADAR_SERIES_STYLE.baseline.color}
            strokeWidth="2"
            strokeDasharray={RADAR_SERIES_STYLE.baseline.dash}
            data-series="baseline"
          />
        )}
        {g.target && (
          <polygon
            points={pts(g.target)}
            fill="none"
            stroke={RADAR_SERIES_STYLE.target.color}
            strokeWidth="2"
            strokeDasharray={RADAR_SERIES_STYLE.target.dash}
            strokeLinecap="round"
            data-series="target-line"
          />
        )}
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

function BlockView({ block }: { block: Block }) {
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
      return (
        <div className="zs-table-wrap">
          <table className="zs-overview-table">
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
                  {r.map((c, j) => (
                    <td key={j}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
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

function SectionView({ section }: { section: Section }) {
  return (
    <section aria-labelledby={`sec-${section.id}`} className="zs-report-section">
      <h2 id={`sec-${section.id}`} className="utrecht-heading-2">
        {section.title}
      </h2>
      {section.blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </section>
  );
}

/** The report on screen: walks the same model as the PDF, Word, HTML and Markdown renderers. */
export function ReportView({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  return (
    <article className="zs-report" lang={model.lang}>
      <p className="zs-hint zs-report__meta">
        {model.cover.map((f) => f.value).join(' · ')}
        {model.confidential && (
          <strong className="zs-confidential"> · {model.labels.doc.confidential}</strong>
        )}
      </p>
      {model.appendices && (
        <nav aria-label={t('reportScreen.toc')} className="zs-toc">
          <p className="zs-toc__title">{model.labels.doc.contents}</p>
          <ol>
            {model.sections.map((s) => (
              <li key={s.id}>
                <a
                  href={`#sec-${s.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    const el = document.getElementById(`sec-${s.id}`);
                    el?.scrollIntoView();
                    el?.setAttribute('tabindex', '-1');
                    el?.focus();
                  }}
                >
                  {s.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {model.sections.map((s) => (
        <SectionView key={s.id} section={s} />
      ))}
    </article>
  );
}
