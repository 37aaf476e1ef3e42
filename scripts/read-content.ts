import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawContent } from '../src/content/load';

/** Reads the content folder from disk into the shape the checker expects. JSON syntax errors become issues. */
export function readContent(dir: string): {
  raw: RawContent;
  syntaxErrors: { file: string; message: string }[];
} {
  const syntaxErrors: { file: string; message: string }[] = [];
  const read = (rel: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(dir, rel), 'utf8'));
    } catch (e) {
      syntaxErrors.push({ file: rel, message: (e as Error).message });
      return undefined;
    }
  };
  const folder = (rel: string): Record<string, unknown> => {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, rel)).filter((n) => n.endsWith('.json'));
    } catch {
      syntaxErrors.push({ file: rel, message: 'map ontbreekt' });
    }
    return Object.fromEntries(names.map((n) => [n.replace(/\.json$/u, ''), read(`${rel}/${n}`)]));
  };
  return {
    raw: {
      meta: read('meta.json'),
      modules: folder('modules'),
      texts: { nl: folder('texts/nl'), en: folder('texts/en') },
      rules: read('rules.json'),
      scans: read('scans.json'),
      sources: read('sources.json'),
      seedIndex: read('seed-index.json'),
      jargon: read('jargon.json'),
    },
    syntaxErrors,
  };
}
