import { exp, fromParts, log, mul, type Tensor64 } from '../kit/tensor';

/**
 * γ^k for a scalar γ > 0 and exponents k, element by element. The value is
 * Math.pow's; the bound is that of exp(k·log γ) by kit/tensor's rules: the
 * exponent's error k·(5|log γ| + 1) units grows with k as a product of k
 * factors does, so one bound covers γ ** k, a loop of k multiplications and
 * Math.exp(k·Math.log(γ)) — every way a learner writes the power.
 */
export function pow64(gamma: Tensor64, k: Tensor64): Tensor64 {
  const chain = exp(mul(k, log(gamma)));
  const g = gamma.data[0];
  return fromParts(
    k.shape,
    k.data.map((e) => g ** e),
    chain.err,
    chain.depth,
  );
}
