import { float64Bounds, type Tensor64 } from '../kit/tensor';
import { expectClose, expectOutputs, fail, GradingFailure, type Message, messageOf, msg } from '../kit/toolkit';
import type { AdamRun, K, SgdRun } from './cases';
import { type AdamFn, field, type OnStep, runAdam, runSgd, type Stepped } from './learner';
import text from './messages';
import { adam64, sgd64 } from './oracle';

/** Row t of a [steps, n] trajectory and its bounds. */
export function row(traj: Tensor64, bounds: Float64Array, t: number): { want: number[]; bound: Float64Array } {
  const n = traj.shape[1];
  return { want: Array.from(traj.data.subarray(t * n, (t + 1) * n)), bound: bounds.subarray(t * n, (t + 1) * n) };
}

/** Re-raises a failure inside `f` with words in front of it. */
export function inContext(context: Message, f: () => void): void {
  try {
    f();
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    fail({ ...err.detail, message: msg('check.in-context', { context, inner: messageOf(err.detail) }) });
  }
}

function expectObject(fn: string, out: Stepped): void {
  if (out === null || typeof out !== 'object' || !('params' in out) || !('state' in out)) {
    fail({ fn, message: text['not-an-object']({ fn, got: JSON.stringify(out) ?? String(out) }) });
  }
}

/**
 * Checks each step's params as the run goes, against a [steps, n]
 * trajectory within `bounds` (both sides float64: float64Bounds of the
 * oracle), so that a failure names the first step that went wrong.
 */
export function stepsMatch(fn: string, traj: Tensor64, bounds: Float64Array): OnStep {
  return (t, out) => {
    expectObject(fn, out);
    const { want, bound } = row(traj, bounds, t);
    expectClose(out.params, want, { fn, argument: text['params-after-step']({ step: t + 1 }), bound });
  };
}

/** sgdStep over the run against torch.optim.SGD's, step by step, then the momentum buffer it ends with. */
export function expectSgdRun(kata: K, c: SgdRun): void {
  const truth = sgd64(c);
  const { state } = runSgd(kata, c, { onStep: stepsMatch('sgdStep', truth.params, float64Bounds(truth.params)) });
  inContext(text['final-state']({ steps: c.grads.length }), () =>
    expectClose(field(state, 'momentumBuffer'), Array.from(truth.momentumBuffer.data), {
      fn: 'sgdStep',
      argument: 'state.momentumBuffer',
      bound: float64Bounds(truth.momentumBuffer),
    }),
  );
}

/** adamStep or adamwStep over the run against torch.optim's, step by step, then the state it ends with. */
export function expectAdamRun(kata: K, fn: AdamFn, c: AdamRun): void {
  const truth = adam64(c, { decoupled: fn === 'adamwStep' });
  const steps = c.grads.length;
  const { state } = runAdam(kata, fn, c, { onStep: stepsMatch(fn, truth.params, float64Bounds(truth.params)) });
  inContext(text['final-state']({ steps }), () =>
    expectOutputs(
      { m: field(state, 'm'), v: field(state, 'v') },
      { m: Array.from(truth.m.data), v: Array.from(truth.v.data) },
      { fn, bounds: { m: float64Bounds(truth.m), v: float64Bounds(truth.v) } },
    ),
  );
  const step = field(state, 'step');
  const expected = c.state.step + steps;
  if (step !== expected) {
    fail({
      fn,
      message: text['step-count']({ fn, got: String(step), step: steps, from: c.state.step, expected }),
    });
  }
}
