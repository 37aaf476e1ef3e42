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

/** Sentences of a text (split at . ! ? and line breaks). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++)
      cur[j + 1] = x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!);
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Sentences that follow a source sentence closely: at least `share` of the source sentence's words appear in the
 * content sentence in the same order (source sentences of `minWords` or more words). Catches paraphrases that
 * change a word every few words, which the n-gram check misses.
 */
export function findCloseParaphrases(
  data: unknown,
  sources: string[],
  share = 0.7,
  minWords = 8,
): { path: string; sentence: string; source: string }[] {
  const seedSentences = sources
    .flatMap(sentences)
    .map((s) => ({ text: s, w: words(s) }))
    .filter((s) => s.w.length >= minWords)
    .map((s) => ({ ...s, set: new Set(s.w) }));
  const found: { path: string; sentence: string; source: string }[] = [];
  for (const { path, text } of strings(data)) {
    for (const sentence of sentences(text)) {
      const w = words(sentence);
      if (w.length < minWords * share) continue;
      const mine = new Set(w);
      const hit = seedSentences.find((s) => {
        const need = Math.ceil(s.w.length * share);
        let common = 0;
        for (const x of s.w) if (mine.has(x)) common++;
        return common >= need && lcs(w, s.w) >= need;
      });
      if (hit) {
        found.push({ path, sentence, source: hit.text });
        break;
      }
    }
  }
  return found;
}
