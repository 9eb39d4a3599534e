import fs from 'node:fs';
import path from 'node:path';
import type { KataEntry } from '../../../catalog';
import { alternativesDir, graderDir, katasDir, learnerFile, solutionsDir } from '../../paths';

const templates = path.join(__dirname, 'templates');

/** `regression-losses` → `regressionLosses`. */
export const camelCase = (slug: string): string => slug.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** What the scaffold writes, template → file, for one catalogue entry. */
function plan(kata: KataEntry): [template: string, file: string][] {
  const grader = graderDir(kata);
  return [
    ['README.md.tmpl', path.join(path.dirname(learnerFile(katasDir, kata)), 'README.md')],
    ['README.zh-CN.md.tmpl', path.join(path.dirname(learnerFile(katasDir, kata)), 'README.zh-CN.md')],
    ['stub.ts.tmpl', learnerFile(katasDir, kata)],
    ['solution.ts.tmpl', learnerFile(solutionsDir, kata)],
    ['misconceptions.ts.tmpl', path.join(grader, 'misconceptions.ts')],
    ['zh-CN.json.tmpl', path.join(grader, 'zh-CN.json')],
    ['oracle.ts.tmpl', path.join(grader, 'oracle.ts')],
    ['mistakes.ts.tmpl', path.join(grader, 'mistakes.ts')],
    ['reference.ts.tmpl', path.join(grader, 'reference.ts')],
    ['reference.test.ts.tmpl', path.join(grader, 'reference.test.ts')],
    ['grader.ts.tmpl', path.join(grader, 'grader.ts')],
    ['variants.ts.tmpl', path.join(grader, 'variants.ts')],
    ['alternative-loops.ts.tmpl', path.join(alternativesDir(kata), 'loops.ts')],
    ['alternative-power.ts.tmpl', path.join(alternativesDir(kata), 'power.ts')],
  ];
}

/**
 * Creates a kata's trio from its catalogue entry: README and stub in
 * katas/, the solution, and a grader folder with a working placeholder
 * (y = x², its mistakes, variants and alternatives) that passes the whole
 * proof as written, so a maintainer replaces it piece by piece with verify
 * green at every step. Refuses to overwrite anything. Returns the files.
 */
export function scaffoldKata(kata: KataEntry): string[] {
  const files = plan(kata);
  const existing = files.map(([, f]) => f).filter((f) => fs.existsSync(f));
  if (existing.length)
    throw new Error(`${kata.slug} already has ${existing.map((f) => path.relative(process.cwd(), f)).join(', ')}`);
  const camel = camelCase(kata.slug);
  const values: Record<string, string> = {
    number: kata.number,
    slug: kata.slug,
    folder: `${kata.number}-${kata.slug}`,
    title: kata.title,
    camel,
    Camel: camel[0].toUpperCase() + camel.slice(1),
  };
  for (const [template, file] of files) {
    const text = fs.readFileSync(path.join(templates, template), 'utf8').replace(/\{\{(\w+)\}\}/g, (m, key: string) => {
      if (!(key in values)) throw new Error(`scaffoldKata: ${template} has an unknown placeholder ${m}`);
      return values[key];
    });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return files.map(([, f]) => f);
}
