import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';
import { LANGS } from './lang';
import { keysFor, placeholders } from './placeholders';

// Every folder of the kit with words of its own keeps them in locales/<lang>.json
// (this one's: the checks' and reporters'; cli/kata's, report's…): each
// language has every key English has, in its own plural forms, with the same
// {{parameters}}, and nothing else.
const kit = path.join(repoRoot, 'graders', 'kit');
const localeDirs = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory()) return [];
    const p = path.join(dir, e.name);
    return e.name === 'locales' ? [p] : localeDirs(p);
  });
const read = (dir: string, lang: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(dir, `${lang}.json`), 'utf8'));
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe("the kit's words in every language", () => {
  const dirs = localeDirs(kit);
  it('are found', () => expect(dirs.map((d) => path.relative(kit, d))).toContain(path.join('results', 'locales')));

  for (const dir of dirs) {
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      it(`${path.relative(kit, dir)}/${lang}.json has every key English has, no other, with the same parameters`, () => {
        const en = read(dir, 'en');
        expect(fs.existsSync(path.join(dir, `${lang}.json`)), `${lang}.json`).toBe(true);
        const words = read(dir, lang);
        expect(Object.keys(words).sort()).toEqual(keysFor(lang, Object.keys(en)));
        for (const [key, text] of Object.entries(words)) {
          const english = Object.entries(en).find(([k]) => base(k) === base(key))![1];
          expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(english));
          expect(text.trim(), `${lang} ${key}`).not.toBe('');
        }
      });
    }
  }

  it('knows the plural forms each language needs', () => {
    expect(keysFor('en', ['runs_one', 'runs_other', 'x'])).toEqual(['runs_one', 'runs_other', 'x']);
    expect(keysFor('zh-CN', ['runs_one', 'runs_other', 'x'])).toEqual(['runs_other', 'x']);
    expect(placeholders('{{a}} and {{ b }} and {{a}}')).toEqual(['a', 'b']);
  });
});
