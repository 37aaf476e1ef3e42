import { OptionsControl } from './choice';
import type { AnswerControlProps } from './types';

/** The instrument options plus "weet niet" and "n.v.t.", as one radio group. */
export function InstrumentControl(props: AnswerControlProps) {
  return <OptionsControl {...props} />;
}
