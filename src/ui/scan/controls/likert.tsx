import { OptionsControl } from './choice';
import type { AnswerControlProps } from './types';

/** The likert options plus "weet niet" and "n.v.t.", as one radio group. */
export function LikertControl(props: AnswerControlProps) {
  return <OptionsControl {...props} />;
}
