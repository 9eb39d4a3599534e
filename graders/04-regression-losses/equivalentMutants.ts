import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/04-regression-losses that no input can tell apart
// from the solution, each for a reason of exact arithmetic.
export default defineEquivalentMutants([
  {
    mutator: 'EqualityOperator',
    replacement: 'a < delta',
    line: 'if (a <= delta) {',
    reason:
      'at |r| = δ both branches give bit-identical results: (0.5·r)·r and δ·(δ − 0.5δ) are the same product of 0.5δ and δ (δ − 0.5δ = 0.5δ exactly), and r/size = δ·sign(r)/size',
  },
  {
    mutator: 'ArithmeticOperator',
    replacement: 'delta / Math.sign(r)',
    line: 'return (delta * Math.sign(r)) / size;',
    reason:
      'the linear branch has |r| > δ > 0, so sign(r) is exactly ±1, and δ/±1 = δ·±1 = ±δ exactly in floating point',
  },
]);
