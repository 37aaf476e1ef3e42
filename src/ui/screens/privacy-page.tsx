import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '../components/basic';
import { FocusHeading } from '../components/focus-heading';
import { WipeData } from '../components/wipe-data';
import { clearEverything } from '../../storage/clear';

export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <div className="zs-page">
      <FocusHeading>{t('privacy.title')}</FocusHeading>
      <Heading2>{t('privacy.whatTitle')}</Heading2>
      <Paragraph>{t('privacy.what')}</Paragraph>
      <Heading2>{t('privacy.whereTitle')}</Heading2>
      <Paragraph>{t('privacy.where')}</Paragraph>
      <Heading2>{t('privacy.exportTitle')}</Heading2>
      <Paragraph>{t('privacy.export')}</Paragraph>
      <Heading2>{t('privacy.deleteTitle')}</Heading2>
      <Paragraph>{t('privacy.delete')}</Paragraph>
      <WipeData wipe={clearEverything} />
    </div>
  );
}
