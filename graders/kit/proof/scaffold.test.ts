import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { repositoryCopy } from './repositoryCopy';

// A maintainer adds a kata by its catalogue entry and `npm run new-kata`,
// touching nothing else (CONTRIBUTING.md). This does it in a temporary copy
// of the repository and runs the proof and the CLI over the new kata, and
// the tests that read the whole catalogue: any place that still assumes a
// fixed set of katas fails here.

const repository = repositoryCopy('gradkata-scaffold-');
const copy = repository.dir;
const slug = 'throwaway';
const used = new Set(catalog.map((k) => k.number));
const number = String([...Array(100).keys()].reverse().find((n) => !used.has(String(n).padStart(2, '0')))).padStart(
  2,
  '0',
);
afterAll(() => repository.remove());

const { run, vitest } = repository;
const tsNode = (script: string, args: string[] = [], env: Record<string, string> = {}) =>
  run(['-r', 'ts-node/register', script, ...args], env);

beforeAll(() => {
  // Step 1 of CONTRIBUTING.md: the catalogue entry, the only line added by hand.
  const file = path.join(copy, 'graders', 'catalog.ts');
  const text = fs.readFileSync(file, 'utf8');
  const end = text.indexOf('];', text.indexOf('export const catalog'));
  const entry = `  { number: '${number}', slug: '${slug}', track: 4, title: 'A throwaway kata' },\n`;
  fs.writeFileSync(file, text.slice(0, end) + entry + text.slice(end));
});

describe('a kata added by its catalogue entry and the scaffold', () => {
  it('is scaffolded from the catalogue entry', () => {
    const r = tsNode('graders/kit/cli/newKata.ts', [slug]);
    expect(r.code, r.out).toBe(0);
    for (const f of [
      `katas/${number}-${slug}/README.md`,
      `katas/${number}-${slug}/README.zh-CN.md`,
      `graders/${number}-${slug}/zh-CN.json`,
      `katas/${number}-${slug}/${slug}.ts`,
      `solutions/${number}-${slug}/${slug}.ts`,
    ]) {
      expect(fs.existsSync(path.join(copy, f)), f).toBe(true);
    }
    expect(tsNode('graders/kit/cli/newKata.ts', [slug]).code).toBe(1); // never overwrites
  });

  it('passes its whole proof: solution, stub, every variant and alternative', () => {
    const r = vitest(['graders/kit/proof/proof.test.ts', 'graders/kit/proof/stubs.test.ts', '-t', slug]);
    expect(r.code, r.out.slice(-3000)).toBe(0);
    expect(r.out).toMatch(/Tests\s+12 passed/);
  }, 240_000);

  // kataList.test.ts is left out: it grades the whole catalogue a dozen times
  // (a quarter of a minute that grows with every kata), and what it would
  // catch here, a list that does not follow the catalogue, the last test below
  // sees in `kata list` and `npm test` themselves; kataBin.test.ts lists and
  // grades through the installed bin.
  it("leaves the catalogue-wide tests green: READMEs, the CLI's lists, layers, conformance coverage, its own reference", () => {
    const r = vitest([
      'graders/kit/cli/kata/kataReadme.test.ts',
      'graders/kit/proof/translations.test.ts',
      'graders/kit/cli/kata/kataBin.test.ts',
      'graders/kit/layers.test.ts',
      'graders/kit/backends/conformanceCoverage.test.ts',
      `graders/${number}-${slug}`,
    ]);
    expect(r.code, r.out.slice(-3000)).toBe(0);
  }, 240_000);

  it('is graded by npm test and listed by kata: not started, the run exits 0', () => {
    const test = tsNode('graders/kit/cli/grade.ts');
    expect(test.code, test.out).toBe(0);
    expect(test.out).toMatch(new RegExp(`${number} ${slug}\\s+not started`));
    expect(test.out).toContain(`0/${catalog.length + 1} passed, ${catalog.length + 1} not started`);
    const solved = tsNode('graders/kit/cli/grade.ts', [slug], { KATA_TARGET: 'solutions' });
    expect(solved.out).toMatch(new RegExp(`${number} ${slug}\\s+passed\\s+(\\d+)/\\1 points`));
    const state = path.join(copy, '.kata-scaffold-state');
    const list = run(['bin/kata.js', 'list'], { KATA_STATE_DIR: state });
    expect(list.code, list.out).toBe(0);
    expect(list.out).toMatch(new RegExp(`${number} ${slug}\\s+not started`));
    const hint = run(['bin/kata.js', 'hint', slug], { KATA_STATE_DIR: state });
    expect(hint.out).toMatch(/hint 1 of 3 — nudge/);
  }, 120_000);
});
