import type * as Kata from '../../katas/20-optimizers/optimizers';
import { callLearner } from '../kit/toolkit';
import type { AdamRun, K, SgdRun } from './cases';

export type AdamFn = 'adamStep' | 'adamwStep';

/** What one step returned, unvalidated. */
export interface Stepped {
  readonly params?: unknown;
  readonly state?: unknown;
}

/** Called after each step t (0-based) with what it returned; a check throws to stop the run there. */
export type OnStep = (t: number, out: Stepped) => void;

export const sgdOptions = (c: SgdRun, t: number): Kata.SgdOptions => ({
  lr: c.lrs[t],
  momentum: c.momentum,
  weightDecay: c.weightDecay,
  nesterov: c.nesterov,
});

export const adamOptions = (c: AdamRun, t: number): Kata.AdamOptions => ({
  lr: c.lrs[t],
  beta1: c.beta1,
  beta2: c.beta2,
  eps: c.eps,
  weightDecay: c.weightDecay,
});

/**
 * The learner's sgdStep over the run, each step fed the params and state the
 * step before returned. `params` is overridden per step when given (to
 * apply a decay of the grader's own before the learner's step).
 */
export function runSgd(
  kata: K,
  c: SgdRun,
  { onStep, before }: { onStep?: OnStep; before?: (p: unknown, t: number) => unknown } = {},
): { params: unknown[]; state: unknown } {
  let params: unknown = c.params;
  let state: unknown = c.state;
  const trajectory: unknown[] = [];
  c.grads.forEach((grads, t) => {
    const input = before ? before(params, t) : params;
    const out: Stepped = callLearner(kata, 'sgdStep', { params: input, grads, state, options: sgdOptions(c, t) }) ?? {};
    onStep?.(t, out);
    trajectory.push(out.params);
    params = out.params;
    state = out.state;
  });
  return { params: trajectory, state };
}

/** The learner's adamStep or adamwStep over the run, as runSgd. */
export function runAdam(
  kata: K,
  fn: AdamFn,
  c: AdamRun,
  { onStep, before }: { onStep?: OnStep; before?: (p: unknown, t: number) => unknown } = {},
): { params: unknown[]; state: unknown } {
  let params: unknown = c.params;
  let state: unknown = c.state;
  const trajectory: unknown[] = [];
  c.grads.forEach((grads, t) => {
    const input = before ? before(params, t) : params;
    const out: Stepped = callLearner(kata, fn, { params: input, grads, state, options: adamOptions(c, t) }) ?? {};
    onStep?.(t, out);
    trajectory.push(out.params);
    params = out.params;
    state = out.state;
  });
  return { params: trajectory, state };
}

/** A field of a returned state, if the state is an object. */
export const field = (state: unknown, name: string): unknown =>
  state !== null && typeof state === 'object' ? (state as Record<string, unknown>)[name] : undefined;
