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

export interface RunHooks {
  readonly onStep?: OnStep;
  /** The params to feed step t instead of the last step's (a decay of the grader's own before the learner's step). */
  readonly before?: (p: unknown, t: number) => unknown;
}

/** One learner step function over a run, each step fed the params and state the step before returned. */
function runSteps(
  kata: K,
  fn: 'sgdStep' | AdamFn,
  run: { readonly params: unknown; readonly state: unknown; readonly grads: readonly unknown[] },
  optionsAt: (t: number) => unknown,
  { onStep, before }: RunHooks,
): { params: unknown[]; state: unknown } {
  let params: unknown = run.params;
  let state: unknown = run.state;
  const trajectory: unknown[] = [];
  run.grads.forEach((grads, t) => {
    const input = before ? before(params, t) : params;
    const out: Stepped = callLearner(kata, fn, { params: input, grads, state, options: optionsAt(t) }) ?? {};
    onStep?.(t, out);
    trajectory.push(out.params);
    params = out.params;
    state = out.state;
  });
  return { params: trajectory, state };
}

/** The learner's sgdStep over the run. */
export const runSgd = (kata: K, c: SgdRun, hooks: RunHooks = {}) =>
  runSteps(kata, 'sgdStep', c, (t) => sgdOptions(c, t), hooks);

/** The learner's adamStep or adamwStep over the run. */
export const runAdam = (kata: K, fn: AdamFn, c: AdamRun, hooks: RunHooks = {}) =>
  runSteps(kata, fn, c, (t) => adamOptions(c, t), hooks);

/** A field of a returned state, if the state is an object. */
export const field = (state: unknown, name: string): unknown =>
  state !== null && typeof state === 'object' ? (state as Record<string, unknown>)[name] : undefined;
