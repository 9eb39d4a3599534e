import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../paths';
import { PR_RESULTS_SCHEMA, type PrResults } from '../results/prResults';
import type { RunResults } from '../results/results';
import { applyHeadKatas } from './applyHeadKatas';
import { changedFiles } from './changedFiles';
import { git } from './git';
import { checkInstalled, PinUnavailable, resolvePin } from './pinnedGraders';

export interface GradePrOptions {
  /** A git repository that has both commits (the student's clone). */
  readonly repo: string;
  /** The PR's base. With a pin it only tells the PR's own changes from its base's; without one its graders grade. */
  readonly base?: string;
  readonly head: string;
  /**
   * Where everything that decides the grade comes from, when not the base:
   * `root`, `root:<ref>` or `<repo>@<sha>` (pinnedGraders.ts). `base` or
   * unset: the base commit, for a repository whose base the student cannot
   * write (a fork's PR to the instructor's repository).
   */
  readonly graders?: string;
  /** The packages grading runs with; default this checkout's node_modules (in CI, `npm ci` of the grading commit). */
  readonly nodeModules?: string;
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
 * Grades a pull request as CI does: a temporary worktree of the commit that
 * grades — the pinned graders, or else the base — (its graders, katas/lib,
 * package files, configs), the PR head's kata files written over it, then
 * that commit's own `npm test` in the worktree. The same function runs in
 * the workflow and behind `npm run grade:pr` locally. `base` in the result
 * is the commit that graded. When the pinned graders cannot be had, it
 * refuses: no results, and the reason as the error.
 */
export async function gradePullRequest(o: GradePrOptions): Promise<PrResults> {
  const head = git(o.repo, 'rev-parse', '--verify', `${o.head}^{commit}`);
  const base = o.base === undefined ? undefined : git(o.repo, 'rev-parse', '--verify', `${o.base}^{commit}`);
  const nodeModules = o.nodeModules ?? path.join(repoRoot, 'node_modules');
  const pinned = o.graders !== undefined && o.graders !== 'base';
  if (!pinned && !base) throw new Error('grading without pinned graders needs the base commit (--base)');
  let grader = base!;
  let against: Parameters<typeof applyHeadKatas>[3];
  if (pinned) {
    try {
      const pin = resolvePin(o.repo, o.graders!, base ?? head);
      checkInstalled(o.repo, pin, nodeModules);
      grader = pin.commit;
      const inPullRequest = base ? new Set(changedFiles(o.repo, base, head).map((c) => c.path)) : undefined;
      against = { label: pin.label, inPullRequest };
    } catch (err) {
      if (!(err instanceof PinUnavailable)) throw err;
      const error = `not graded: ${err.message}. Everything that decides a grade must come from the pinned graders, never from the student's branches.`;
      return {
        schema: PR_RESULTS_SCHEMA,
        base: base ?? head,
        head,
        pullRequest: o.pullRequest,
        graded: [],
        ignored: [],
        error,
      };
    }
  }
  const worktree = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-pr-'));
  git(o.repo, 'worktree', 'add', '--quiet', '--detach', worktree, grader);
  try {
    // The grading checkout's installed packages, whatever the commit has there.
    fs.rmSync(path.join(worktree, 'node_modules'), { recursive: true, force: true });
    fs.symlinkSync(nodeModules, path.join(worktree, 'node_modules'), 'dir');
    const changes = changedFiles(o.repo, grader, head, pinned);
    const { graded, ignored } = applyHeadKatas(o.repo, worktree, changes, against);
    const common = {
      schema: PR_RESULTS_SCHEMA,
      base: grader,
      head,
      pullRequest: o.pullRequest,
      graded,
      ignored,
    } as const;
    const run = await runGradingCommit(worktree, o);
    return 'error' in run ? { ...common, error: run.error } : { ...common, results: run.results };
  } finally {
    git(o.repo, 'worktree', 'remove', '--force', worktree);
    fs.rmSync(worktree, { recursive: true, force: true });
  }
}

/** The grading commit's `npm test`, in its own process: nothing of the PR runs outside the graders' worker threads. */
function runGradingCommit(worktree: string, o: GradePrOptions): Promise<{ results: RunResults } | { error: string }> {
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
