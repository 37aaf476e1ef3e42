import { join } from 'node:path';
import type { Plugin } from 'vite';
import { checkContent } from '../src/content/load';
import { readContent } from './read-content';

/** Fails the build when the content does not validate, listing every problem with file and path. */
export function contentPlugin(): Plugin {
  return {
    name: 'zelfscan-content-check',
    buildStart() {
      const dir = join(import.meta.dirname, '..', 'content');
      const { raw, syntaxErrors } = readContent(dir);
      const problems = [
        ...syntaxErrors.map((e) => `content/${e.file}: ${e.message}`),
        ...(syntaxErrors.length
          ? []
          : checkContent(raw).issues.map((i) => `content/${i.file} ${i.path}: ${i.message}`)),
      ];
      if (problems.length)
        this.error(`De inhoud is niet geldig (${problems.length} problemen):\n${problems.join('\n')}`);
    },
  };
}
