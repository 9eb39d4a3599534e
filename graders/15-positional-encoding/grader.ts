import { checkGradient, defineGrader, expectClose, msg, property } from '../kit/toolkit';
import { encodingCases, type K, type M, oddCases, ropeCases, scoreCases, shiftCases, zeroCases } from './cases';
import { encodingHeatmap } from './encodingHeatmap';
import { expectNormsKept } from './expectNormsKept';
import { expectOddRejected } from './expectOddRejected';
import { expectRelativeScore } from './expectRelativeScore';
import { expectShiftIsRotation } from './expectShiftIsRotation';
import { runBackward, runEncoding, runRotate } from './learner';
import text from './messages';
import { encodingMistakes, ropeMistakes } from './mistakes';
import { encoding64, rope64, roundTrip64 } from './oracle';
import { encodingReference, ropeReference } from './reference';
import { ropeScore } from './ropeScore';

export default defineGrader<K>(
  [
    property({
      id: 'encoding-matches-reference',
      name: 'sinusoidalEncoding matches the reference',
      points: 2,
      arbitrary: encodingCases,
      diagnose: encodingMistakes,
      check: (kata, { length, d }, { reference }) => {
        expectClose(runEncoding(kata, length, d), encodingReference(reference, length, d), {
          fn: 'sinusoidalEncoding',
          argument: 'PE',
          bound: reference.bounds(encoding64(length, d)),
        });
      },
    }),
    property({
      id: 'odd-d-throws',
      name: 'sinusoidalEncoding throws an error for an odd d',
      points: 1,
      arbitrary: oddCases,
      check: (kata, c) => expectOddRejected(kata, c),
    }),
    property({
      id: 'encoding-shift-is-rotation',
      name: 'PE(pos + k) is PE(pos) with each pair turned by k·θ_i, the same map for every pos',
      points: 2,
      arbitrary: shiftCases,
      diagnose: encodingMistakes,
      check: (kata, c, { reference }) => expectShiftIsRotation(kata, c, reference),
    }),
    property({
      id: 'rope-matches-reference',
      name: 'ropeRotate matches the reference',
      points: 3,
      arbitrary: ropeCases(),
      diagnose: ropeMistakes,
      check: (kata, c, { reference }) => {
        expectClose(runRotate(kata, c.x, c.positions, c.base), ropeReference(reference, c).out, {
          fn: 'ropeRotate',
          argument: 'out',
          bound: reference.bounds(rope64(c).out),
        });
      },
    }),
    property({
      id: 'rope-position-zero',
      name: 'ropeRotate at position 0 returns x unchanged',
      points: 1,
      arbitrary: zeroCases,
      diagnose: ropeMistakes,
      check: (kata, c, { reference }) => {
        expectClose(runRotate(kata, c.x, c.positions, c.base), c.x, {
          fn: 'ropeRotate',
          argument: 'out',
          bound: reference.bounds(rope64(c).out),
          context: text['at-position-zero'](),
        });
      },
    }),
    property({
      id: 'rope-preserves-norms',
      name: 'ropeRotate keeps the length of every pair and every row',
      points: 1,
      arbitrary: ropeCases(),
      diagnose: ropeMistakes,
      check: (kata, c, { reference }) => expectNormsKept(kata, c, reference),
    }),
    property({
      id: 'rope-relative-score',
      name: 'with RoPE, q_m·k_n depends only on m − n',
      points: 2,
      arbitrary: scoreCases,
      check: (kata, c, { reference }) => expectRelativeScore(kata, c, reference),
    }),
    property({
      id: 'backward-matches-reference',
      name: 'ropeBackward matches autodiff of the reference',
      points: 2,
      arbitrary: ropeCases(),
      diagnose: ropeMistakes,
      check: (kata, c, { reference }) => {
        expectClose(runBackward(kata, c.dout, c.positions, c.base), ropeReference(reference, c).dx, {
          fn: 'ropeBackward',
          argument: 'dx',
          kind: 'gradient',
          bound: reference.bounds(rope64(c).dx),
        });
      },
    }),
    property({
      id: 'backward-inverts-rotation',
      name: 'ropeBackward(ropeRotate(x)) gives back x',
      points: 1,
      arbitrary: ropeCases(),
      diagnose: ropeMistakes,
      check: (kata, c, { reference }) => {
        const out = runRotate(kata, c.x, c.positions, c.base);
        expectClose(runBackward(kata, out, c.positions, c.base), c.x, {
          fn: 'ropeBackward',
          argument: 'dx',
          bound: reference.bounds(roundTrip64(c)),
          context: text['round-trip'](),
        });
      },
    }),
    property({
      id: 'backward-self-consistent',
      name: 'ropeBackward agrees with finite differences of your ropeRotate',
      points: 1,
      arbitrary: ropeCases(),
      diagnose: ropeMistakes,
      check: (kata, c) => {
        checkGradient({
          fn: 'ropeBackward',
          forwardName: msg('check.your-fn', { fn: 'ropeRotate' }),
          inputs: { x: c.x },
          forward: (inp) => runRotate(kata, inp.x as M, c.positions, c.base),
          dout: c.dout,
          gradients: { x: runBackward(kata, c.dout, c.positions, c.base) },
        });
      },
    }),
  ],
  { pictures: [encodingHeatmap, ropeScore] },
);
