// `npm run variants [-- <kata> …]`: writes every wrong variant (the solution
// plus its edits) and every alternative as a readable, gradable copy under
// .kata/variants/, and prints where; exits 1 naming any variant whose edit no
// longer applies to the solution.
import path from 'node:path';
import { catalog } from '../../catalog';
import { displayPath, learnerFile } from '../paths';
import { materializeVariants } from '../proof/materializeVariants';
import { findKataArg } from './kata/findKataArg';
import { UsageError } from './usageError';

async function main(): Promise<number> {
  const names = process.argv.slice(2);
  const katas = names.length ? names.map((n) => findKataArg(n, 'variants')) : catalog;
  let failed = 0;
  let wrongCount = 0;
  let alternativeCount = 0;
  const misconceptions = new Set<string>();
  for (const kata of katas) {
    try {
      const { wrong, alternatives } = await materializeVariants(kata);
      console.log(`${kata.number} ${kata.slug}`);
      for (const { variant, target } of wrong) {
        console.log(
          `  wrong ${variant.name.padEnd(36)} ${displayPath(learnerFile(target, kata))}  (${variant.misconception.id})`,
        );
      }
      for (const { alternative, target } of alternatives) {
        console.log(`  alt   ${alternative.name.padEnd(36)} ${displayPath(learnerFile(target, kata))}`);
      }
      wrongCount += wrong.length;
      alternativeCount += alternatives.length;
      for (const { variant } of wrong) misconceptions.add(variant.misconception.id);
      const example = wrong[0] ?? alternatives[0];
      if (example)
        console.log(`  grade one: KATA_TARGET=${displayPath(path.resolve(example.target))} npm test -- ${kata.slug}`);
    } catch (err) {
      failed++;
      console.error(`${kata.number} ${kata.slug}: ${(err as Error).message}`);
    }
  }
  console.log(
    `\n${wrongCount} wrong variants (${misconceptions.size} misconceptions) and ${alternativeCount} alternatives over ${katas.length} kata(s)`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof UsageError ? err.message : `npm run variants failed: ${(err as Error).stack}`);
    process.exit(2);
  },
);
