import { seededRng } from '../../../katas/lib/rng';
import { type Message, msg } from '../results/message';
import {
  dot,
  FD_STEP,
  FD_TOLERANCE,
  finiteDifferenceNoise,
  flatten,
  indexOf,
  type Nested,
  norm2,
  normInf,
  shapeOf,
  unflatten,
} from '../tensor';
import { fmtPair } from '../tensor/fmt';
import { failureTensors } from './failureTensors';
import { fail } from './gradingFailure';
import { validateTensor } from './validateTensor';

export interface GradientCheckConstraints {
  /** The learner's backward function, named in the message. */
  readonly fn: string;
  /** The inputs differentiated, by name: `{ A, B }`. */
  readonly inputs: Readonly<Record<string, Nested>>;
  /** The learner's own float64 forward, as a function of those inputs. */
  readonly forward: (inputs: Readonly<Record<string, Nested>>) => Nested;
  /** The upstream gradient: the check differentiates L(x) = ⟨dout, forward(x)⟩. */
  readonly dout: Nested;
  /** The learner's claimed ∂L/∂input, keyed like `inputs` (the message calls it d<name>). */
  readonly gradients: Readonly<Record<string, unknown>>;
  /**
   * `directional` costs 2·directions forward passes per input whatever its
   * size; `elementwise` costs 2 per element and names the worst one; `auto`
   * (default) runs directional and, when it fails on an input of at most
   * ELEMENTWISE_LIMIT elements, elementwise to pinpoint the element.
   */
  readonly mode?: 'directional' | 'elementwise' | 'auto';
  readonly directions?: number;
  /** The forward, for the message: `msg('check.your-fn', { fn: 'matmul' })` (default: "your own forward"). */
  readonly forwardName?: Message;
  /**
   * Magnitude of the terms the loss ⟨dout, forward(x)⟩ is computed from, for
   * the rounding-noise floor (tolerance.ts). Default Σ|doutᵢ·forwardᵢ(x)|; a
   * forward that cancels internally (log-sum-exp minus a logit) passes the
   * magnitude of what cancels.
   */
  readonly forwardScale?: number;
}

export const ELEMENTWISE_LIMIT = 64;

/** One gradient check's cost: how many inputs, their elements in all, the forward passes it ran. */
export interface GradientCheckRecord {
  readonly inputs: number;
  readonly elements: number;
  readonly forwardPasses: number;
}

/** Forward passes spent by gradient checks in this process, and each check's cost once the benchmark sets `checks` to []. */
export const gradientCheckCost: { forwardPasses: number; checks?: GradientCheckRecord[] } = { forwardPasses: 0 };

/**
 * Checks a learner's gradients against central differences of the learner's
 * own forward, in float64: the self-consistency check that needs no
 * reference. Directional mode compares ⟨u, g⟩ with
 * (L(x + h·u) − L(x − h·u)) / 2h for random directions u, so its cost does
 * not grow with the tensor.
 */
export function checkGradient(c: GradientCheckConstraints): void {
  const before = gradientCheckCost.forwardPasses;
  try {
    checkGradientOnce(c);
  } finally {
    const names = Object.keys(c.inputs);
    const elements = names.reduce((n, k) => n + flatten(c.inputs[k]).length, 0);
    const forwardPasses = gradientCheckCost.forwardPasses - before;
    gradientCheckCost.checks?.push({ inputs: names.length, elements, forwardPasses });
  }
}

function checkGradientOnce(c: GradientCheckConstraints): void {
  const mode = c.mode ?? 'auto';
  let scale = c.forwardScale;
  if (scale === undefined) {
    gradientCheckCost.forwardPasses++;
    scale = termMagnitude(c.forward(c.inputs), c.dout);
  }
  for (const name of Object.keys(c.inputs)) {
    const x = c.inputs[name];
    const shape = shapeOf(x);
    const grad = flatten(validateTensor(c.gradients[name], shape, { fn: c.fn, argument: `d${name}` }));
    const loss = (flat: number[]): number => {
      gradientCheckCost.forwardPasses++;
      const out = c.forward({ ...c.inputs, [name]: unflatten(flat, shape) });
      return dot(flatten(out), flatten(c.dout));
    };
    const x0 = flatten(x);
    const h = FD_STEP * Math.max(1, normInf(x0));
    const noise = finiteDifferenceNoise(scale, h);
    if (mode === 'elementwise') {
      elementwise(c, name, shape, x0, grad, loss, h, noise);
      continue;
    }
    const ok = directional(c, name, x0, grad, loss, h, noise);
    if (ok !== true) {
      if (mode === 'auto' && x0.length <= ELEMENTWISE_LIMIT) elementwise(c, name, shape, x0, grad, loss, h, noise);
      fail(ok);
    }
  }
}

