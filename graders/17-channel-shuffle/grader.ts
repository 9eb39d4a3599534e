import type { Tensor4 } from '../../katas/lib/shape';
import { float64Bounds, mul, type Nested, sum, tensor64 } from '../kit/tensor';
import {
  checkGradient,
  defineGrader,
  expectClose,
  expectOutputs,
  type Message,
  msg,
  property,
  validateTensor,
} from '../kit/toolkit';
import {
  blockChangeCases,
  cases,
  depthwiseCases,
  indivisibleCases,
  oneGroupCases,
  shuffleCases,
  trivialShuffleCases,
} from './cases';
import { expectBlocksSeparate } from './expectBlocksSeparate';
import { expectIndivisibleRejected } from './expectIndivisibleRejected';
import { expectPermutation } from './expectPermutation';
import { type K, runConv, runConvBackward, runShuffle, runShuffleBackward } from './learner';
import text from './messages';
import { convBackwardMistakes, convForwardMistakes, shuffleBackwardMistakes, shuffleForwardMistakes } from './mistakes';
import { type ConvCase, convOracle, outOracle, shuffleOracle } from './oracle';
import { groupConvOutReference, groupConvReference, shuffleOutReference, shuffleReference } from './reference';

const shuffleMistakes = [...shuffleForwardMistakes, ...shuffleBackwardMistakes];
const convMistakes = [...convForwardMistakes, ...convBackwardMistakes];

/** Σ a·b in float64, the same sum whichever order a permutation puts its terms in. */
const inner = (a: unknown, b: Tensor4): number => {
  const flatA = (a as Tensor4).flat(3);
  return b.flat(3).reduce((s, v, i) => s + v * flatA[i], 0);
};

/** The learner's out for a case against a reference, within the oracle's bounds. */
function expectConvOut(kata: K, c: ConvCase, want: Tensor4, bound: ArrayLike<number>, context?: Message): void {
  expectClose(runConv(kata, c).out, want, { fn: 'groupConvForward', argument: 'out', bound, context });
}

