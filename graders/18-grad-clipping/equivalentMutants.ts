import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/18-grad-clipping that no output the kata defines can
// tell apart from the solution.
const wording =
  "the error's wording is the learner's to choose (the stub asks for an Error, any Error): an empty message still throws, and the contract defines no output that reads the text";

export default defineEquivalentMutants([
  { mutator: 'StringLiteral', replacement: '``', line: 'maxNorm must be ≥ 0', reason: wording },
  { mutator: 'StringLiteral', replacement: '``', line: 'clipValue must be ≥ 0', reason: wording },
]);