type Failure = Parameters<typeof fail>[0];

function directional(
  c: GradientCheckConstraints,
  name: string,
  x0: number[],
  grad: number[],
  loss: (x: number[]) => number,
  h: number,
  noise: number,
): true | Failure {
  const rng = seededRng(hashNumbers(x0));
  const gNorm = norm2(grad);
  for (let d = 0; d < (c.directions ?? 2); d++) {
    const u = x0.map(() => 2 * rng() - 1);
    const numeric = (loss(axpy(h, u, x0)) - loss(axpy(-h, u, x0))) / (2 * h);
    const analytic = dot(u, grad);
    const scale = norm2(u) * gNorm + Math.abs(numeric) + Math.abs(analytic);
    const allowed = FD_TOLERANCE * scale + noise;
    if (Math.abs(numeric - analytic) > allowed) {
      const [a, n] = fmtPair(analytic, numeric);
      return {
        kind: 'gradient',
        fn: c.fn,
        argument: `d${name}`,
        got: analytic,
        expected: numeric,
        relError: Math.abs(numeric - analytic) / Math.max(Math.abs(numeric), Number.MIN_VALUE),
        allowed,
        message: msg('check.gradient-direction', {
          name,
          fn: c.fn,
          forward: c.forwardName ?? msg('check.your-forward'),
          analytic: a,
          numeric: n,
        }),
      };
    }
  }
  return true;
}

function elementwise(
  c: GradientCheckConstraints,
  name: string,
  shape: number[],
  x0: number[],
  grad: number[],
  loss: (x: number[]) => number,
  h: number,
  noise: number,
): void {
  const numeric = x0.map((_, i) => {
    const e = x0.map((_, j) => (j === i ? 1 : 0));
    return (loss(axpy(h, e, x0)) - loss(axpy(-h, e, x0))) / (2 * h);
  });
  const scale = Math.max(normInf(numeric), normInf(grad));
  let worst = -1;
  let worstErr = 0;
  numeric.forEach((n, i) => {
    const err = Math.abs(n - grad[i]);
    if (err > FD_TOLERANCE * (scale + Math.abs(n)) + noise && err > worstErr) {
      worst = i;
      worstErr = err;
    }
  });
  if (worst < 0) return;
  const index = indexOf(worst, shape);
  const at = `d${name}${index.map((i) => `[${i}]`).join('')}`;
  const [g, n] = fmtPair(grad[worst], numeric[worst]);
  fail({
    kind: 'gradient',
    fn: c.fn,
    argument: `d${name}`,
    index,
    got: grad[worst],
    expected: numeric[worst],
    relError: worstErr / Math.max(Math.abs(numeric[worst]), Number.MIN_VALUE),
    allowed: FD_TOLERANCE * (scale + Math.abs(numeric[worst])) + noise,
    message: msg('check.gradient-element', {
      at,
      fn: c.fn,
      got: g,
      forward: c.forwardName ?? msg('check.your-forward'),
      numeric: n,
    }),
    // "expected" is the finite-difference gradient of the learner's own forward.
    tensors: failureTensors(unflatten(grad, shape), unflatten(numeric, shape)),
  });
}

function termMagnitude(out: Nested, dout: Nested): number {
  const w = flatten(dout);
  return flatten(out).reduce((s, v, i) => s + Math.abs(v * w[i]), 0);
}

function axpy(alpha: number, x: readonly number[], y: readonly number[]): number[] {
  return y.map((v, i) => v + alpha * x[i]);
}

/** Directions depend only on the input, so a replayed or shrunk case checks the same directions. */
function hashNumbers(xs: readonly number[]): number {
  let h = 0x811c9dc5;
  const view = new DataView(new ArrayBuffer(8));
  for (const x of xs) {
    view.setFloat64(0, x);
    h = Math.imul(h ^ view.getUint32(0), 0x01000193);
    h = Math.imul(h ^ view.getUint32(4), 0x01000193);
  }
  return h >>> 0;
}
