/** The languages gradkata speaks: every learner-facing text exists in each. */
export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** A kata's README in a language: README.md in English, README.<lang>.md otherwise. */
export function readmeName(lang: Lang): string {
  return lang === 'en' ? 'README.md' : `README.${lang}.md`;
}

/**
 * The learner's language: `--lang` if given, else KATA_LANG, else the
 * system locale (LC_ALL, LC_MESSAGES, LANG: zh_CN.UTF-8 and any zh* is
 * Chinese), else English. An unknown `--lang` or KATA_LANG is an error the
 * caller reports; an unknown locale is English.
 */
export function resolveLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  for (const [name, given] of [
    ['--lang', flag],
    ['KATA_LANG', env.KATA_LANG],
  ] as const) {
    if (given === undefined || given === '') continue;
    if (isLang(given)) return given;
    throw new RangeError(`${name} ${given} is not a language gradkata speaks: ${LANGS.join(', ')}`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh\b|^zh[_-]/i.test(locale) ? 'zh-CN' : 'en';
}
