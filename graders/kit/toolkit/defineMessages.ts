import type { Lang } from '../results/lang';
import { type Message, type MessageParam, msg } from '../results/message';
import { addKataWords } from '../results/translate';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** i18next's plural forms: `steps_one` / `steps_other` are one message, `steps`, chosen by its `count`. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<N> = N extends `${infer B}_${PluralForm}` ? B : N;
const english = new Map<string, Readonly<Record<string, string>>>();

/** The English texts a kata defined, by name with their plural forms (`elements_one`): what translations must match. */
export function englishMessages(kata: string): Readonly<Record<string, string>> {
  return english.get(kata) ?? {};
}

type Builders<T> = { readonly [N in keyof T as Base<N>]: (params?: Readonly<Record<string, MessageParam>>) => Message };

/**
 * A kata's own sentences, in English, by name: the one place their English
 * words live, as misconceptions.ts is for mistakes. Each becomes a builder of
 * a Message `<slug>:message.<name>`; other languages give the same names in
 * graders/<NN-slug>/<lang>.json ("messages"), with the same {{parameters}}.
 * Plural forms are i18next's (`elements_one`, `elements_other`, given a
 * `count`): one builder, `elements`.
 */
export function defineMessages<const T extends Record<string, string>>(kata: string, texts: T): Builders<T> {
  if (!KEBAB.test(kata)) throw new Error(`defineMessages: "${kata}" is not a kata slug`);
  const words: Record<string, string> = {};
  const out: Record<string, (params?: Readonly<Record<string, MessageParam>>) => Message> = {};
  for (const [name, text] of Object.entries(texts)) {
    const base = name.replace(PLURAL, '');
    if (!KEBAB.test(base)) throw new Error(`defineMessages: "${name}" (${kata}) must be kebab-case`);
    if (!text.trim()) throw new Error(`defineMessages: ${kata}.${name} has no text`);
    words[`message.${name}`] = text;
    out[base] = (params) => msg(`${kata}:message.${base}`, params);
  }
  addKataWords(kata, 'en' satisfies Lang, words);
  english.set(kata, { ...texts });
  return out as Builders<T>;
}
