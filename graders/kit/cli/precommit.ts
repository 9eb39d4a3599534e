// The pre-commit hook (.husky/pre-commit): for the katas a commit changes,
// the static rules and a typecheck (graders/kit/engine/checkKatas.ts), in about
// two seconds, so it never gets in the way. Grading stays `npm test`.
import { execFileSync } from 'node:child_process';
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
  if (katas.length === 0) return 0;
  const problems = await checkKatas(katas, katasDir);
  if (problems.length === 0) return 0;
  const took = ((performance.now() - t0) / 1000).toFixed(1);
  console.error(
    `gradkata pre-commit (${katas.map((k) => k.slug).join(', ')}, ${took} s):\n${problems.join('\n')}\n(commit anyway with git commit --no-verify)`,
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`gradkata pre-commit could not run: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(0); // a broken hook must not block commits
  },
);
