import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/10-conv2d that no output the kata defines can tell
// apart from the solution.
export default defineEquivalentMutants([
  {
    mutator: 'StringLiteral',
    replacement: '``',
    line: 'input gives an empty',
    reason:
      "the error's wording is the learner's to choose (the README says any Error counts): an empty message still throws on an empty output, and the contract defines no output that reads the text",
  },
]);
