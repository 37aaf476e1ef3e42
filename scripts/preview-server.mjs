// Starts `vite preview` on a fixed port and waits until it answers; used by benchmarks and Lighthouse. Without a
// config it serves the app in dist/; with one (a benchmark's vite config) it serves that build, checked at `path`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Starts the preview server by its binary (npx would leave orphans) and resolves once it serves `path`. */
export async function startPreview({ port = 4173, config, path = '/', timeoutMs = 30_000 } = {}) {
  if (!config && !existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` first.');
  }
  const url = `http://127.0.0.1:${port}${path}`;
  const child = spawn(
    join(root, 'node_modules', '.bin', 'vite'),
    [
      'preview',
      ...(config ? ['--config', config] : []),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${output}`);
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop };
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.cause?.message ?? error.message; // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`vite preview did not serve ${url} within ${timeoutMs} ms (last: ${last}):\n${output}`);
}
