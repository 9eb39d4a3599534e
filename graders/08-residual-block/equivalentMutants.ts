import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/08-residual-block that no output the kata defines can
// tell apart from the solution.
export default defineEquivalentMutants([
  {
    mutator: 'EqualityOperator',
    replacement: 'v >= 0',
    line: 'const h = z.map((row) => row.map((v) => (v > 0 ? v : 0)));',
    reason:
      'the ReLU forward at z = 0: v >= 0 keeps v, which is 0 (or −0, which adds as 0), the same value as the 0 of v > 0; the backward reads z, not h, for its mask',
  },
]);
