import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildContent, checkContent } from '../src/content/load';
import { estimateSeconds, selectItems, toMinutes } from '../src/domain/selection';
import { ROLES } from '../src/domain/types';
import { readContent } from './read-content';

const DURATIONS_ID = 'virtual:zelfscan-durations';

/**
 * Fails the build when the content does not validate, listing every problem with file and path. Also provides
 * `virtual:zelfscan-durations` (minutes of the quick and full scan per role), worked out at build time so the start
 * page does not load the questionnaire to show them.
 */
export function contentPlugin(): Plugin {
  const dir = join(import.meta.dirname, '..', 'content');
  return {
    name: 'zelfscan-content-check',
    resolveId(id) {
      return id === DURATIONS_ID ? `\0${DURATIONS_ID}` : null;
    },
    load(id) {
      if (id !== `\0${DURATIONS_ID}`) return null;
      const c = buildContent(readContent(dir).raw, 'nl');
      const minutes = Object.fromEntries(
        ROLES.map((role) => [
          role,
          {
            quick: toMinutes(estimateSeconds(c, selectItems(c, role, { kind: 'quick' }))),
            full: toMinutes(estimateSeconds(c, selectItems(c, role, { kind: 'full' }))),
          },
        ]),
      );
      return `export default ${JSON.stringify(minutes)};`;
    },
    buildStart() {
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
