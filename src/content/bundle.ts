import type { Content, Lang } from '../domain/types';
import { buildContent, type RawContent } from './load';

/*
 * The content files, bundled by Vite. This module is only reached through a dynamic import, so the questionnaire
 * stays out of the start page's first load. The build has already validated these files (scripts/vite-content-plugin).
 */
const modules = import.meta.glob<unknown>('../../content/modules/*.json', { eager: true, import: 'default' });
const textsNl = import.meta.glob<unknown>('../../content/texts/nl/*.json', {
  eager: true,
  import: 'default',
});
const textsEn = import.meta.glob<unknown>('../../content/texts/en/*.json', {
  eager: true,
  import: 'default',
});
import meta from '../../content/meta.json';
import rules from '../../content/rules.json';
import scans from '../../content/scans.json';
import sources from '../../content/sources.json';
import seedIndex from '../../content/seed-index.json';

const byName = (files: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(files).map(([path, data]) => [path.replace(/^.*\/(.+)\.json$/u, '$1'), data]),
  );

export const rawContent: RawContent = {
  meta,
  modules: byName(modules),
  texts: { nl: byName(textsNl), en: byName(textsEn) },
  rules,
  scans,
  sources,
  seedIndex,
};

const cache = new Map<Lang, Content>();

/** The questionnaire in one language (built once per language). */
export function getContent(lang: Lang): Content {
  let c = cache.get(lang);
  if (!c) {
    c = buildContent(rawContent, lang);
    cache.set(lang, c);
  }
  return c;
}
