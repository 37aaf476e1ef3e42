import type { Lang } from '../domain/types';
import { LANGUAGES, type Translation } from '../i18n/languages';

/** The report's texts in one language; part of the UI resource files so the key-parity test covers them. */
export type ReportLabels = Translation['report'];

export function reportLabels(lang: Lang): ReportLabels {
  return LANGUAGES[lang].resources.report;
}
