import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/22-data-parallel that no output the kata defines can
// tell apart from the solution.
export default defineEquivalentMutants([
  {
    mutator: 'StringLiteral',
    replacement: '``',
    line: 'workers must be a positive integer',
    reason:
      "the error's wording is the learner's to choose (the stub asks for an Error, any Error): an empty message still throws, and the contract defines no output that reads the text",
  },
]);
