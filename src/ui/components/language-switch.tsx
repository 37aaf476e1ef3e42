import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/button-react';
import { LANGS } from '../../domain/types';
import { currentLang, setLanguage } from '../../i18n/i18n';
import { LANGUAGES, toLang } from '../../i18n/languages';

/**
 * Picks the language. With two languages it is one button, named in the other language as users look for it; with
 * more, a list of the languages, each in its own name.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = currentLang();
  const others = LANGS.filter((l) => l !== lang);
  if (others.length === 1) {
    return (
      <>
        {others.map((other) => (
          <Button
            key={other}
            appearance="secondary-action-button"
            className="zs-lang-switch"
            onClick={() => setLanguage(other)}
          >
            <span lang={other}>{LANGUAGES[other].label}</span>
          </Button>
        ))}
      </>
    );
  }
  return (
    <select
      className="utrecht-select utrecht-select--html-select zs-lang-switch"
      aria-label={t('app.language')}
      value={lang}
      onChange={(e) => setLanguage(toLang(e.target.value))}
    >
      {LANGS.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANGUAGES[l].label}
        </option>
      ))}
    </select>
  );
}