export default defineGrader<K>([
  property({
    id: 'shuffle-matches-reference',
    name: 'channelShuffle matches tf.reshape → tf.transpose → tf.reshape',
    points: 3,
    arbitrary: shuffleCases,
    diagnose: shuffleForwardMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runShuffle(kata, c.x, c.groups), shuffleOutReference(reference, c), {
        fn: 'channelShuffle',
        argument: 'out',
        bound: reference.bounds(shuffleOracle(c).out),
      });
    },
  }),
  property({
    id: 'shuffle-is-permutation',
    name: 'the shuffle is a permutation: every input channel appears exactly once, its values unchanged',
    points: 1,
    arbitrary: shuffleCases,
    check: (kata, c) => expectPermutation(kata, c),
  }),
  property({
    id: 'indivisible-throws',
    name: 'C not divisible by g throws an error',
    points: 1,
    arbitrary: indivisibleCases,
    check: (kata, c) => expectIndivisibleRejected(kata, c),
  }),
  property({
    id: 'trivial-groups-identity',
    name: 'g = 1 and g = C leave x unchanged',
    points: 1,
    arbitrary: trivialShuffleCases,
    check: (kata, c) => {
      expectClose(runShuffle(kata, c.x, c.groups), c.x, {
        fn: 'channelShuffle',
        argument: 'out',
        bound: 0,
        context: text['trivial-groups']({ groups: c.groups, C: c.x[0].length }),
      });
    },
  }),
  property({
    id: 'shuffle-twice-identity',
    name: 'shuffling with g, then with C/g, gives x back',
    points: 1,
    arbitrary: shuffleCases,
    check: (kata, c) => {
      const inverse = c.x[0].length / c.groups;
      const once = runShuffle(kata, c.x, c.groups) as Tensor4;
      expectClose(runShuffle(kata, once, inverse), c.x, {
        fn: 'channelShuffle',
        argument: 'out',
        bound: 0,
        context: text['shuffled-back']({ groups: c.groups, inverse }),
      });
    },
  }),
  property({
    id: 'shuffle-backward-matches-reference',
    name: 'channelShuffleBackward matches autodiff of the reference',
    points: 2,
    arbitrary: shuffleCases,
    diagnose: shuffleBackwardMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runShuffleBackward(kata, c.dout, c.groups), shuffleReference(reference, c).dx, {
        fn: 'channelShuffleBackward',
        argument: 'dx',
        kind: 'gradient',
        bound: reference.bounds(shuffleOracle(c).dx),
      });
    },
  }),
  property({
    id: 'backward-inverts-shuffle',
    name: 'channelShuffleBackward undoes channelShuffle',
    points: 1,
    arbitrary: shuffleCases,
    diagnose: shuffleMistakes,
    check: (kata, c) => {
      const out = runShuffle(kata, c.x, c.groups) as Tensor4;
      expectClose(runShuffleBackward(kata, out, c.groups), c.x, {
        fn: 'channelShuffleBackward',
        argument: 'dx',
        kind: 'gradient',
        bound: 0,
        context: text['backward-of-shuffle']({ groups: c.groups }),
      });
    },
  }),
  property({
    id: 'backward-is-transpose',
    name: '⟨channelShuffle(x), y⟩ = ⟨x, channelShuffleBackward(y)⟩',
    points: 1,
    arbitrary: shuffleCases,
    diagnose: shuffleMistakes,
    check: (kata, c) => {
      const out = runShuffle(kata, c.x, c.groups);
      const dx = runShuffleBackward(kata, c.dout, c.groups);
      const shape = [c.x.length, c.x[0].length, c.x[0][0].length, c.x[0][0][0].length];
      const shuffledX = validateTensor(out, shape, { fn: 'channelShuffle', argument: 'out' });
      const backY = validateTensor(dx, shape, { fn: 'channelShuffleBackward', argument: 'dx' });
      // Both sums hold the same products in another order: the float64 bound of one covers both.
      const truth = sum(mul(tensor64(c.x, { exact: true }), shuffleOracle(c).dx));
      expectClose(inner(shuffledX, c.dout), inner(backY, c.x), {
        fn: 'channelShuffleBackward',
        argument: 'dx',
        kind: 'gradient',
        bound: float64Bounds(truth),
        context: text.adjoint({ groups: c.groups }),
      });
    },
  }),
  property({
    id: 'conv-forward-matches-reference',
    name: 'groupConvForward matches the reference',
    points: 3,
    arbitrary: cases,
    diagnose: convForwardMistakes,
    check: (kata, c, { reference }) =>
      expectConvOut(kata, c, groupConvOutReference(reference, c), reference.bounds(outOracle(c))),
  }),
  property({
    id: 'conv-backward-matches-reference',
    name: 'dx, dw and db of groupConvBackward match autodiff of the reference',
    points: 3,
    arbitrary: cases,
    diagnose: convMistakes,
    check: (kata, c, { reference }) => {
      const truth = convOracle(c);
      const want = groupConvReference(reference, c);
      const got = runConvBackward(kata, c);
      const bounds = { dx: reference.bounds(truth.dx), dw: reference.bounds(truth.dw), db: reference.bounds(truth.db) };
      if (want.db) {
        expectOutputs(
          got,
          { dx: want.dx, dw: want.dw, db: want.db },
          { fn: 'groupConvBackward', bounds, gradients: ['dx', 'dw', 'db'] },
        );
      } else {
        expectOutputs(
          { dx: got.dx, dw: got.dw },
          { dx: want.dx, dw: want.dw },
          { fn: 'groupConvBackward', bounds, gradients: ['dx', 'dw'] },
        );
      }
    },
  }),
  property({
    id: 'conv-self-consistent',
    name: 'dx, dw and db agree with finite differences of your groupConvForward',
    points: 2,
    arbitrary: cases,
    diagnose: convMistakes,
    check: (kata, c) => {
      const got = runConvBackward(kata, c);
      const inputs: Record<string, Nested> = c.b ? { x: c.x, w: c.w, b: c.b } : { x: c.x, w: c.w };
      checkGradient({
        fn: 'groupConvBackward',
        forwardName: msg('check.your-fn', { fn: 'groupConvForward' }),
        inputs,
        forward: (inp) =>
          runConv(kata, c, inp.x as Tensor4, inp.w as Tensor4, (inp.b as number[] | undefined) ?? null).out as Tensor4,
        dout: c.dout,
        gradients: c.b ? { x: got.dx, w: got.dw, b: got.db } : { x: got.dx, w: got.dw },
      });
    },
  }),
  property({
    id: 'one-group-is-conv2d',
    name: 'with g = 1, groupConvForward is tf.conv2d',
    points: 1,
    arbitrary: oneGroupCases,
    diagnose: convForwardMistakes,
    check: (kata, c, { reference }) =>
      expectConvOut(
        kata,
        c,
        groupConvOutReference(reference, c, 'conv2d'),
        reference.bounds(outOracle(c)),
        text['one-group'](),
      ),
  }),
  property({
    id: 'all-groups-is-depthwise',
    name: 'with g = Cin, groupConvForward is tf.depthwiseConv2d',
    points: 1,
    arbitrary: depthwiseCases,
    diagnose: convForwardMistakes,
    check: (kata, c, { reference }) =>
      expectClose(runConv(kata, c).out, groupConvOutReference(reference, c, 'depthwise'), {
        fn: 'groupConvForward',
        argument: 'out',
        bound: reference.bounds(outOracle(c)),
        context: text['all-groups']({ groups: c.groups, multiplier: c.w.length / c.groups }),
      }),
  }),
  property({
    id: 'blocks-separate',
    name: 'changing input block j changes only output block j',
    points: 1,
    arbitrary: blockChangeCases,
    diagnose: convForwardMistakes,
    check: (kata, { c, block, values }, { reference }) => expectBlocksSeparate(kata, c, block, values, reference),
  }),
]);
