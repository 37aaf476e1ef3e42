/**
 * Passphrase protection for exported files: AES-GCM with a key derived by PBKDF2 (SHA-256), both from the platform's
 * WebCrypto. No hand-made cryptography.
 */
export const ENCRYPTED_FORMAT = 'zelfscan-wijkaanpak/encrypted';
/** PBKDF2 rounds for new files, as OWASP recommends for SHA-256; older files say their own count and still open. */
const ITERATIONS = 600_000;

export interface EncryptedFile {
  format: typeof ENCRYPTED_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
}

const toB64 = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};
const fromB64 = (s: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts a text with a passphrase; the result is a JSON-serialisable envelope. */
export async function encryptText(plain: string, passphrase: string): Promise<EncryptedFile> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, ITERATIONS);
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)),
  );
  return {
    format: ENCRYPTED_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt: toB64(salt) },
    cipher: { name: 'AES-GCM', iv: toB64(iv) },
    data: toB64(data),
  };
}

export function isEncrypted(value: unknown): value is EncryptedFile {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<EncryptedFile>;
  return (
    v.format === ENCRYPTED_FORMAT &&
    v.version === 1 &&
    typeof v.data === 'string' &&
    typeof v.kdf?.salt === 'string' &&
    typeof v.kdf.iterations === 'number' &&
    v.kdf.iterations >= 100_000 &&
    v.kdf.iterations <= 5_000_000 &&
    typeof v.cipher?.iv === 'string'
  );
}

export type DecryptResult = { ok: true; text: string } | { ok: false; code: 'wrongPassphrase' | 'damaged' };

/** Decrypts; a wrong passphrase (or a changed file) fails the GCM check and gives `wrongPassphrase`. */
export async function decryptText(file: EncryptedFile, passphrase: string): Promise<DecryptResult> {
  let salt: Uint8Array<ArrayBuffer>;
  let iv: Uint8Array<ArrayBuffer>;
  let data: Uint8Array<ArrayBuffer>;
  try {
    salt = fromB64(file.kdf.salt);
    iv = fromB64(file.cipher.iv);
    data = fromB64(file.data);
  } catch {
    return { ok: false, code: 'damaged' };
  }
  try {
    const key = await deriveKey(passphrase, salt, file.kdf.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
    return { ok: true, text: new TextDecoder().decode(plain) };
  } catch {
    return { ok: false, code: 'wrongPassphrase' };
  }
}
