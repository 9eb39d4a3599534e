import { FLOAT32_UNIT_ROUNDOFF, roundingBound, TRANSCENDENTAL_OPS } from '../tensor/tolerance';
import { fixedValues } from './conformanceCases';

// How precise a backend really is, measured rather than asked: WebGL's
// floatPrecision() says 16 where it computes in float32, and WGSL lets exp
// be off by 3 + 2|x| ulps. Each case is computed in float32 on the backend
// and exactly in float64, and its worst error is taken as a share of the
// bound graders would allow (referenceTolerance with the case's rounding
// budget, on cpu's unit roundoff): a share ≤ 1 means the backend meets the
// float32 model the graders assume.

type Tf = typeof import('@tensorflow/tfjs-core');

interface PrecisionCase {
  readonly name: string;
  readonly run: (tf: Tf, x: number[]) => Float32Array;
  readonly exact: (x: number[]) => number[];
  readonly range: readonly [number, number];
  readonly size: number;
  /** The rounding budget a grader would count (tolerance.ts). */
  readonly ops: number;
  readonly condition: number;
}

const T = TRANSCENDENTAL_OPS;
const elementwise = (
  name: string,
  op: 'exp' | 'tanh' | 'sigmoid' | 'erf' | 'log',
  exact: (v: number) => number,
  range: readonly [number, number],
  condition: number,
): PrecisionCase => ({
  name,
  range,
  size: 256,
  ops: T,
  condition,
  exact: (x) => x.map(exact),
  run: (tf, x) => tf.tidy(() => tf[op](tf.tensor1d(x)).dataSync() as Float32Array),
});
const erf = (x: number): number => {
  // float64 erf by its Taylor series: exact to 1e-16 for |x| ≤ 3
  let sum = 0,
    term = x;
  for (let n = 0; n < 200; n++) {
    sum += term / (2 * n + 1);
    term *= (-x * x) / (n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
};
const K = 64;

export const precisionCases: readonly PrecisionCase[] = [
  elementwise('exp on [−8, 8]', 'exp', Math.exp, [-8, 8], 8),
  elementwise('tanh on [−6, 6]', 'tanh', Math.tanh, [-6, 6], 1),
  elementwise('sigmoid on [−12, 12]', 'sigmoid', (v) => 1 / (1 + Math.exp(-v)), [-12, 12], 12),
  elementwise('erf on [−3, 3]', 'erf', erf, [-3, 3], 2),
  elementwise('log on [0.01, 10]', 'log', Math.log, [0.01, 10], 1),
  {
    name: `matMul, dot products of length ${K}`,
    range: [0.5, 1],
    size: 4 * K,
    ops: K,
    condition: 1,
    run: (tf, x) =>
      tf.tidy(
        () =>
          tf
            .matMul(tf.tensor2d(x.slice(0, 2 * K), [2, K]), tf.tensor2d(x.slice(2 * K), [K, 2]))
            .dataSync() as Float32Array,
      ),
    exact: (x) =>
      [0, 1].flatMap((i) =>
        [0, 1].map((j) =>
          Array.from({ length: K }, (_, k) => Math.fround(x[i * K + k]) * Math.fround(x[2 * K + k * 2 + j])).reduce(
            (a, b) => a + b,
            0,
          ),
        ),
      ),
  },
];

/** Worst error of each case as a share of the graders' float32 bound on this backend. */
export function measurePrecision(tf: Tf, backend: string): Record<string, number> {
  const previous = tf.getBackend();
  tf.setBackend(backend);
  try {
    return Object.fromEntries(
      precisionCases.map((c) => {
        const x = fixedValues(c.size, 7, c.range);
        const got = c.run(tf, x);
        const exact = c.exact(x.map(Math.fround));
        const scale = exact.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
        const eps = roundingBound(c.ops + c.condition + 1, FLOAT32_UNIT_ROUNDOFF);
        const share = exact.reduce((m, v, i) => Math.max(m, Math.abs(got[i] - v) / (eps * (scale + Math.abs(v)))), 0);
        return [c.name, share];
      }),
    );
  } finally {
    if (previous) tf.setBackend(previous);
  }
}

/**
 * The backend's unit roundoff in multiples of float32's: 1 while every case
 * stays within half its bound, else twice the worst share (a sample of fixed
 * cases shows the typical error, not the worst, hence the factor 2).
 */
export function precisionFactor(shares: Record<string, number>): number {
  return Math.max(1, 2 * Math.max(...Object.values(shares)));
}
