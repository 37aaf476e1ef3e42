/**
 * How long each text a user types may be. The saved format (src/storage/envelope.ts) allows exactly these lengths and
 * every input uses them as its maxLength, so whatever can be typed can be saved, read back and re-imported.
 */
export const TEXT_LIMITS = {
  /** A scan's or workshop's name, the profile fields, an action's owner, a baseline's label. */
  name: 200,
  /** Dates and date-like fields. */
  date: 40,
  /** Reflection notes and the memo's reason. */
  long: 5000,
  /** An action's text, an open answer. */
  action: 1000,
  openAnswer: 1000,
  /** The memo's subject. */
  subject: 300,
  /** The memo's financial, legal and communication paragraphs. */
  memoParagraph: 2000,
} as const;
