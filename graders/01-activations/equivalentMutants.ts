import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/01-activations that no input can tell apart from the
// solution: each moves the boundary of a branch onto a point where both
// branches give the same number.
export default defineEquivalentMutants([
  {
    mutator: 'EqualityOperator',
    replacement: 'v > 0',
    line: 'return v >= 0 ? 1 / (1 + e) : e / (1 + e);',
    reason: 'at v = 0 both branches give 1/(1 + 1) = e/(1 + e) = 0.5 exactly',
  },
  {
    mutator: 'EqualityOperator',
    replacement: 'v <= 0',
    line: 'return v < 0 ? -t : t;',
    reason: 'at v = 0, t = 0 and −t = −0, which equals 0 as a number',
  },
  {
    mutator: 'EqualityOperator',
    replacement: 'v >= 0',
    line: 'return x.map((v) => (v > 0 ? v : 0));',
    reason: 'relu at v = 0: v and 0 are the same value',
  },
  {
    mutator: 'EqualityOperator',
    replacement: 'v >= 0',
    line: 'return x.map((v) => (v > 0 ? v : alpha * v));',
    reason: 'leakyRelu at v = 0: v and α·v are both 0',
  },
  {
    mutator: 'EqualityOperator',
    replacement: 'v >= 0',
    line: 'return x.map((v) => (v > 0 ? v : alpha * Math.expm1(v)));',
    reason: 'elu at v = 0: v and α·expm1(0) are both 0',
  },
]);
