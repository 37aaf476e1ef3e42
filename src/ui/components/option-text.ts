import type { TFunction } from 'i18next';
import { answerType } from '../../domain/answer-types';
import type { Item } from '../../domain/types';
import { DEFAULT_LANG, hasKey, LANGUAGES } from '../../i18n/languages';

/** The words for an answer option of an item, as the scan and the group overview show them (digits have none). */
export function optionText(t: TFunction, item: Pick<Item, 'type'>, value: string): string {
  // the keys are the same in every language, so the base language's texts tell which values have words
  const words = LANGUAGES[DEFAULT_LANG].resources.answer;
  const list = answerType(item.type).optionWords ?? 'likert';
  // two branches only for the typed keys: instrument values are words, scale values digits
  if (list === 'instrument') return hasKey(words.instrument, value) ? t(`answer.instrument.${value}`) : value;
  return hasKey(words[list], value) ? t(`answer.${list}.${value}`) : value;
}
