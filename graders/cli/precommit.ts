// The pre-commit hook (.husky/pre-commit): for the katas a commit changes,
// the static rules (syntax, forbidden imports) and a typecheck — in about a
// second or two, so it never gets in the way. Grading stays `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../catalog';
import { bundleLearner } from '../engine/bundleKata';
import { katasDir, kataFolder, learnerFile, repoRoot, stateDir } from '../paths';

async function main(): Promise<number> {
  const t0 = performance.now();
  const staged = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMR'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n').filter(Boolean).map((f) => path.join(repoRoot, f));
  const katas = catalog.filter((k) => staged.some((f) => f.startsWith(path.join(katasDir, kataFolder(k)) + path.sep)));
  if (katas.length === 0) return 0;
  const problems: string[] = [];
  for (const kata of katas) {
    const bundle = await bundleLearner(kata, katasDir);
    if (!bundle.ok) problems.push(bundle.message);
  }
  const config = path.join(stateDir, 'tsconfig.precommit.json');
  fs.mkdirSync(stateDir, { recursive: true });
  fs.writeFileSync(config, JSON.stringify({ extends: path.join(repoRoot, 'tsconfig.json'), include: katas.map((k) => learnerFile(katasDir, k)) }));
  const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { cwd: repoRoot, encoding: 'utf8' });
  if (tsc.status !== 0) problems.push(tsc.stdout.trim());
  const took = ((performance.now() - t0) / 1000).toFixed(1);
  if (problems.length) {
    console.error(`gradkata pre-commit (${katas.map((k) => k.slug).join(', ')}, ${took} s):\n${problems.join('\n')}\n(commit anyway with git commit --no-verify)`);
    return 1;
  }
  return 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(`gradkata pre-commit could not run: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(0); // a broken hook must not block commits
});
