import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/25-pruning that no output the kata defines can tell
// apart from the solution.
const wording =
  "the error's wording is the learner's to choose (the stub asks for an Error, any Error): an empty message still throws, and the contract defines no output that reads the text";

export default defineEquivalentMutants([
  { mutator: 'StringLiteral', replacement: '``', line: 'the fraction to prune must lie in [0, 1]', reason: wording },
]);
