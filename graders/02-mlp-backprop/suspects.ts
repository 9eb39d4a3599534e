import type { Nested, Suspect } from '../kit/toolkit';
import type { Case, GradientName, M } from './cases';
import type { Forward64 } from './float64';

// ---- what the mistakes look like ---------------------------------------

export const SUMMED_LOSS =
  "the loss should be a mean over the batch (PyTorch's reduction='mean'): this looks like the sum over the N examples";
export const NO_MEAN =
  'the cross-entropy gradient is not divided by the batch size N: the loss is a mean, so ∂loss/∂z = (softmax(z) − onehot(y)) / N';
export const FIRST_ROW_BIAS =
  'the bias gradient is not summed over the batch: every example uses the bias, so db = Σₙ δ[n], not the first row δ[0]';
const SIGMA_PLUS = 'the sigmoid derivative is σ′ = σ(1 − σ); this looks like σ(1 + σ)';
const SKIP_SIGMOID = 'the backward skips the sigmoid: δ1 = (δ2·W2) ⊙ σ′(a1) with σ′ = h(1 − h), not just δ2·W2';
const DW1_TRANSPOSED =
  'dW1 is transposed: dW1 = δ1ᵀ·x has the shape of W1, [H, D] (PyTorch layout [out, in]); xᵀ·δ1 is its transpose';
const DW2_TRANSPOSED =
  'dW2 is transposed: dW2 = δ2ᵀ·h has the shape of W2, [C, H] (PyTorch layout [out, in]); hᵀ·δ2 is its transpose';
export const WEIGHT_SHAPE =
  'a weight gradient has the shape of its weight: dW1 = δ1ᵀ·x is [H, D] like W1, dW2 = δ2ᵀ·h is [C, H] like W2 (xᵀ·δ1 is the transpose)';
export const UNSTABLE =
  'softmax without max-subtraction: exp(1000) overflows to ∞ (and ∞/∞ is NaN), or log of a probability that underflowed to 0 is −∞; ' +
  'compute log Σ exp(z) = m + log Σ exp(z − m) with m the row max, and log p = z − log Σ exp(z)';

/** The mistakes the suspects reproduce, each alone on top of the right backward. */
type Mistake = 'right' | 'no-mean' | 'first-row-bias' | 'sigma-plus' | 'skip-sigmoid';

function backward64(
  { x, y, W2 }: Case,
  { h, p }: Forward64,
  mistake: Mistake = 'right',
): Record<GradientName, M | number[]> {
  const N = x.length;
  const scale = mistake === 'no-mean' ? 1 : 1 / N;
  const d2 = p.map((r, n) => r.map((v, c) => (v - (c === y[n] ? 1 : 0)) * scale));
  const sigmaPrime = (s: number): number =>
    mistake === 'sigma-plus' ? s * (1 + s) : mistake === 'skip-sigmoid' ? 1 : s * (1 - s);
  const d1 = d2.map((r, n) => h[n].map((s, j) => sigmaPrime(s) * r.reduce((t, v, c) => t + v * W2[c][j], 0)));
  const weight = (d: M, input: M): M =>
    d[0].map((_, i) => input[0].map((_, k) => d.reduce((s, r, n) => s + r[i] * input[n][k], 0)));
  const bias = (d: M): number[] =>
    mistake === 'first-row-bias' ? d[0].slice() : d[0].map((_, i) => d.reduce((s, r) => s + r[i], 0));
  return { dW1: weight(d1, x), db1: bias(d1), dW2: weight(d2, h), db2: bias(d2) };
}

const transposed = (A: Nested): Nested => (A as M)[0].map((_, j) => (A as M).map((r) => r[j]));

/** Float64 values of the mistakes that could produce gradient `name`, given the right one `want`. */
export function suspectsFor(name: GradientName, c: Case, f: Forward64, want: Nested): Suspect[] {
  const mistaken =
    (m: Mistake): Suspect['value'] =>
    () =>
      backward64(c, f, m)[name];
  const list: Suspect[] = [{ misconception: NO_MEAN, value: mistaken('no-mean') }];
  if (name === 'db1' || name === 'db2') list.push({ misconception: FIRST_ROW_BIAS, value: mistaken('first-row-bias') });
  if (name === 'dW1' || name === 'db1') {
    list.push(
      { misconception: SIGMA_PLUS, value: mistaken('sigma-plus') },
      { misconception: SKIP_SIGMOID, value: mistaken('skip-sigmoid') },
    );
  }
  if (name === 'dW1') list.push({ misconception: DW1_TRANSPOSED, value: () => transposed(want) });
  if (name === 'dW2') list.push({ misconception: DW2_TRANSPOSED, value: () => transposed(want) });
  return list;
}
