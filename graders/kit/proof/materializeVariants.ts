import fs from 'node:fs';
import path from 'node:path';
import type { KataEntry } from '../../catalog';
import { alternativesDir, displayPath, learnerFile, solutionsDir, variantsFile, variantTarget } from '../paths';
import type { Alternative, Edit, Variants, WrongVariant } from '../toolkit/defineVariants';

/** A variant's edit no longer applies to the solution: verify fails and names it. */
export class VariantDrift extends Error {
  override readonly name = 'VariantDrift';
}

const occurrences = (text: string, find: string): number => {
  let n = 0;
  for (let i = text.indexOf(find); i >= 0; i = text.indexOf(find, i + 1)) n++;
  return n;
};

/** The solution with a variant's edits applied, in order; each must match exactly one place. */
export function applyEdits(
  solution: string,
  v: { readonly name: string; readonly edits: readonly Edit[] },
  where: string,
): string {
  let text = solution;
  v.edits.forEach(([find, replace], i) => {
    const n = occurrences(text, find);
    if (n !== 1) {
      throw new VariantDrift(
        `${where}: variant "${v.name}", edit ${i + 1} of ${v.edits.length}, finds ${JSON.stringify(find)} ${n} times in the solution; it must occur exactly once (did the solution change?)`,
      );
    }
    text = text.replace(find, () => replace);
  });
  return text;
}

export async function loadVariants(kata: KataEntry): Promise<Variants> {
  const file = variantsFile(kata);
  if (!fs.existsSync(file))
    throw new Error(`${displayPath(file)} is missing: every kata proves its grader with variants`);
  return ((await import(/* @vite-ignore */ file)) as { default: Variants }).default;
}

export interface Materialized {
  readonly wrong: readonly { readonly variant: WrongVariant; readonly target: string }[];
  readonly alternatives: readonly { readonly alternative: Alternative; readonly target: string }[];
}

/** Sibling katas the solution imports (`../13-attention/attention`): copied next to each variant, as a learner has them. */
function importedKatas(source: string): string[] {
  const folders = new Set<string>();
  for (const m of source.matchAll(/from\s+['"]\.\.\/(\d\d-[a-z0-9-]+)\//g)) folders.add(m[1]);
  return [...folders];
}

function writeTarget(kata: KataEntry, name: string, text: string): string {
  const target = variantTarget(kata, name);
  fs.rmSync(target, { recursive: true, force: true });
  const file = learnerFile(target, kata);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  for (const folder of importedKatas(text)) {
    fs.cpSync(path.join(solutionsDir, folder), path.join(target, folder), { recursive: true });
  }
  return target;
}

/**
 * Writes every wrong variant (the solution plus its edits) and every
 * alternative of a kata as a grading target under .kata/variants/, readable
 * and gradable (`KATA_TARGET=<target> npm test -- <slug>`). Throws
 * VariantDrift when an edit no longer applies, and when alternatives/ and
 * variants.ts disagree.
 */
export async function materializeVariants(kata: KataEntry): Promise<Materialized> {
  const variants = await loadVariants(kata);
  const solution = fs.readFileSync(learnerFile(solutionsDir, kata), 'utf8');
  const where = displayPath(variantsFile(kata));
  const wrong = variants.wrong.map((variant) => {
    const header = `// Mistake: ${variant.mistake}\n// (variant "${variant.name}": ${displayPath(learnerFile(solutionsDir, kata))} with the edits in ${where})\n`;
    return { variant, target: writeTarget(kata, variant.name, header + applyEdits(solution, variant, where)) };
  });
  const dir = alternativesDir(kata);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.ts')) : [];
  const listed = new Set(variants.alternatives.filter((a) => !a.edits).map((a) => `${a.name}.ts`));
  const unlisted = files.filter((f) => !listed.has(f));
  const missing = [...listed].filter((f) => !files.includes(f));
  if (unlisted.length || missing.length) {
    throw new VariantDrift(
      `${where} and ${displayPath(dir)} disagree: ${[...unlisted.map((f) => `${f} is not listed`), ...missing.map((f) => `${f} does not exist`)].join('; ')}`,
    );
  }
  const alternatives = variants.alternatives.map((alternative) => {
    const text = alternative.edits
      ? `// Correct, written differently: ${alternative.difference}\n${applyEdits(solution, { name: alternative.name, edits: alternative.edits }, where)}`
      : fs.readFileSync(path.join(dir, `${alternative.name}.ts`), 'utf8');
    return { alternative, target: writeTarget(kata, alternative.name, text) };
  });
  return { wrong, alternatives };
}

/** One materialised variant's target folder (for tests and benchmarks that grade a known mistake). */
export async function variantOf(kata: KataEntry, name: string): Promise<string> {
  const { wrong, alternatives } = await materializeVariants(kata);
  const found = [
    ...wrong.map((w) => [w.variant.name, w.target]),
    ...alternatives.map((a) => [a.alternative.name, a.target]),
  ].find(([n]) => n === name);
  if (!found) throw new Error(`${kata.slug} has no variant "${name}"`);
  return found[1];
}

/** The source of one variant, as a learner would have written it. */
export async function variantSource(kata: KataEntry, name: string): Promise<string> {
  return fs.readFileSync(learnerFile(await variantOf(kata, name), kata), 'utf8');
}
