/** Lower-case words of a text (letters with diacritics and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function* strings(value: unknown, path: string[] = []): Generator<{ path: string; text: string }> {
  if (typeof value === 'string') yield { path: path.join('.'), text: value };
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* strings(v, [...path, String(i)]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** Runs of `n` or more consecutive words that a content file shares with any source text. */
export function findCopiedRuns(
  data: unknown,
  sources: string[],
  n: number,
): { path: string; words: string }[] {
  const grams = new Set<string>();
  for (const s of sources) {
    const w = words(s);
    for (let i = 0; i + n <= w.length; i++) grams.add(w.slice(i, i + n).join(' '));
  }
  const found: { path: string; words: string }[] = [];
  for (const { path, text } of strings(data)) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) {
      const g = w.slice(i, i + n).join(' ');
      if (grams.has(g)) {
        found.push({ path, words: g });
        break;
      }
    }
  }
  return found;
}
