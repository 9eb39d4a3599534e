import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/20-optimizers that no input can tell apart from the
// solution, each for a reason of the language.
export default defineEquivalentMutants([
  {
    mutator: 'ArrayDeclaration',
    replacement: 'new Array()',
    line: 'const next = new Array<number>(params.length);',
    reason:
      'the loop assigns next[i] for every i from 0 to params.length − 1 in order, so an empty array grows into the same dense array of the same length',
  },
  {
    mutator: 'ArrayDeclaration',
    replacement: 'new Array()',
    line: 'const buffer = new Array<number>(params.length);',
    reason:
      'the loop assigns buffer[i] for every i from 0 to params.length − 1 in order, so an empty array grows into the same dense array of the same length',
  },
]);
