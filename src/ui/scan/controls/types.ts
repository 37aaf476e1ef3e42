import type { Answer, Item } from '../../../domain/types';

/** What every answer control gets: the item, its current answer and how to set a new one. */
export interface AnswerControlProps {
  item: Item;
  answer: Answer | undefined;
  set: (a: Answer) => void;
}
