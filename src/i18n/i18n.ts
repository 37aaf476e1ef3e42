import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../domain/types';
import { LANGUAGES, perLang, toLang, type Translation } from './languages';
import { pseudoPostProcessor, PSEUDO } from './pseudo';

/** The UI strings per language, as i18next takes them: built from the language registry. */
export const resources = perLang((l) => ({ translation: LANGUAGES[l].resources }));

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

const LANG_KEY = 'zelfscan:lang';

function savedLang(): Lang {
  try {
    return toLang(globalThis.localStorage?.getItem(LANG_KEY));
  } catch {
    return toLang(undefined);
  }
}

/**
 * In development only, `?lang=pseudo` wraps every translated string as ⟦…⟧ (in the saved language), so text that
 * does not come from the locale files stands out. `import.meta.env.DEV` is false in a build, so this is dropped.
 */
function pseudoWanted(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).get('lang') === PSEUDO;
}

/** Sets up i18next once; Dutch is the default, the choice is remembered on this device. */
export function initI18n(lang: Lang = savedLang()): typeof i18next {
  if (!i18next.isInitialized) {
    // the DEV test stays at each use, so the production build drops the pseudo-locale whole
    const pseudo = import.meta.env.DEV && pseudoWanted();
    if (import.meta.env.DEV && pseudo) i18next.use(pseudoPostProcessor);
    void i18next.use(initReactI18next).init({
      resources,
      lng: lang,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      ...(import.meta.env.DEV && pseudo ? { postProcess: [PSEUDO] } : {}),
    });
    const mark = (lng: string) => {
      if (typeof document === 'undefined') return;
      document.documentElement.lang = lng;
      document.title = i18next.t('app.name');
    };
    mark(lang);
    i18next.on('languageChanged', mark);
  }
  return i18next;
}

/** Switches the language and remembers it. */
export function setLanguage(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    /* storage unavailable: the choice lasts for this visit */
  }
  void i18next.changeLanguage(lang);
}

/** The active language (i18next's, as one of `LANGS`). */
export function currentLang(): Lang {
  return toLang(i18next.language);
}
