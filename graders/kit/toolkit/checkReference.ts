import type { ReferenceBackend } from '../backends/referenceBackend';
import {
  closeness,
  FD_STEP,
  FD_TOLERANCE,
  flatten,
  indexOf,
  type Nested,
  normInf,
  shapeOf,
  type Tensor64,
  unflatten,
} from '../tensor';

/** Which oracle output is the gradient of which input, through which forward output and upstream gradient. */
export interface GradientOf<C> {
  /** The case field differentiated: `A`. */
  readonly input: keyof C & string;
  /** The oracle output it is the gradient of: `C`. */
  readonly output: string;
  /** The case field holding ∂L/∂output; absent for a scalar loss (upstream 1). */
  readonly upstream?: keyof C & string;
}

export interface ReferenceCheck<C extends object> {
  readonly name: string;
  /** Fixed cases: small, hand-picked to cover the kata's edge cases (the traps a tfjs op falls into). */
  readonly cases: readonly C[];
  /** The tfjs reference exactly as the grader calls it: named outputs. */
  readonly reference: (reference: ReferenceBackend, c: C) => Readonly<Record<string, Nested>>;
  /** The kata's float64 oracle: the same outputs, tracked (their bounds are the grader's tolerance). */
  readonly oracle: (c: C) => Readonly<Record<string, Tensor64>>;
  /** Gradient outputs of the oracle, each proven by central differences of its own forward. */
  readonly gradients?: Readonly<Record<string, GradientOf<C>>>;
}

/** The worst error over its bound seen: < 1 means trustworthy here. */
export interface ReferenceMargin {
  /** tfjs against the oracle, within the oracle's float32 bounds. */
  readonly reference: number;
  /** The oracle's gradients against central differences of its forward, within FD_TOLERANCE. */
  readonly oracleGradients: number;
}

/**
 * Proves a tfjs reference before any learner is graded against it, and the
 * oracle that bounds it: on fixed cases every reference output must match
 * the float64 oracle within the oracle's float32 bound (the grader's own
 * tolerance), and each oracle gradient must match central differences of
 * the oracle's forward. A reference that silently computes a wrong gradient
 * fails here instead of failing a right answer.
 */
export function checkReference<C extends object>(reference: ReferenceBackend, c: ReferenceCheck<C>): ReferenceMargin {
  let worstRef = 0;
  let worstFd = 0;
  c.cases.forEach((kase, caseNo) => {
    const where = `${c.name}, case ${caseNo}`;
    const oracle = c.oracle(kase);
    const got = c.reference(reference, kase);
    for (const [name, value] of Object.entries(got)) {
      const t = oracle[name];
      if (!t) throw new Error(`${where}: the oracle has no output "${name}"`);
      const shape = shapeOf(value);
      if (shape.join() !== t.shape.join()) {
        throw new Error(`${where}: ${name} has shape [${shape.join(', ')}], the oracle [${t.shape.join(', ')}]`);
      }
      const m = closeness(flatten(value), t.data, reference.bounds(t));
      if (m.ratio > 1) {
        throw new Error(
          `${where}: ${name} at [${indexOf(m.worst, shape).join(', ')}] is ${m.got}, float64 gives ${m.expected} (${m.ratio.toFixed(1)}× the bound)`,
        );
      }
      worstRef = Math.max(worstRef, m.ratio);
    }
    for (const [name, g] of Object.entries(c.gradients ?? {})) {
      const numeric = centralDifferences(c.oracle, kase, g);
      const analytic = oracle[name];
      if (!analytic) throw new Error(`${where}: the oracle has no gradient "${name}"`);
      const scale = Math.max(normInf(numeric), normInf(analytic.data));
      const m = closeness(analytic.data, numeric, new Float64Array(numeric.length).fill(FD_TOLERANCE * scale));
      if (m.ratio > 1) {
        throw new Error(
          `${where}: the oracle's ${name} at ${m.worst} is ${m.got}, central differences of its ${g.output} give ${m.expected}`,
        );
      }
      worstFd = Math.max(worstFd, m.ratio);
    }
  });
  return { reference: worstRef, oracleGradients: worstFd };
}

function centralDifferences<C extends object>(
  oracle: (c: C) => Readonly<Record<string, Tensor64>>,
  kase: C,
  g: GradientOf<C>,
): Float64Array {
  const fields = kase as Readonly<Record<string, Nested | undefined>>;
  const x = fields[g.input];
  if (x === undefined) throw new Error(`checkReference: the case has no input "${g.input}"`);
  const shape = shapeOf(x);
  const x0 = flatten(x);
  const up = g.upstream === undefined ? undefined : flatten(fields[g.upstream] as Nested);
  const loss = (flat: number[]): number => {
    const out = oracle({ ...kase, [g.input]: unflatten(flat, shape) })[g.output].data;
    let s = 0;
    for (let i = 0; i < out.length; i++) s += out[i] * (up ? up[i] : 1);
    return s;
  };
  const h = FD_STEP * Math.max(1, normInf(x0));
  return Float64Array.from(x0, (_, k) => {
    const plus = x0.slice();
    const minus = x0.slice();
    plus[k] += h;
    minus[k] -= h;
    return (loss(plus) - loss(minus)) / (2 * h);
  });
}
