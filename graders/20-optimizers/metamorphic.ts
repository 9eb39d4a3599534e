import { float64Bounds, sub } from '../kit/tensor';
import { expectClose, fail, GradingFailure, type Message, messageOf, validateTensor } from '../kit/toolkit';
import type { AdamRun, K, SgdRun } from './cases';
import { row } from './expectRun';
import { type AdamFn, runAdam, runSgd } from './learner';
import text from './messages';
import { adam64, firstAdamStep64, sgd64 } from './oracle';

/** A failure inside `f` re-raised with the identity that was checked around it. */
function explain(f: () => void, why: (inner: Message) => Message): void {
  try {
    f();
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    fail({ ...err.detail, message: why(messageOf(err.detail)) });
  }
}

const decay = (lrs: readonly number[], lambda: number) => (p: unknown, t: number) =>
  Array.isArray(p) ? p.map((x: number) => x * (1 - lrs[t] * lambda)) : p;

/** Elementwise a + b of two bound arrays, halved: |x − y| ≤ b_x + b_y when each float64Bounds is twice its own. */
const sharedBound = (a: Float64Array, b: Float64Array): Float64Array => a.map((x, i) => (x + b[i]) / 2);

function expectSameRuns(
  fn: string,
  got: readonly unknown[],
  want: readonly unknown[],
  n: number,
  bound: Float64Array,
  why: (inner: Message) => Message,
): void {
  got.forEach((g, t) => {
    const argument = text['params-after-step']({ step: t + 1 });
    const w = validateTensor(want[t], [n], { fn, argument }) as number[];
    explain(() => expectClose(g, w, { fn, argument, bound: bound.subarray(t * n, (t + 1) * n) }), why);
  });
}

/**
 * Plain SGD (momentum 0): L2 decay, p − lr·(g + λp), is decoupled decay,
 * p·(1 − lr·λ) − lr·g — the grader decays p itself and calls your sgdStep
 * with weightDecay 0. Each side within its own formula's float64 bound.
 */
export function expectSgdDecayDecoupled(kata: K, c: SgdRun): void {
  const l2 = runSgd(kata, c).params;
  const decoupled = runSgd(kata, { ...c, weightDecay: 0 }, { before: decay(c.lrs, c.weightDecay) }).params;
  const bound = sharedBound(float64Bounds(sgd64(c).params), float64Bounds(sgd64(c, { decoupled: true }).params));
  expectSameRuns('sgdStep', l2, decoupled, c.params.length, bound, (inner) =>
    text['decoupled-sgd']({ lambda: c.weightDecay, inner }),
  );
}

/** AdamW(λ) is p·(1 − lr·λ) then Adam with weightDecay 0: both sides are the oracle's AdamW formula. */
export function expectAdamwIsDecayThenAdam(kata: K, c: AdamRun): void {
  const adamw = runAdam(kata, 'adamwStep', c).params;
  const then = runAdam(kata, 'adamStep', { ...c, weightDecay: 0 }, { before: decay(c.lrs, c.weightDecay) }).params;
  const bound = float64Bounds(adam64(c, { decoupled: true }).params);
  expectSameRuns('adamwStep', adamw, then, c.params.length, bound, (inner) =>
    text['adamw-decay-then-adam']({ lambda: c.weightDecay, inner }),
  );
}

/**
 * Adam with every gradient times c = 2ᵏ is Adam with ε/c: m scales by c, v
 * by c², √v̂ by c, so p − lr·c·m̂/(c·√v̂ + ε) = p − lr·m̂/(√v̂ + ε/c). A power
 * of two scales without rounding; each side within its own float64 bound.
 */
export function expectScaleInvariance(kata: K, c: AdamRun, scale: number): void {
  const scaled = { ...c, grads: c.grads.map((g) => g.map((x) => x * scale)) };
  const epsScaled = { ...c, eps: c.eps / scale };
  const a = runAdam(kata, 'adamStep', scaled).params;
  const b = runAdam(kata, 'adamStep', epsScaled).params;
  const bound = sharedBound(float64Bounds(adam64(scaled).params), float64Bounds(adam64(epsScaled).params));
  expectSameRuns('adamStep', a, b, c.params.length, bound, (inner) => text['scaled-gradients']({ c: scale, inner }));
}

/** The first step from a fresh state, against its closed form p − lr·g/(|g| + ε). */
export function expectFirstStep(kata: K, c: AdamRun): void {
  const closed = firstAdamStep64(c);
  const got = runAdam(kata, 'adamStep', c).params[0];
  const bound = sharedBound(float64Bounds(adam64(c).params), float64Bounds(closed));
  explain(
    () =>
      expectClose(got, Array.from(closed.data), {
        fn: 'adamStep',
        argument: text['params-after-step']({ step: 1 }),
        bound,
      }),
    (inner) => text['first-step']({ inner }),
  );
}

/** Adam's L2 and AdamW's decay part by what the oracle says they part by, step by step. */
export function expectAdamMinusAdamw(kata: K, c: AdamRun): void {
  const n = c.params.length;
  const check = (fn: AdamFn, p: unknown, t: number) =>
    validateTensor(p, [n], { fn, argument: text['params-after-step']({ step: t + 1 }) }) as number[];
  const adam = runAdam(kata, 'adamStep', c).params.map((p, t) => check('adamStep', p, t));
  const adamw = runAdam(kata, 'adamwStep', c).params.map((p, t) => check('adamwStep', p, t));
  const diff = sub(adam64(c).params, adam64(c, { decoupled: true }).params);
  const bounds = float64Bounds(diff);
  adam.forEach((p, t) => {
    const { want, bound } = row(diff, bounds, t);
    explain(
      () =>
        expectClose(
          p.map((x, i) => x - adamw[t][i]),
          want,
          { fn: 'adamStep', argument: text['params-after-step']({ step: t + 1 }), bound },
        ),
      (inner) => text['adam-minus-adamw']({ lambda: c.weightDecay, inner }),
    );
  });
}
