import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '../components/basic';
import sources from '../../../content/sources.json';
import { FocusHeading } from '../components/focus-heading';
import { href } from '../router';
import { currentLang } from '../../i18n/i18n';
import { LEVEL_THRESHOLDS } from '../../domain/scoring';

export function AboutPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <div className="zs-page">
      <FocusHeading>{t('about.title')}</FocusHeading>
      <Heading2>{t('about.purposeTitle')}</Heading2>
      <Paragraph>{t('about.purpose')}</Paragraph>
      <Heading2>{t('about.sourcesTitle')}</Heading2>
      <Paragraph>{t('about.sourcesIntro')}</Paragraph>
      <ol className="zs-sources">
        {sources.map((s) => (
          <li key={s.key}>
            <strong>{s.title[lang]}</strong>
            <br />
            <span className="zs-muted">{s.origin[lang]}</span>
          </li>
        ))}
      </ol>
      <Heading2>{t('about.adviceTitle')}</Heading2>
      <Paragraph>
        {t('about.advice', {
          attention: LEVEL_THRESHOLDS.attentionBelow.toLocaleString(lang),
          strong: LEVEL_THRESHOLDS.strongFrom.toLocaleString(lang),
        })}
      </Paragraph>
      <Paragraph>
        <a className="utrecht-link" href={href('start')}>
          {t('about.back')}
        </a>
      </Paragraph>
    </div>
  );
}
