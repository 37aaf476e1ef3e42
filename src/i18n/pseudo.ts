import type { PostProcessorModule } from 'i18next';

/** Name of the development pseudo-locale (`?lang=pseudo`) and of its i18next post-processor. */
export const PSEUDO = 'pseudo';

/** Wraps a translated string as ⟦…⟧: whatever shows without the brackets was not translated. */
export const pseudoText = (value: string): string => `\u27e6${value}\u27e7`;

export const pseudoPostProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: PSEUDO,
  process: (value: string) => pseudoText(value),
};
