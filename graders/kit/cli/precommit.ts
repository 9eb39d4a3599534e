// The pre-commit hook (.husky/pre-commit): for the katas a commit changes,
// the static rules and a typecheck (checkKatas.ts); for the project's own
// code, Biome's formatter and linter (biome.jsonc, as `npm run verify` runs
// them). A learner's kata code is theirs to format. About two seconds, so it
// never gets in the way. Grading stays `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { catalog } from '../../catalog';
import { kataFolder, katasDir, repoRoot } from '../paths';
import { checkKatas } from './checkKatas';

async function main(): Promise<number> {
  const t0 = performance.now();
  const staged = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMR'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean)
    .map((f) => path.join(repoRoot, f));
  const katas = catalog.filter((k) => staged.some((f) => f.startsWith(path.join(katasDir, kataFolder(k)) + path.sep)));
  const own = staged.filter((f) => !f.startsWith(katasDir + path.sep) && /\.(ts|mts|js|mjs|json|jsonc)$/.test(f));
  const problems = [...(katas.length ? await checkKatas(katas, katasDir) : []), ...biome(own)];
  if (problems.length === 0) return 0;
  const took = ((performance.now() - t0) / 1000).toFixed(1);
  const what = [...katas.map((k) => k.slug), ...(own.length ? [`${own.length} project file(s)`] : [])].join(', ');
  console.error(
    `gradkata pre-commit (${what}, ${took} s):\n${problems.join('\n')}\n(commit anyway with git commit --no-verify)`,
  );
  return 1;
}

/** Biome's check of the project's own staged files (format and lint), as one problem when it fails. */
function biome(files: readonly string[]): string[] {
  if (files.length === 0) return [];
  const r = spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'),
      'check',
      '--no-errors-on-unmatched',
      ...files,
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  return r.status === 0 ? [] : [`${r.stdout}${r.stderr}`.trim(), 'fix with: npx biome check --write <files>'];
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`gradkata pre-commit could not run: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(0); // a broken hook must not block commits
  },
);
