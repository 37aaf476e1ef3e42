import type { ComponentType } from 'react';
import type { ItemType } from '../../domain/types';
import { DilemmaControl } from './controls/dilemma';
import { FrequencyControl } from './controls/frequency';
import { InstrumentControl } from './controls/instrument';
import { LikertControl } from './controls/likert';
import { OpenControl } from './controls/open';
import type { AnswerControlProps } from './controls/types';

/** The scan's answer control per answer type; `QuestionStep` shows the one of the item's type. */
export const ANSWER_CONTROLS: { readonly [T in ItemType]: ComponentType<AnswerControlProps> } = {
  likert: LikertControl,
  frequency: FrequencyControl,
  instrument: InstrumentControl,
  dilemma: DilemmaControl,
  open: OpenControl,
};
