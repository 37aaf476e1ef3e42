import type { Item, Lang } from '../domain/types';
import { LANGUAGES } from '../i18n/languages';

/*
 * How the group report's parts write a number or a question: one place for group-model.ts and the sections it
 * imports (group-talk-map.ts, group-trend.ts), which cannot import it back.
 */

/** A score as a whole percentage; a dash when there is none. */
export const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`;

/** A standard deviation with two decimals, in the language's number format. */
export const sdText = (sd: number, lang: Lang) => LANGUAGES[lang].decimal(sd, 2);

/** A question's text, with the mark (e.g. "eigen vraag") when it is the trainer's own. */
export const markedText = (item: Pick<Item, 't' | 'own'>, ownMark: string): string =>
  item.own ? `${item.t.text} (${ownMark})` : item.t.text;
