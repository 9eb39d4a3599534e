import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/14-multi-head-attention that no output the kata
// defines tells apart from the solution.
export default defineEquivalentMutants([
  {
    mutator: 'StringLiteral',
    replacement: '``',
    line: 'is not divisible by heads',
    reason:
      "the error's wording is the learner's to choose (the README says any Error counts): an empty message still throws, and the contract defines no output that reads the text",
  },
  {
    mutator: 'EqualityOperator',
    replacement: 'x >= m',
    line: 'const max = s.reduce((m, x) => (x > m ? x : m), -Infinity);',
    reason: 'on a tie x equals m, so keeping x or m gives the same maximum',
  },
  {
    mutator: 'ArithmeticOperator',
    replacement: 'x + max',
    line: 'const e = s.map((x) => Math.exp(x - max));',
    reason:
      'the softmax is invariant to adding any constant to a row, so exp(x + max)/Σ equals exp(x − max)/Σ until exp overflows at scores above ≈ 354; stability for scores of ±1e3 is kata 13’s property, and this kata’s inputs keep scores of order 1 (the hidden −1e9 still gives exp(−1e9 + max) = 0)',
  },
]);
