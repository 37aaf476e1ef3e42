import { OptionsControl } from './choice';
import type { AnswerControlProps } from './types';

/** The frequency options plus "weet niet" and "n.v.t.", as one radio group. */
export function FrequencyControl(props: AnswerControlProps) {
  return <OptionsControl {...props} />;
}
