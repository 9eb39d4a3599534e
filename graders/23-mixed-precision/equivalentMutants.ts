import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/23-mixed-precision that no output the kata defines can
// tell apart from the solution.
const wording =
  "the error's wording is the learner's to choose (the stub asks for an Error, any Error): an empty message still throws, and the contract defines no output that reads the text";

export default defineEquivalentMutants([
  { mutator: 'StringLiteral', replacement: '``', line: 'scale must be positive and finite', reason: wording },
  { mutator: 'StringLiteral', replacement: '``', line: 'growthFactor must be > 1', reason: wording },
  { mutator: 'StringLiteral', replacement: '``', line: 'backoffFactor must be in (0, 1)', reason: wording },
  { mutator: 'StringLiteral', replacement: '``', line: 'growthInterval must be an integer ≥ 1', reason: wording },
]);
