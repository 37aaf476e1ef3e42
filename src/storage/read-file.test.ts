// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { encryptText } from './crypto';
import { MAX_IMPORT_BYTES } from './envelope';
import { readFileText, unlockText } from './read-file';

describe('readFileText', () => {
  it('reads a file within the limit', async () => {
    expect(await readFileText(new Blob(['{"a":1}']))).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('refuses a file over the limit without reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    } as unknown as Blob;
    expect(await readFileText(huge)).toEqual({ ok: false, code: 'tooLarge' });
    expect(read).toBe(false);
  });

  it('turns a read failure into a code', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await readFileText(broken)).toEqual({ ok: false, code: 'read' });
  });
});

describe('unlockText', () => {
  it('passes plain text and non-JSON through unchanged', async () => {
    expect(await unlockText('{"format":"x"}')).toEqual({ ok: true, text: '{"format":"x"}' });
    expect(await unlockText('not json')).toEqual({ ok: true, text: 'not json' });
  });

  it('asks for a passphrase, refuses a wrong one and opens with the right one', async () => {
    const text = JSON.stringify(await encryptText('{"geheim":true}', 'juiste zin'));
    expect(await unlockText(text)).toEqual({ ok: false, code: 'needsPassphrase' });
    expect(await unlockText(text, 'foute zin')).toEqual({ ok: false, code: 'wrongPassphrase' });
    expect(await unlockText(text, 'juiste zin')).toEqual({ ok: true, text: '{"geheim":true}' });
  });
});
