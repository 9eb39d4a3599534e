import i18next from 'i18next';
import { LANGS, type Lang } from './lang';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import { isMessage, type Message, type MessageParam } from './message';

// One i18next instance for the whole process: the kit's words (locales/*.json,
// namespace "kit") and each kata's own (namespace = its slug: graders/<NN-slug>/
// messages.ts in English, graders/<NN-slug>/<lang>.json otherwise), added as
// they load. i18next gives the plural rules (Intl.PluralRules: "1 kata" /
// "2 katas", none in Chinese), interpolation and the fallback to English.

export type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A key as it is called: plural forms (`runs_one`, `runs_other`) are one key, `runs`. */
export type CalledKey<K> = K extends `${infer B}_${PluralForm}` ? B : K;
/** A key of the kit's words; plural forms (`runs_one`, `runs_other`) are one key, `runs`, chosen by `count`. */
export type KitKey = CalledKey<keyof typeof en>;

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGS],
  ns: ['kit'],
  defaultNS: 'kit',
  keySeparator: false,
  nsSeparator: ':',
  // Plain text everywhere; a reporter that writes HTML or Markdown escapes what it puts in.
  interpolation: { escapeValue: false },
  returnNull: false,
  resources: { en: { kit: en }, 'zh-CN': { kit: zhCN } },
});

/** Adds a namespace of words in one language (a front end's own: `cli`, `report`). */
export function addWords(ns: string, lang: Lang, words: Readonly<Record<string, string>>): void {
  i18n.addResourceBundle(lang, ns, words, true, true);
}

/** Adds a kata's words in one language (flat keys: title, property.<id>, misconception.<name>, <message name>). */
export function addKataWords(slug: string, lang: Lang, words: Readonly<Record<string, string>>): void {
  i18n.addResourceBundle(lang, slug, words, true, true);
}

/** Whether a key has a text in this language itself (not by falling back to English). */
export function hasText(lang: Lang, key: string): boolean {
  const [ns, k] = key.includes(':') ? (key.split(/:(.*)/s) as [string, string]) : ['kit', key];
  return i18n.exists(k, { lng: lang, ns, fallbackLng: false });
}

/** A message in a language; a missing text falls back to English, then to the key itself. */
export function translate(lang: Lang, key: string, params?: Readonly<Record<string, MessageParam>>): string {
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(params ?? {})) values[name] = isMessage(v) ? render(lang, v) : v;
  return i18n.t(key, { ...values, lng: lang }) as string;
}

export function render(lang: Lang, m: Message): string {
  return translate(lang, m.key, m.params);
}
