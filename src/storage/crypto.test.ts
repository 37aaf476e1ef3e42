// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decryptText, encryptText, isEncrypted } from './crypto';

describe('passphrase-protected files', () => {
  it('round-trips with the right passphrase and hides the text', async () => {
    const secret = '{"scan":{"answers":{"ver.college-raad":"Onze raad is niet betrokken — eerlijk gezegd"}}}';
    const file = await encryptText(secret, 'correct paard batterij niet');
    expect(isEncrypted(file)).toBe(true);
    expect(JSON.stringify(file)).not.toContain('raad');
    expect(await decryptText(file, 'correct paard batterij niet')).toEqual({ ok: true, text: secret });
  });

  it('refuses a wrong passphrase and a changed file with a code, never an exception', async () => {
    const file = await encryptText('geheim', 'juist');
    expect(await decryptText(file, 'fout')).toEqual({ ok: false, code: 'wrongPassphrase' });
    const tampered = { ...file, data: `${file.data.slice(0, -4)}AAAA` };
    expect((await decryptText(tampered, 'juist')).ok).toBe(false);
    expect(await decryptText({ ...file, data: '%%%' }, 'juist')).toEqual({ ok: false, code: 'damaged' });
  });

  it('uses a new salt and IV for every file', async () => {
    const a = await encryptText('x', 'p');
    const b = await encryptText('x', 'p');
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
  });
});
