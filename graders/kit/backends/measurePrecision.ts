import { erf, exp, log, matmul, reshape, sigmoid, type Tensor64, tanh, tensor64 } from '../tensor';
import { bounds } from '../tensor/bounds';
import { FLOAT32_UNIT_ROUNDOFF } from '../tensor/tolerance';
import { fixedValues } from './conformanceCases';

// How precise a backend really is, measured rather than asked: WebGL's
// floatPrecision() says 16 where it computes in float32, and WGSL lets exp
// be off by 3 + 2|x| ulps. Each case is computed in float32 on the backend
// and by the float64 oracle ops that graders build their tolerances from,
// and its worst error is taken as a share of the bound those ops carry at
// float32's unit roundoff: a share ≤ 1 means the backend meets the model
// the graders assume.

type Tf = typeof import('@tensorflow/tfjs-core');

interface PrecisionCase {
  readonly name: string;
  readonly run: (tf: Tf, x: number[]) => Float32Array;
  readonly oracle: (x: number[]) => Tensor64;
  readonly range: readonly [number, number];
  readonly size: number;
}

const elementwise = (
  name: string,
  op: 'exp' | 'tanh' | 'sigmoid' | 'erf' | 'log',
  oracle: (t: Tensor64) => Tensor64,
  range: readonly [number, number],
): PrecisionCase => ({
  name,
  range,
  size: 256,
  oracle: (x) => oracle(tensor64(x)),
  run: (tf, x) => tf.tidy(() => tf[op](tf.tensor1d(x)).dataSync() as Float32Array),
});
const K = 64;

export const precisionCases: readonly PrecisionCase[] = [
  elementwise('exp on [−8, 8]', 'exp', exp, [-8, 8]),
  elementwise('tanh on [−6, 6]', 'tanh', tanh, [-6, 6]),
  // Near 0, where a kernel built from exp keeps its absolute accuracy but not its relative one.
  elementwise('tanh on [−0.05, 0.05]', 'tanh', tanh, [-0.05, 0.05]),
  elementwise('erf on [−0.05, 0.05]', 'erf', erf, [-0.05, 0.05]),
  elementwise('sigmoid on [−12, 12]', 'sigmoid', sigmoid, [-12, 12]),
  elementwise('erf on [−3, 3]', 'erf', erf, [-3, 3]),
  elementwise('log on [0.01, 10]', 'log', log, [0.01, 10]),
  {
    name: `matMul, dot products of length ${K}`,
    range: [0.5, 1],
    size: 4 * K,
    run: (tf, x) =>
      tf.tidy(
        () =>
          tf
            .matMul(tf.tensor2d(x.slice(0, 2 * K), [2, K]), tf.tensor2d(x.slice(2 * K), [K, 2]))
            .dataSync() as Float32Array,
      ),
    oracle: (x) =>
      reshape(matmul(reshape(tensor64(x.slice(0, 2 * K)), [2, K]), reshape(tensor64(x.slice(2 * K)), [K, 2])), [4]),
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
        const truth = c.oracle(x);
        const bound = bounds(truth, FLOAT32_UNIT_ROUNDOFF);
        let share = 0;
        for (let i = 0; i < got.length; i++) share = Math.max(share, Math.abs(got[i] - truth.data[i]) / bound[i]);
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
  let worst = 0;
  for (const v of Object.values(shares)) worst = Math.max(worst, v);
  return Math.max(1, 2 * worst);
}
