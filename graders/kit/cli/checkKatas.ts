import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { KataEntry } from '../../catalog';
import { bundleLearner } from '../engine/bundleKata';
import { learnerFile, repoRoot, stateDir } from '../paths';
import { problemText } from '../reporters/problemText';

/**
 * The fast checks of learner files, without grading: syntax and forbidden
 * imports (the bundler's static rules) and a typecheck of just these files.
 * Returns one message per problem; none means clean. The pre-commit hook
 * runs it on the katas a commit changes.
 */
export async function checkKatas(katas: readonly KataEntry[], targetDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const kata of katas) {
    const bundle = await bundleLearner(kata, targetDir);
    if (!bundle.ok) problems.push(problemText(bundle.problem));
  }
  const config = path.join(stateDir, `tsconfig.check-${process.pid}.json`);
  fs.mkdirSync(stateDir, { recursive: true });
  fs.writeFileSync(
    config,
    JSON.stringify({
      extends: path.join(repoRoot, 'tsconfig.json'),
      include: katas.map((k) => learnerFile(targetDir, k)),
    }),
  );
  try {
    const tsc = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    if (tsc.status !== 0) problems.push(tsc.stdout.trim());
  } finally {
    fs.rmSync(config, { force: true });
  }
  return problems;
}
