import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/17-channel-shuffle that no output the kata defines can
// tell apart from the solution.
export default defineEquivalentMutants([
  {
    mutator: 'StringLiteral',
    replacement: '``',
    line: 'channels do not split into',
    reason:
      "the error's wording is the learner's to choose (the README says any Error counts): an empty message still throws when g does not divide C, and the contract defines no output that reads the text",
  },
]);
