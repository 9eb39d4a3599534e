import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalog } from '../../catalog';
import { gradeKatas } from '../engine/gradeKatas';
import { DEFAULT_SEED } from '../engine/propertySeed';
import { kataFolder, solutionsDir } from '../paths';
import type { RunResults } from '../results/results';
import { variantOf } from './materializeVariants';
import { pristineSource } from './pristineSource';

/** Where each kata of the fixture comes from: a target folder, or learner code written here. */
export type Source =
  | { readonly from: string }
  | { readonly code: string }
  | { readonly variant: string }
  | { readonly pristine: true };

export const sources = {
  /** The untouched stub, whatever katas/ holds now: not started. */
  stub: { pristine: true },
  solution: { from: solutionsDir },
  /** A wrong variant or alternative of the kata, by name (variants.ts). */
  variant: (name: string): Source => ({ variant: name }),
} as const;

/**
 * Grades a temporary target folder assembled kata by kata (stubs unless
 * `pick` says otherwise), as `KATA_TARGET=<folder> npm test` would: the
 * report's tests read results of real grading, not hand-made ones.
 */
export async function gradedFixture(
  pick: Readonly<Record<string, Source>>,
): Promise<{ results: RunResults; target: string }> {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-report-'));
  for (const kata of catalog) {
    const s = pick[kata.slug] ?? sources.stub;
    const file = path.join(target, kataFolder(kata), `${kata.slug}.ts`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if ('code' in s) fs.writeFileSync(file, s.code);
    else if ('pristine' in s) fs.writeFileSync(file, pristineSource(kata));
    else {
      const from = 'variant' in s ? await variantOf(kata, s.variant) : s.from;
      fs.copyFileSync(path.join(from, kataFolder(kata), `${kata.slug}.ts`), file);
    }
  }
  const results = await gradeKatas({ target, katas: catalog, seed: DEFAULT_SEED });
  return { results, target };
}
