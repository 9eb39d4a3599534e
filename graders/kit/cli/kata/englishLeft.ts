import { catalog } from '../../../catalog';
import kitEn from '../../results/locales/en.json';
import kitZh from '../../results/locales/zh-CN.json';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

// For the tests of the `kata` command in Chinese: what of a Chinese run is
// still English, and what it must keep of the English run (numbers, paths,
// commands), once what is never translated is taken out.

const COMMANDS = 'list|next|test|watch|hint|reset|replay|solution|interview|report|help';
const ARG = `--[\\w-]*|<[\\w-]+>|\\d+|[A-Z][A-Z-]*|${catalog.map((k) => k.slug).join('|')}`;
/** A command as the learner types it (or names it: `kata hint`), with its arguments. */
const COMMAND = new RegExp(`\\b(?:(?:npx )?kata (?:${COMMANDS})|npm test)(?: (?:${ARG}))*`, 'g');
/** An option and the placeholder or number after it: `--only ID`, `--minutes 45`. */
const OPTION = /--[\w-]+(?: (?:[A-Z][\w-]*|\d+))?/g;
const PATH = /[\w.~<>-]*\/[\w./<>|=-]*/g;
/** Property ids, folders and the like: `matmul-matches-reference`, `00-matmul`, `zh-CN`. */
const KEBAB = /\b\w+(?:-\w+)+\b/g;

/** The English words of the kit's and the command's texts that their Chinese texts do not keep. */
const translatedWords = ((): Set<string> => {
  const words = (texts: object): Set<string> =>
    new Set(
      Object.values(texts)
        .join(' ')
        .replace(/\{\{[^}]*\}\}/g, ' ')
        .match(/[A-Za-z]{3,}/g)
        ?.map((w) => w.toLowerCase()),
    );
  const kept = words({ ...kitZh, ...zhCN });
  return new Set([...words({ ...kitEn, ...en })].filter((w) => !kept.has(w)));
})();

/** `text` without the given pieces (a README's, the learner's code), longest first. */
function without(text: string, allowed: readonly string[]): string {
  let rest = text;
  for (const a of [...allowed].filter(Boolean).sort((x, y) => y.length - x.length)) rest = rest.split(a).join('\n');
  return rest;
}

/**
 * What is English in a text meant to be Chinese, outside commands, options,
 * paths, ids and the `allowed` pieces: runs of two English words, and any
 * word the kit's or the command's English says that its Chinese does not.
 */
export function englishLeft(text: string, allowed: readonly string[] = []): string[] {
  const rest = without(text, allowed).replace(COMMAND, ' ').replace(OPTION, ' ').replace(PATH, ' ').replace(KEBAB, ' ');
  const runs = rest.match(/[A-Za-z]{4,} [a-z]{3,}/g) ?? [];
  const words = (rest.match(/\b[A-Za-z]{3,}\b/g) ?? []).filter((w) => translatedWords.has(w.toLowerCase()));
  return [...runs, ...words];
}

/** The numbers, paths and commands of a text, sorted: a translation keeps every one. */
export function factsOf(text: string, allowed: readonly string[] = []): string[] {
  let rest = without(text, allowed);
  const facts: string[] = [];
  for (const re of [COMMAND, PATH]) {
    // A fraction (5/10, 1 of 3 → 1/3) is two numbers, however a language writes it.
    rest = rest.replace(re, (f) => {
      if (!/[A-Za-z]/.test(f)) return f.replace('/', ' ');
      facts.push(f.trim().replace(/\.+$/, '')); // a path that ends a sentence
      return ' ';
    });
  }
  facts.push(...(rest.match(/\d+(?:\.\d+)?/g) ?? []));
  return facts.sort();
}
