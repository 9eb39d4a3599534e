import type { KataResult, PropertyResult } from '../engine/results';

/**
 * One property as a test of the pass/fail/error kind that Exercism's
 * results.json and GitHub Classroom both use: `error` when it could not be
 * judged (timed out, broke a rule, never ran because its kata stopped),
 * with the message that says why.
 */
export function testOutcome(
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
    p.message ??
    (p.status === 'not-implemented' ? 'not implemented yet' : p.status === 'skipped' ? (k.message ?? 'not run') : null);
  return { status, message };
}
