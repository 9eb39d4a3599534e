import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import { keysFor, placeholders } from './placeholders';

const locales: Record<string, Record<string, string>> = { en, 'zh-CN': zhCN };
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe("the kit's words in every language", () => {
  it.each(LANGS.filter((l) => l !== 'en'))(
    '%s has every key English has, no other, with the same parameters',
    (lang) => {
      const words = locales[lang];
      expect(Object.keys(words).sort(), `keys of locales/${lang}.json`).toEqual(keysFor(lang, Object.keys(en)));
      for (const [key, text] of Object.entries(words)) {
        const english = Object.entries(en).find(([k]) => base(k) === base(key))![1];
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(english));
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
    },
  );

  it('knows the plural forms each language needs', () => {
    expect(keysFor('en', ['runs_one', 'runs_other', 'x'])).toEqual(['runs_one', 'runs_other', 'x']);
    expect(keysFor('zh-CN', ['runs_one', 'runs_other', 'x'])).toEqual(['runs_other', 'x']);
    expect(placeholders('{{a}} and {{ b }} and {{a}}')).toEqual(['a', 'b']);
  });
});
