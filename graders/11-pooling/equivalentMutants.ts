import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/11-pooling that no output the kata defines can tell
// apart from the solution.
export default defineEquivalentMutants([
  {
    mutator: 'ArrayDeclaration',
    replacement: '[]',
    line: 'let where: [number, number] = [0, 0];',
    reason:
      'the initial arg-max is always overwritten: with padding ≤ k/2 every window holds a real position, and any real value is > −∞, the initial best, so `where` is set inside the window loop before it is read',
  },
]);
