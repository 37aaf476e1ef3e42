import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nlCore from './locales/nl.json';
import enCore from './locales/en.json';
import nlWorkshop from './locales/workshop.nl.json';
import enWorkshop from './locales/workshop.en.json';
import nlCompare from './locales/compare.nl.json';
import enCompare from './locales/compare.en.json';
import type { Lang } from '../domain/types';

/** UI strings per language: the core file plus one file per feature (workshop, comparison), under their own key. */
const nl = { ...nlCore, workshop: nlWorkshop, compare: nlCompare };
const en = { ...enCore, workshop: enWorkshop, compare: enCompare };

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}

const LANG_KEY = 'zelfscan:lang';

function savedLang(): Lang {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return v === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Sets up i18next once; Dutch is the default, the choice is remembered on this device. */
export function initI18n(lang: Lang = savedLang()): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: lang,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
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

export function currentLang(): Lang {
  return i18next.language === 'en' ? 'en' : 'nl';
}
