import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { kataMessage, propertyMessage } from './propertyMessage';

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
): { status: 'pass' | 'fail' | 'error'; message: string | null } {
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
