// `npm run new-kata -- <slug>`: creates the trio of a kata that has its entry
// in graders/catalog.ts (CONTRIBUTING.md, step 1), then says what to do next.

import path from 'node:path';
import { findKata } from '../../catalog';
import { displayPath, repoRoot } from '../paths';
import { LANGS, readmeName } from '../results/lang';
import { addTableRow } from './scaffold/addTableRow';
import { scaffoldKata } from './scaffold/scaffoldKata';

function main(): number {
  const slug = process.argv[2];
  const kata = slug ? findKata(slug) : undefined;
  if (!kata) {
    console.error(
      slug
        ? `no kata "${slug}" in graders/catalog.ts: add its entry { number, slug, track, title } first (CONTRIBUTING.md, step 1)`
        : 'usage: npm run new-kata -- <slug> (the kata needs its entry in graders/catalog.ts first)',
    );
    return 2;
  }
  let files: string[];
  try {
    files = scaffoldKata(kata);
  } catch (err) {
    console.error(`npm run new-kata: ${(err as Error).message}`);
    return 1;
  }
  console.log(`created ${kata.number} ${kata.slug}, a working placeholder (y = x²) that passes the proof:`);
  for (const f of files) console.log(`  ${displayPath(f)}`);
  for (const lang of LANGS) {
    const readme = path.join(repoRoot, readmeName(lang));
    if (addTableRow(readme, kata, lang))
      console.log(`  ${displayPath(readme)}: a row in the kata table (its last column is yours)`);
  }
  console.log(`\nnext: CONTRIBUTING.md, steps 2–10; after each step, npx vitest run graders/kit/proof -t ${kata.slug}`);
  return 0;
}

process.exit(main());
