// `npm run grade:pr -- --base <ref> --head <ref>`: grades a pull request the
// way .github/workflows/grade.yml does, and leaves the same files in --out.
// On GitHub Actions it also sets the `result` output (Classroom), writes the
// job summary and annotates the learner's lines.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../paths';
import { gradePullRequest } from '../pr/gradePullRequest';
import { publishOnGitHub } from '../pr/publishOnGitHub';
import { writePrOutputs } from '../pr/writePrOutputs';
import { exitCode } from '../results/results';
import { exitWith } from './exitWith';

const USAGE =
  'usage: npm run grade:pr -- --base <ref> --head <ref> [--out DIR] [--pr N] [--timeout SECONDS] [--seed N] [--shard I/N]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      out: { type: 'string' },
      pr: { type: 'string' },
      timeout: { type: 'string' },
      seed: { type: 'string' },
      shard: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.base || !values.head) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const outDir = path.resolve(values.out ?? path.join(repoRoot, '.kata', 'pr'));
  const pr = await gradePullRequest({
    repo: repoRoot,
    base: values.base,
    head: values.head,
    pullRequest: values.pr ? Number(values.pr) : undefined,
    timeoutSeconds: values.timeout ? Number(values.timeout) : undefined,
    seed: values.seed ? Number(values.seed) : undefined,
    shard: values.shard,
    log: (chunk) => process.stdout.write(chunk),
  });
  const atHead = (file: string): string | undefined => {
    try {
      return execFileSync('git', ['-C', repoRoot, 'show', `${pr.head}:${file}`], { encoding: 'utf8' });
    } catch {
      return undefined;
    }
  };
  const outputs = writePrOutputs(outDir, pr, atHead);
  for (const c of pr.ignored.filter((i) => i.protected)) console.log(`not used for grading: ${c.path} (${c.reason})`);
  console.log(
    `\nPR outputs in ${path.relative(process.cwd(), outDir) || '.'}: results.json artifact.json comment.md classroom.json annotations.json`,
  );
  await publishOnGitHub(pr, outputs);
  return pr.results ? exitCode(pr.results) : 2;
}

exitWith(main, 'grade:pr');
