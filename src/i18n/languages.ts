import { LANGS, type Lang, type Role } from '../domain/types';
import nlCore from './locales/nl.json';
import enCore from './locales/en.json';
import nlWorkshop from './locales/workshop.nl.json';
import enWorkshop from './locales/workshop.en.json';
import nlCompare from './locales/compare.nl.json';
import enCompare from './locales/compare.en.json';

/** The UI strings of one language: the core file plus one file per feature, under its own key. Typed from Dutch. */
const nlTranslation = { ...nlCore, workshop: nlWorkshop, compare: nlCompare };
export type Translation = typeof nlTranslation;

/** The words a downloaded file's name is made of, in the file's language. */
export interface FileWords {
  /** Personal report: `zelfscan-rapport-bestuurder-2026-11-23.pdf`. */
  report: string;
  /** The role in a report's file name. */
  roles: Record<Role, string>;
  groupReport: string;
  answersCsv: string;
  cards: string;
  invitation: string;
  groupResult: string;
  backup: string;
  /** Data that could not be read, downloaded from "Mijn scans". */
  setAside: string;
}

/** Everything that differs per language. Adding a language: one entry here (and its key in `LANGS`). */
export interface LanguageDef {
  /** BCP-47 tag for `Intl`, the HTML `lang` and Word's document language. */
  tag: string;
  /** jsPDF's language code: it accepts only codes from its own list, which has "nl" but not "nl-NL". */
  pdfLang: 'nl' | 'en-GB';
  /** The language's own name, as the language picker shows it. */
  label: string;
  /** Field separator of a CSV file, as the spreadsheet in that language expects it. */
  csvSeparator: ';' | ',';
  /** A number with exactly `digits` decimals in the language's format ("1,5"); no thousands separator. */
  decimal: (value: number, digits: number) => string;
  /** A long date, e.g. "23 november 2026"; the input when it is not an ISO date. */
  longDate: (iso: string) => string;
  fileWords: FileWords;
  /** The UI strings (the report's texts are under `report`). */
  resources: Translation;
}

/** The `Intl` formats of a language; the formatters are made once, on first use. */
function intlFormats(tag: string): Pick<LanguageDef, 'tag' | 'decimal' | 'longDate'> {
  const numbers = new Map<number, Intl.NumberFormat>();
  let dates: Intl.DateTimeFormat | undefined;
  return {
    tag,
    decimal(value, digits) {
      let f = numbers.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(tag, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
          useGrouping: false,
        });
        numbers.set(digits, f);
      }
      // rounded by toFixed first, so ties round as they always did (on the binary value, -4.85 to -4.8)
      return f.format(Number(value.toFixed(digits)));
    },
    longDate(iso) {
      const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
      if (Number.isNaN(d.getTime())) return iso;
      dates ??= new Intl.DateTimeFormat(tag, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      return dates.format(d);
    },
  };
}

/** One record per language, keyed by the languages of `LANGS` (a missing or extra entry does not compile). */
export const LANGUAGES: { readonly [L in Lang]: LanguageDef } = {
  nl: {
    ...intlFormats('nl-NL'),
    pdfLang: 'nl',
    label: 'Nederlands',
    // the comma is the decimal sign, so Dutch Excel expects a semicolon
    csvSeparator: ';',
    fileWords: {
      report: 'zelfscan-rapport',
      roles: { bestuurder: 'bestuurder', projectleider: 'projectleider', trainer: 'trainer' },
      groupReport: 'workshop-groepsrapport',
      answersCsv: 'workshop-antwoorden',
      cards: 'workshop-kaarten',
      invitation: 'workshop-uitnodiging',
      groupResult: 'workshop-groepsresultaat',
      backup: 'workshop-reservekopie',
      setAside: 'zelfscan-apart-gezet',
    },
    resources: nlTranslation,
  },
  en: {
    ...intlFormats('en-GB'),
    pdfLang: 'en-GB',
    label: 'English',
    csvSeparator: ',',
    fileWords: {
      report: 'selfscan-report',
      roles: { bestuurder: 'alderman', projectleider: 'project-lead', trainer: 'trainer' },
      groupReport: 'workshop-group-report',
      answersCsv: 'workshop-answers',
      cards: 'workshop-cards',
      invitation: 'workshop-invitation',
      groupResult: 'workshop-group-result',
      backup: 'workshop-backup',
      setAside: 'selfscan-set-aside',
    },
    resources: { ...enCore, workshop: enWorkshop, compare: enCompare },
  },
};

/** The language the app starts in and the texts are typed from. */
export const DEFAULT_LANG: Lang = 'nl';

export const isLang = (v: unknown): v is Lang => LANGS.some((l) => l === v);

/** Whether `key` is one of the object's own keys: narrows a text's key read from data (an answer value, a code). */
export const hasKey = <O extends object>(o: O, key: string): key is Extract<keyof O, string> =>
  Object.hasOwn(o, key);

/** A record with an entry per language of `LANGS`, made by `make`. */
export function perLang<T>(make: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((l) => [l, make(l)])) as Record<Lang, T>;
}

/** A language code (from storage, i18next or a URL) as a known language; the default when it is none. */
export const toLang = (v: unknown): Lang => (isLang(v) ? v : DEFAULT_LANG);
