// Bundle budget: the gzip size of everything the start page loads before any dynamic import().
// Follows dist/index.html's module script, stylesheets and modulepreloads, then the static imports of those
// JS files (recursively). Dynamic import() chunks are not counted: they load when a feature needs them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_KIB = 160;
const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

function attributes(tag) {
  const attrs = {};
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

const isLocal = (url) => !/^(?:[a-z][\w+.-]*:)?\/\//iu.test(url) && !url.startsWith('data:');

/** The files index.html makes the browser fetch at once: scripts, stylesheets, modulepreloads. */
export function entryFiles(html, htmlDir) {
  const files = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/giu)) {
    const a = attributes(tag.replace(/^<\w+/u, ''));
    const rels = (a.rel ?? '').toLowerCase().split(/\s+/u);
    // Classic <script src> blocks the first load just like a module script, so it counts too.
    const url = tag.toLowerCase().startsWith('<script')
      ? a.src
      : (rels.includes('stylesheet') || rels.includes('modulepreload')) && a.href;
    if (url && isLocal(url)) files.push(resolve(htmlDir, url.replace(/[?#].*$/u, '').replace(/^\//u, '')));
  }
  return files;
}

/**
 * Relative specifiers of the static `import ... from "./x.js"`, `import "./x.js"` and `export ... from "./x.js"`
 * statements in a built chunk. `import("./x.js")` does not match: a `(` cannot follow the keyword here.
 */
export function staticImports(code) {
  const specifiers = [];
  const re = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?(["'])(\.{1,2}\/[^"']+)\1/gu;
  for (const m of code.matchAll(re)) specifiers.push(m[2]);
  return specifiers;
}

/** Every file of the first load, each with its raw and gzip size. */
export function firstLoad(distDir = dist) {
  const indexHtml = join(distDir, 'index.html');
  if (!existsSync(indexHtml))
    throw new Error(`${relative(root, indexHtml)} is missing: run \`npm run build\` first.`);
  const seen = new Set();
  const queue = [indexHtml, ...entryFiles(readFileSync(indexHtml, 'utf8'), distDir)];
  const files = [];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${relative(root, file)} is referenced but does not exist.`);
    const content = readFileSync(file);
    if (/\.m?js$/u.test(file)) {
      for (const spec of staticImports(content.toString('utf8'))) queue.push(resolve(dirname(file), spec));
    }
    files.push({ file: relative(root, file), bytes: content.length, gzip: gzipSync(content).length });
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let files;
  try {
    files = firstLoad();
  } catch (error) {
    console.error(`FAIL: ${error.message}`);
    process.exit(1);
  }
  const kib = (n) => (n / 1024).toFixed(1);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  console.log('First load (dist/index.html and what it loads before any dynamic import):');
  for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${kib(f.gzip).padStart(7)} KiB gzip  ${kib(f.bytes).padStart(7)} KiB raw  ${f.file}`);
  }
  console.log(`  ${kib(total).padStart(7)} KiB gzip total, budget ${BUDGET_KIB} KiB`);
  console.log(`first-load gzip_kib=${kib(total)}`);
  if (total > BUDGET_KIB * 1024) {
    console.error(`FAIL: the first load is ${kib(total)} KiB gzip, over the budget of ${BUDGET_KIB} KiB.`);
    process.exit(1);
  }
  console.log('Bundle budget OK.');
}
