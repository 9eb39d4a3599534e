import { seededRng } from '../../../katas/lib/rng';
import { closeness } from './expectClose';
import { flatten, indexOf, type Nested, shapeOf, unflatten } from './nested';
import { FD_STEP, referenceTolerance, type ToleranceConstraints } from './tolerance';

export interface ReferenceCheck extends ToleranceConstraints {
  readonly name: string;
  /** Fixed inputs: small, hand-picked to cover the kata's edge cases. */
  readonly cases: readonly (readonly Nested[])[];
  /** The reference function exactly as the grader calls it. */
  readonly value: (...inputs: Nested[]) => Nested;
  /** The reference's gradients for upstream dy, one per input, as the grader calls them. */
  readonly vjp?: (inputs: readonly Nested[], dy: Nested) => readonly Nested[];
  /** Which inputs are differentiable (default all): labels and masks are not. */
  readonly differentiable?: readonly number[];
  /** An independent float64 implementation, written plainly for this test. */
  readonly float64: (...inputs: Nested[]) => Nested;
  /** Magnitude for the absolute part of the bound, as the grader passes it. */
  readonly scale?: (...inputs: Nested[]) => number;
  /**
   * The same for gradient `i` (default its ‖·‖∞), for an upstream gradient
   * of magnitude 1 (it is scaled by ‖dy‖∞ here): where a gradient is a
   * difference of larger terms (p − onehot), the magnitude of those terms.
   */
  readonly gradientScale?: (i: number, ...inputs: Nested[]) => number;
}

/** The worst error over the bound seen, per part: < 1 means the reference is trustworthy here. */
export interface ReferenceMargin {
  readonly value: number;
  readonly gradients: number;
}

/**
 * Proves a tfjs reference before any learner is graded against it: on fixed
 * cases its value must match a float64 computation, and its gradients
 * float64 central differences of that computation, within the same bound
 * the grader uses. A reference that silently computes a wrong gradient
 * (tfjs-reference-traps.md) fails here instead of failing a right answer.
 */
export function checkReference(c: ReferenceCheck): ReferenceMargin {
  const eps = referenceTolerance(c);
  let worstValue = 0;
  let worstGrad = 0;
  c.cases.forEach((inputs, caseNo) => {
    const expected = c.float64(...inputs);
    const got = c.value(...inputs);
    const where = `${c.name}, case ${caseNo}`;
    assertShape(got, expected, `${where}: value`);
    const m = closeness(flatten(got), flatten(expected), eps, c.scale?.(...inputs));
    if (m.ratio > 1)
      throw new Error(
        `${where}: value at ${indexOf(m.worst, shapeOf(expected))} is ${m.got}, float64 gives ${m.expected} (${m.ratio.toFixed(1)}× the bound)`,
      );
    worstValue = Math.max(worstValue, m.ratio);
    if (!c.vjp) return;
    const rng = seededRng(caseNo + 1);
    const dy = unflatten(
      flatten(expected).map(() => 2 * rng() - 1),
      shapeOf(expected),
    );
    const grads = c.vjp(inputs, dy);
    for (const i of c.differentiable ?? inputs.map((_, j) => j)) {
      const numeric = centralDifferences(c.float64, inputs, i, dy);
      assertShape(grads[i], numeric, `${where}: gradient of input ${i}`);
      const dyNorm = Math.max(...flatten(dy).map(Math.abs));
      const g = closeness(
        flatten(grads[i]),
        flatten(numeric),
        eps,
        c.gradientScale && c.gradientScale(i, ...inputs) * dyNorm,
      );
      if (g.ratio > 1) {
        throw new Error(
          `${where}: gradient of input ${i} at ${indexOf(g.worst, shapeOf(numeric))} is ${g.got}, float64 central differences give ${g.expected} (${g.ratio.toFixed(1)}× the bound)`,
        );
      }
      worstGrad = Math.max(worstGrad, g.ratio);
    }
  });
  return { value: worstValue, gradients: worstGrad };
}

function centralDifferences(f: (...x: Nested[]) => Nested, inputs: readonly Nested[], i: number, dy: Nested): Nested {
  const x0 = flatten(inputs[i]);
  const shape = shapeOf(inputs[i]);
  const w = flatten(dy);
  const loss = (flat: number[]): number => {
    const xs = inputs.map((x, j) => (j === i ? unflatten(flat, shape) : x));
    return flatten(f(...xs)).reduce((s, v, k) => s + v * w[k], 0);
  };
  const h = FD_STEP * Math.max(1, ...x0.map(Math.abs));
  return unflatten(
    x0.map((_, k) => {
      const plus = x0.slice();
      const minus = x0.slice();
      plus[k] += h;
      minus[k] -= h;
      return (loss(plus) - loss(minus)) / (2 * h);
    }),
    shape,
  );
}

function assertShape(got: Nested, expected: Nested, where: string): void {
  const a = shapeOf(got).join(',');
  const b = shapeOf(expected).join(',');
  if (a !== b) throw new Error(`${where} has shape [${a}], float64 gives [${b}]`);
}
