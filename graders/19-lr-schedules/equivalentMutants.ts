import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/19-lr-schedules that no output the kata defines can
// tell apart from the solution.
const wording =
  "the error's wording is the learner's to choose (the stub and the README ask for an Error, any Error): an empty message still throws, and the contract defines no output that reads the text";

export default defineEquivalentMutants([
  { mutator: 'StringLiteral', replacement: '``', line: 'the step t must be an integer ≥ 0', reason: wording },
  { mutator: 'StringLiteral', replacement: '``', line: 'stepSize must be ≥ 1', reason: wording },
  { mutator: 'StringLiteral', replacement: '``', line: 'totalSteps must be ≥ 1', reason: wording },
  { mutator: 'StringLiteral', replacement: '``', line: 'must exceed warmupSteps', reason: wording },
  {
    mutator: 'EqualityOperator',
    replacement: 't <= warmupSteps',
    line: 'if (t < warmupSteps) return linearWarmup(t, { baseLr, warmupSteps });',
    reason:
      'at t = W the two pieces meet at the same defined value: linearWarmup(W) returns baseLr itself, and the cosine at p = 0 is minLr + (baseLr − minLr)·(1 + cos 0)/2 = baseLr; which piece computes lr(W) is the learner’s choice (both are the definition), and they differ only by the rounding of one subtraction and one addition that the cosine’s own formula makes',
  },
]);
