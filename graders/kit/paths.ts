import path from 'node:path';
import type { KataEntry } from '../catalog';

// The one place where a kata's files are named. A target is any folder with
// the layout of katas/: <target>/<NN-slug>/<slug>.ts.

// A kata's worker runs a bundle written under .kata/, where __dirname is not
// this folder; the bundler stamps the real root into a banner.
declare global {
  // eslint-disable-next-line no-var
  var __gradkataRoot: string | undefined;
}
export const repoRoot = globalThis.__gradkataRoot ?? path.resolve(__dirname, '..', '..');

export function kataFolder(kata: KataEntry): string {
  return `${kata.number}-${kata.slug}`;
}

export function learnerFile(targetDir: string, kata: KataEntry): string {
  return path.join(targetDir, kataFolder(kata), `${kata.slug}.ts`);
}

/** A kata's grading folder: grader.ts, its oracle and misconceptions, variants.ts, alternatives/. */
export function graderDir(kata: KataEntry): string {
  return path.join(repoRoot, 'graders', kataFolder(kata));
}

export function graderFile(kata: KataEntry): string {
  return path.join(graderDir(kata), 'grader.ts');
}

/** The proof's manifest: wrong variants as edits of the solution, and the alternatives. */
export function variantsFile(kata: KataEntry): string {
  return path.join(graderDir(kata), 'variants.ts');
}

/** Alternative correct solutions, one whole file each: alternatives/<name>.ts. */
export function alternativesDir(kata: KataEntry): string {
  return path.join(graderDir(kata), 'alternatives');
}

/** Where variants are materialised as grading targets: .kata/variants/<NN-slug>/<name>/<NN-slug>/<slug>.ts. */
export function variantTarget(kata: KataEntry, name: string): string {
  return path.join(stateDir, 'variants', kataFolder(kata), name);
}

export const katasDir = path.join(repoRoot, 'katas');
export const solutionsDir = path.join(repoRoot, 'solutions');
export const learnerLibDir = path.join(repoRoot, 'katas', 'lib');
export const stateDir = path.join(repoRoot, '.kata');

/** KATA_TARGET: unset = katas/, `solutions` = solutions/, anything else a folder. */
export function resolveTarget(value: string | undefined): string {
  if (!value || value === 'katas') return katasDir;
  if (value === 'solutions') return solutionsDir;
  return path.resolve(value);
}

/** Paths printed for people are relative to the repository. */
export function displayPath(file: string): string {
  const rel = path.relative(repoRoot, file);
  return rel.startsWith('..') ? file : rel;
}
