import type { Lang } from '../results/lang';
import { isMessage, type Message, type MessageParam } from '../results/message';
import { addWords, type CalledKey, hasText, type KitKey, render, translate } from '../results/translate';
import { loadKataWords } from './kataWords';

// The language every reporter writes in, chosen once by the front end that
// runs (npm test, kata, the PR comment): resolveLang, then setLanguage.

let current: Lang = 'en';

export function setLanguage(lang: Lang): void {
  loadKataWords(lang);
  current = lang;
}

export function language(): Lang {
  return current;
}

/** One of the kit's sentences in the current language. */
export function t(key: KitKey, params?: Readonly<Record<string, MessageParam>>): string {
  return translate(current, key, params);
}

/**
 * A front end's own words (its `locales/<lang>.json`, one file per
 * language, every key in each: results/locales.test.ts), as a `t` for it.
 */
export function translator<W extends Readonly<Record<string, string>>>(
  ns: string,
  words: { readonly en: W } & Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>>,
): (key: CalledKey<keyof W & string>, params?: Readonly<Record<string, MessageParam>>) => string {
  for (const [lang, w] of Object.entries(words)) addWords(ns, lang as Lang, w);
  return (key, params) => translate(current, `${ns}:${key}`, params);
}

/** A kata's word (`title`, `property.<id>`, `misconception.<name>`) in the current language, else its English. */
export function kataWord(slug: string, key: string, english: string): string {
  return current !== 'en' && hasText(current, `${slug}:${key}`) ? translate(current, `${slug}:${key}`) : english;
}

/** A misconception's text by its id (`matmul.db-transposed`), else the English the results carry. */
export function misconceptionText(id: string, english: string): string {
  const dot = id.indexOf('.');
  return dot < 0 ? english : kataWord(id.slice(0, dot), `misconception.${id.slice(dot + 1)}`, english);
}

/**
 * What a check observed, in the current language: its message where every
 * sentence in it has a translation, else the English summary the results
 * carry (a kata or a result from before messages were translated).
 */
export function observedText(d: { readonly summary: string; readonly message?: Message }): string {
  if (current === 'en' || !d.message || !translated(d.message)) return d.summary;
  return render(current, d.message);
}

function translated(m: Message): boolean {
  return hasText(current, m.key) && Object.values(m.params ?? {}).every((p) => !isMessage(p) || translated(p));
}
