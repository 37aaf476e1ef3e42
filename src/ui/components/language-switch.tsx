import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/button-react';
import { currentLang, setLanguage } from '../../i18n/i18n';

/** Switches between Dutch and English; the label is written in the other language, as users look for it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const other = currentLang() === 'nl' ? 'en' : 'nl';
  return (
    <Button
      appearance="secondary-action-button"
      className="zs-lang-switch"
      onClick={() => setLanguage(other)}
    >
      <span lang={other}>{t('app.languageSwitch')}</span>
    </Button>
  );
}
