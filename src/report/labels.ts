import nl from '../i18n/locales/nl.json';
import en from '../i18n/locales/en.json';
import type { Lang } from '../domain/types';

/** The report's texts in one language; part of the UI resource files so the key-parity test covers them. */
export type ReportLabels = (typeof nl)['report'];

export function reportLabels(lang: Lang): ReportLabels {
  return (lang === 'en' ? en.report : nl.report) as ReportLabels;
}
