import { describe, expect, it } from 'vitest';
import { LANGS, ROLES } from '../domain/types';
import { DEFAULT_LANG, hasKey, isLang, LANGUAGES, perLang, toLang } from './languages';
import { pseudoPostProcessor, pseudoText } from './pseudo';

describe('language registry', () => {
  it('has one complete record for every language in LANGS', () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      const def = LANGUAGES[lang];
      expect(() => new Intl.Locale(def.tag), lang).not.toThrow();
      expect(def.tag.toLowerCase().startsWith(lang), lang).toBe(true);
      expect(def.pdfLang, lang).toBeTruthy();
      expect(def.label.trim(), lang).not.toBe('');
      expect([';', ','], lang).toContain(def.csvSeparator);
      expect(typeof def.decimal, lang).toBe('function');
      expect(typeof def.longDate, lang).toBe('function');
      for (const [word, value] of Object.entries(def.fileWords)) {
        if (word === 'roles') continue;
        expect(value, `${lang} ${word}`).toMatch(/^[a-z0-9-]+$/u);
      }
      for (const role of ROLES) expect(def.fileWords.roles[role], `${lang} ${role}`).toMatch(/^[a-z0-9-]+$/u);
      expect(def.resources.app.name, lang).toBeTruthy();
    }
  });

  it('gives every language a label of its own', () => {
    expect(new Set(LANGS.map((l) => LANGUAGES[l].label)).size).toBe(LANGS.length);
  });

  it('keeps the codes, labels and separators as before', () => {
    expect(LANGUAGES.nl).toMatchObject({
      tag: 'nl-NL',
      pdfLang: 'nl',
      label: 'Nederlands',
      csvSeparator: ';',
    });
    expect(LANGUAGES.en).toMatchObject({
      tag: 'en-GB',
      pdfLang: 'en-GB',
      label: 'English',
      csvSeparator: ',',
    });
  });

  it('writes long dates as before', () => {
    expect(LANGUAGES.nl.longDate('2026-11-23')).toBe('23 november 2026');
    expect(LANGUAGES.en.longDate('2026-11-23')).toBe('23 November 2026');
    expect(LANGUAGES.nl.longDate('2026-03-01T23:30:00+01:00')).toBe('1 maart 2026');
    expect(LANGUAGES.en.longDate('not a date')).toBe('not a date');
  });

  it('writes decimals as toFixed did, with the language’s decimal sign', () => {
    const samples = [0, 0.05, 0.449, 1.25, -1.5, -0.04, 2.675, -4.85, 3.14159, 12345.678];
    for (const v of samples)
      for (const digits of [1, 2]) {
        expect(LANGUAGES.nl.decimal(v, digits), `nl ${v}`).toBe(v.toFixed(digits).replace('.', ','));
        expect(LANGUAGES.en.decimal(v, digits), `en ${v}`).toBe(v.toFixed(digits));
      }
  });

  it('reads language codes, falling back to the default only for unknown ones', () => {
    for (const lang of LANGS) expect(toLang(lang)).toBe(lang);
    expect(toLang('de')).toBe(DEFAULT_LANG);
    expect(toLang(null)).toBe(DEFAULT_LANG);
    expect(isLang('en')).toBe(true);
    expect(isLang('EN')).toBe(false);
    expect(perLang((l) => LANGUAGES[l].tag)).toEqual({ nl: 'nl-NL', en: 'en-GB' });
    expect(hasKey({ ja: 1 }, 'ja')).toBe(true);
    expect(hasKey({ ja: 1 }, 'toString')).toBe(false);
  });
});

describe('pseudo-locale', () => {
  it('wraps every translated string so untranslated text stands out', () => {
    expect(pseudoText('Start')).toBe('⟦Start⟧');
    expect(pseudoPostProcessor.process('Opslaan', [], {}, {} as never)).toBe('⟦Opslaan⟧');
  });
});
