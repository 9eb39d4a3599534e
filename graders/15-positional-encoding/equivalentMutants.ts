import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/15-positional-encoding that no output the kata
// defines can tell apart from the solution.
export default defineEquivalentMutants([
  {
    mutator: 'StringLiteral',
    replacement: '``',
    line: 'd must be even (pairs of sin and cos)',
    reason:
      "the error's wording is the learner's to choose (the README says any error counts): an empty message still throws for an odd d, and the contract defines no output that reads the text",
  },
  {
    mutator: 'ArrayDeclaration',
    replacement: 'new Array()',
    line: 'const out = new Array<number>(d);',
    reason:
      'a JavaScript array grows on assignment, and the pair loop assigns out[2i] and out[2i + 1] for every i < d/2, so every index 0 … d − 1: both give the same dense array of length d',
  },
]);
