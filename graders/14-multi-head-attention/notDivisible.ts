import fc from 'fast-check';
import { dim } from '../kit/toolkit';
import { type Case, caseOf } from './cases';

/** heads 2 to 4 and a d_model they do not divide (1 to 9). */
export const notDivisibleCase: fc.Arbitrary<Case> = fc
  .tuple(dim({ min: 2, max: 4 }), dim({ max: 9 }), dim({ max: 3 }), dim({ max: 3 }))
  .filter(([heads, d]) => d % heads !== 0)
  .chain(([heads, d, L, N]) => caseOf(N, L, undefined, d, heads));
