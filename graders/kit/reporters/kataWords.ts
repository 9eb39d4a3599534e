import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../../catalog';
import { graderDir } from '../paths';
import type { Lang } from '../results/lang';
import { addKataWords } from '../results/translate';

/** A kata's words in one language, as graders/<NN-slug>/<lang>.json holds them. */
export interface KataTranslation {
  readonly title: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly misconceptions: Readonly<Record<string, string>>;
  readonly messages?: Readonly<Record<string, string>>;
}

const loaded = new Set<Lang>();

/**
 * Every kata's words in `lang` (not English: that lives in the code and the
 * results), added once to the translator under the kata's slug: `title`,
 * `property.<id>`, `misconception.<name>`, `message.<name>`. A kata with no
 * file for the language keeps its English.
 */
export function loadKataWords(lang: Lang): void {
  if (lang === 'en' || loaded.has(lang)) return;
  loaded.add(lang);
  for (const kata of catalog) {
    const t = readKataTranslation(graderDir(kata), lang);
    if (!t) continue;
    const flat: Record<string, string> = { title: t.title };
    for (const [id, name] of Object.entries(t.properties)) flat[`property.${id}`] = name;
    for (const [name, text] of Object.entries(t.misconceptions)) flat[`misconception.${name}`] = text;
    for (const [name, text] of Object.entries(t.messages ?? {})) flat[`message.${name}`] = text;
    addKataWords(kata.slug, lang, flat);
  }
}

export function readKataTranslation(dir: string, lang: Lang): KataTranslation | undefined {
  const file = path.join(dir, `${lang}.json`);
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as KataTranslation;
}
