import { describe, expect, it } from 'vitest';
import { resources } from './i18n';

const nl = resources.nl.translation;
const en = resources.en.translation;

function keys(obj: unknown, prefix = ''): string[] {
  if (Array.isArray(obj)) return obj.flatMap((v, i) => keys(v, `${prefix}[${i}]`));
  if (obj && typeof obj === 'object')
    return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

function values(obj: unknown): string[] {
  if (typeof obj === 'string') return [obj];
  if (Array.isArray(obj)) return obj.flatMap(values);
  if (obj && typeof obj === 'object') return Object.values(obj).flatMap(values);
  return [];
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();

describe('UI translations', () => {
  it('have the same keys in Dutch and English', () => {
    const nlKeys = keys(nl).sort();
    const enKeys = keys(en).sort();
    expect(
      nlKeys.filter((k) => !enKeys.includes(k)),
      'missing in en',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !nlKeys.includes(k)),
      'missing in nl',
    ).toEqual([]);
  });
  it('have no empty texts', () => {
    expect(values(nl).filter((v) => !v.trim())).toEqual([]);
    expect(values(en).filter((v) => !v.trim())).toEqual([]);
  });
  it('use the same placeholders in both languages', () => {
    const get = (obj: unknown, path: string): unknown =>
      path
        .split(/\.|\[(\d+)\]/u)
        .filter(Boolean)
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], obj);
    const mismatches = keys(nl).filter((k) => {
      const a = get(nl, k);
      const b = get(en, k);
      return (
        typeof a === 'string' && typeof b === 'string' && placeholders(a).join() !== placeholders(b).join()
      );
    });
    expect(mismatches).toEqual([]);
  });
});
