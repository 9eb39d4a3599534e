import { callLearner, validateTensor } from '../kit/toolkit';
import type { K, M, RopeCase } from './cases';

// The learner's three functions, each output checked to be finite and of its shape.

export function runEncoding(kata: K, length: number, d: number): M {
  return validateTensor(callLearner(kata, 'sinusoidalEncoding', { length, d }), [length, d], {
    fn: 'sinusoidalEncoding',
    argument: 'PE',
  }) as M;
}

export function runRotate(kata: K, x: M, positions: number[], base?: number): M {
  return validateTensor(callLearner(kata, 'ropeRotate', { x, positions, base }), [x.length, x[0].length], {
    fn: 'ropeRotate',
    argument: 'out',
  }) as M;
}

export function runBackward(kata: K, dout: M, positions: number[], base?: number): M {
  return validateTensor(callLearner(kata, 'ropeBackward', { dout, positions, base }), [dout.length, dout[0].length], {
    fn: 'ropeBackward',
    argument: 'dx',
  }) as M;
}

/** ropeRotate's out and ropeBackward's dx on a case, unvalidated: what a diagnosis compares. */
export const observeRope = (kata: K, c: RopeCase) => ({
  out: callLearner(kata, 'ropeRotate', { x: c.x, positions: c.positions, base: c.base }),
  dx: callLearner(kata, 'ropeBackward', { dout: c.dout, positions: c.positions, base: c.base }),
});
