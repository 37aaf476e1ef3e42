import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../../report/model';
import { SectionView } from '../components/report-blocks';

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
