import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { HEADINGS, kataReadme } from '../cli/kata/kataReadme';
import { graderDir, kataFolder, katasDir, repoRoot } from '../paths';
import { type KataTranslation, readKataTranslation } from '../reporters/kataWords';
import { LANGS, readmeName } from '../results/lang';
import { keysFor, placeholders } from '../results/placeholders';
import { englishMessages } from '../toolkit/defineMessages';
import { loadGrader } from './loadGrader';

// Every kata speaks every language: a README per language of the same shape,
// and its grader's words (title, property names, misconceptions) in
// graders/<NN-slug>/<lang>.json, key for key. English lives in the code
// (catalog title, grader.ts, misconceptions.ts); the other languages here.

const others = LANGS.filter((l) => l !== 'en');

describe.each(catalog.map((k) => [k.slug, k] as const))('%s in every language', (_slug, kata) => {
  it.each(others)('has README.%s.md, linked both ways, with the same hints, follow-ups and checks', async (lang) => {
    const folder = path.join(katasDir, kataFolder(kata));
    const file = path.join(folder, readmeName(lang));
    expect(fs.existsSync(file), `${path.relative(katasDir, file)} is missing`).toBe(true);
    const head = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8').split('\n').slice(0, 4).join('\n');
    expect(head('README.md'), 'README.md links to its translation at the top').toContain(`(${readmeName(lang)})`);
    expect(head(readmeName(lang)), `${readmeName(lang)} links back at the top`).toContain('(README.md)');
    const en = kataReadme(kata, katasDir, 'en');
    const other = kataReadme(kata, katasDir, lang);
    expect(other.question, 'the question, as the opening quote').not.toBe('');
    expect(other.hints.map((h) => h.level)).toEqual(en.hints.map((h) => h.level));
    expect(
      other.hints.map((h) => h.label),
      'the hint labels of the language',
    ).toEqual(HEADINGS[lang].labels);
    expect(en.hints.map((h) => h.label)).toEqual(HEADINGS.en.labels);
    for (const h of other.hints) expect(h.text.length, `hint ${h.level}`).toBeGreaterThan(20);
    expect(other.followUps.length, 'as many follow-up questions').toBe(en.followUps.length);
    for (const f of other.followUps) expect(f.answer.length, f.question).toBeGreaterThan(20);
    const t = translation(kata, lang);
    const grader = await loadGrader(kata);
    expect(other.checks, 'what the grader checks: the translated property names, in order').toEqual(
      grader.properties.map((p) => t.properties[p.id]),
    );
  });

  it.each(others)("has the grader's words in graders/…/%s.json, key for key", async (lang) => {
    const t = translation(kata, lang);
    const messagesFile = path.join(graderDir(kata), 'messages.ts');
    const hasMessages = fs.existsSync(messagesFile);
    expect(Object.keys(t).sort()).toEqual(
      ['misconceptions', 'properties', 'title', ...(hasMessages ? ['messages'] : [])].sort(),
    );
    expect(t.title.trim()).not.toBe('');
    const grader = await loadGrader(kata);
    expect(Object.keys(t.properties).sort()).toEqual(grader.properties.map((p) => p.id).sort());
    const misconceptions = await import(/* @vite-ignore */ path.join(graderDir(kata), 'misconceptions.ts'));
    expect(Object.keys(t.misconceptions).sort()).toEqual(Object.keys(misconceptions.default).sort());
    if (hasMessages) {
      await import(/* @vite-ignore */ messagesFile);
      const english = englishMessages(kata.slug);
      const words = t.messages ?? {};
      expect(Object.keys(words).sort(), 'the messages of messages.ts, in its plural forms').toEqual(
        keysFor(lang, Object.keys(english)),
      );
      const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
      for (const [name, text] of Object.entries(words)) {
        const en = Object.entries(english).find(([k]) => base(k) === base(name))![1];
        expect(placeholders(text), `message ${name}: the same {{parameters}}`).toEqual(placeholders(en));
      }
    }
    for (const text of [
      ...Object.values(t.properties),
      ...Object.values(t.misconceptions),
      ...Object.values(t.messages ?? {}),
    ]) {
      expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
      // Printed as they are in the terminal: Unicode math, never TeX.
      expect(text).not.toMatch(/\$|\\[a-z]/);
    }
  });
});

function translation(kata: (typeof catalog)[number], lang: (typeof LANGS)[number]): KataTranslation {
  const t = readKataTranslation(graderDir(kata), lang);
  expect(t, `graders/${kataFolder(kata)}/${lang}.json is missing`).toBeDefined();
  return t!;
}

describe.each(LANGS)('the top-level %s README', (lang) => {
  it("lists every kata in its table, linked to the kata's README in that language", () => {
    const text = fs.readFileSync(path.join(repoRoot, readmeName(lang)), 'utf8');
    const missing = catalog.filter(
      (k) =>
        !new RegExp(
          `^\\| ${k.number} \\| \\[${k.slug}\\]\\(katas/${kataFolder(k)}/${readmeName(lang).replace('.', '\\.')}\\)`,
          'm',
        ).test(text),
    );
    expect(missing.map((k) => k.slug)).toEqual([]);
  });
});
