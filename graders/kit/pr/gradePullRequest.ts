import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PR_RESULTS_SCHEMA, type PrResults } from '../results/prResults';
import type { RunResults } from '../results/results';
import { applyHeadKatas } from './applyHeadKatas';
import { changedFiles } from './changedFiles';
import { git } from './git';

export interface GradePrOptions {
  /** A git repository that has both commits, with node_modules installed (the base's, in CI). */
  readonly repo: string;
  readonly base: string;
  readonly head: string;
  readonly pullRequest?: number;
  /** Per-property limit, passed to `npm test -- --timeout`. */
  readonly timeoutSeconds?: number;
  readonly seed?: number;
  /** `I/N`: grade one slice of the katas (a CI matrix; merge with `grade:merge -- --pr`). */
  readonly shard?: string;
  /** Where the grading run's terminal output goes (CI logs); silent when unset. */
  readonly log?: (chunk: string) => void;
}

/**
 * Grades a pull request as CI does: a temporary worktree of the base commit
 * (its graders, solutions, package files, configs), the PR head's kata files
 * written over it, then the base's own `npm test` in that worktree. The same
 * function runs in the workflow and behind `npm run grade:pr` locally.
 */
export async function gradePullRequest(o: GradePrOptions): Promise<PrResults> {
  const base = git(o.repo, 'rev-parse', '--verify', `${o.base}^{commit}`);
  const head = git(o.repo, 'rev-parse', '--verify', `${o.head}^{commit}`);
  const worktree = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-pr-'));
  git(o.repo, 'worktree', 'add', '--quiet', '--detach', worktree, base);
  try {
    // The base's installed packages (in CI, `npm ci` of the base's lockfile), whatever the commit has there.
    fs.rmSync(path.join(worktree, 'node_modules'), { recursive: true, force: true });
    fs.symlinkSync(path.join(o.repo, 'node_modules'), path.join(worktree, 'node_modules'), 'dir');
    const { graded, ignored } = applyHeadKatas(o.repo, worktree, changedFiles(o.repo, base, head));
    const common = { schema: PR_RESULTS_SCHEMA, base, head, pullRequest: o.pullRequest, graded, ignored } as const;
    const run = await runBaseGrader(worktree, o);
    return 'error' in run ? { ...common, error: run.error } : { ...common, results: run.results };
  } finally {
    git(o.repo, 'worktree', 'remove', '--force', worktree);
    fs.rmSync(worktree, { recursive: true, force: true });
  }
}

/** The base commit's `npm test`, in its own process: nothing of the PR runs outside the graders' worker threads. */
function runBaseGrader(worktree: string, o: GradePrOptions): Promise<{ results: RunResults } | { error: string }> {
  const resultsFile = path.join(worktree, '.kata', 'pr-results.json');
  const args = ['-r', 'ts-node/register', 'graders/kit/cli/grade.ts', '--results', resultsFile];
  if (o.timeoutSeconds) args.push('--timeout', String(o.timeoutSeconds));
  if (o.seed !== undefined) args.push('--seed', String(o.seed));
  if (o.shard) args.push('--shard', o.shard);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const k of ['KATA_TARGET', 'KATA_SEED', 'MUTATE_KATA', 'FORCE_COLOR']) delete env[k];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: worktree, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => o.log?.(c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => o.log?.(c.toString('utf8')));
    child.on('error', (err) => resolve({ error: `could not start grading: ${err.message}` }));
    child.on('close', (code, signal) => {
      if (fs.existsSync(resultsFile))
        resolve({ results: JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as RunResults });
      else resolve({ error: `grading ended without results (exit code ${code ?? signal}); see the job log` });
    });
  });
}
