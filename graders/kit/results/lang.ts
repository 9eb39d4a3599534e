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
