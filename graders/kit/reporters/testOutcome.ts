import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { kataMessage, propertyMessage } from './propertyMessage';
import { replayCommand } from './replayCommand';

export type TestStatus = 'pass' | 'fail' | 'error';

/**
 * One property as a test of the pass/fail/error kind that Exercism's
 * results.json and GitHub Classroom both use: `error` when it could not be
 * judged (timed out, broke a rule, never ran because its kata stopped),
 * with the message that says why.
 */
export function testOutcome(
  run: Pick<RunResults, 'target' | 'seed'>,
  k: KataResult,
  p: PropertyResult,
): { status: TestStatus; message: string | null } {
  const status =
    p.status === 'pass'
      ? 'pass'
      : p.status === 'timeout' || p.status === 'error' || (k.status === 'error' && p.status === 'skipped')
        ? 'error'
        : 'fail';
  const message =
    (p.status === 'skipped' ? (kataMessage(k) ?? 'not run') : propertyMessage(run, k, p)) ??
    (p.status === 'not-implemented' ? 'not implemented yet' : null);
  return { status, message };
}

/**
 * A whole run's status: `error` only when no test could be judged at all
 * (Exercism: "the tests did not run correctly"). One kata's syntax error
 * makes that kata's tests errors, not the run.
 */
export function runStatus(tests: readonly { readonly status: TestStatus }[]): TestStatus {
  if (tests.length === 0 || tests.every((t) => t.status === 'error')) return 'error';
  return tests.every((t) => t.status === 'pass') ? 'pass' : 'fail';
}

/**
 * What a test is, for Exercism's `test_code`: the property as its grader
 * names it, and the command that runs exactly it again (with the failing
 * case's path when it failed).
 */
export function testCode(run: Pick<RunResults, 'target' | 'seed'>, k: KataResult, p: PropertyResult): string {
  const grader = `graders/${k.number}-${k.slug}/grader.ts`;
  const replay = replayCommand(k.slug, { target: run.target, seed: run.seed, only: p.id, path: p.failure?.path });
  return `property "${p.name}" (${p.id}, ${p.points} point${p.points === 1 ? '' : 's'}) in ${grader}\n${replay}`;
}
