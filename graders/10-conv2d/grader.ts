import { callLearner, checkGradient, defineGrader, expectClose, expectOutputs, msg, property } from '../kit/toolkit';
import { cases, emptyCases, type K, oneByOneCases, shiftCases, sizeCases } from './cases';
import { expectBatchSums } from './expectBatchSums';
import { expectChannelMixing } from './expectChannelMixing';
import { expectDbSums } from './expectDbSums';
import { expectEmptyRejected } from './expectEmptyRejected';
import { expectShiftEquivariant } from './expectShiftEquivariant';
import { runBackward, runForward } from './learner';
import { backwardMistakes, forwardMistakes, sizeMistakes } from './mistakes';
import { gradientOracle, outOracle, type Tensor4 } from './oracle';
import { conv2dOutReference, conv2dReference } from './reference';
import { slippedSize } from './slipped';

export default defineGrader<K>([
  property({
    id: 'output-size',
    name: 'conv2dOutputSize is ⌊(H + 2p − d(k − 1) − 1)/s⌋ + 1, divisions not exact included',
    points: 2,
    arbitrary: sizeCases,
    diagnose: sizeMistakes,
    check: (kata, s) => {
      const got = callSize(kata, s);
      expectClose(got, slippedSize(s, 'floor'), {
        fn: 'conv2dOutputSize',
        argument: `conv2dOutputSize(${s.size}, ${s.kernel}, ${s.stride}, ${s.padding}, ${s.dilation})`,
        bound: 0,
      });
    },
  }),
  property({
    id: 'empty-output-throws',
    name: 'an input too small for the dilated kernel throws an error',
    points: 1,
    arbitrary: emptyCases,
    check: (kata, c) => expectEmptyRejected(kata, c),
  }),
  property({
    id: 'forward-matches-reference',
    name: 'out matches the reference',
    points: 3,
    arbitrary: cases,
    diagnose: forwardMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runForward(kata, c).out, conv2dOutReference(reference, c), {
        fn: 'conv2dForward',
        argument: 'out',
        bound: reference.bounds(outOracle(c)),
      });
    },
  }),
  property({
    id: 'one-by-one-mixes-channels',
    name: 'a 1×1 convolution is a matmul over the channels at every pixel',
    points: 1,
    arbitrary: oneByOneCases,
    diagnose: forwardMistakes,
    check: (kata, c) => expectChannelMixing(kata, c),
  }),
  property({
    id: 'translation-equivariant',
    name: 'at stride 1, shifting x by one pixel shifts the interior of out by one pixel',
    points: 1,
    arbitrary: shiftCases,
    diagnose: forwardMistakes,
    check: (kata, s) => expectShiftEquivariant(kata, s),
  }),
  property({
    id: 'backward-matches-reference',
    name: 'dx, dw and db match autodiff of the reference',
    points: 3,
    arbitrary: cases,
    diagnose: backwardMistakes,
    check: (kata, c, { reference }) => {
      const truth = gradientOracle(c);
      const { dx, dw, db } = conv2dReference(reference, c);
      expectOutputs(
        runBackward(kata, c),
        { dx, dw, db },
        {
          fn: 'conv2dBackward',
          bounds: { dx: reference.bounds(truth.dx), dw: reference.bounds(truth.dw), db: reference.bounds(truth.db) },
          gradients: ['dx', 'dw', 'db'],
        },
      );
    },
  }),
  property({
    id: 'backward-self-consistent',
    name: 'dx, dw and db agree with finite differences of your forward',
    points: 2,
    arbitrary: cases,
    diagnose: backwardMistakes,
    check: (kata, c) => {
      const got = runBackward(kata, c);
      checkGradient({
        fn: 'conv2dBackward',
        forwardName: msg('check.your-fn', { fn: 'conv2dForward' }),
        inputs: { x: c.x, w: c.w, b: c.b },
        forward: (inp) =>
          runForward(kata, { ...c, w: inp.w as Tensor4, b: inp.b as number[] }, inp.x as Tensor4).out as Tensor4,
        dout: c.dout,
        gradients: { x: got.dx, w: got.dw, b: got.db },
      });
    },
  }),
  property({
    id: 'weight-gradients-sum-over-batch',
    name: 'repeating the batch twice doubles dw and db',
    points: 1,
    arbitrary: cases,
    diagnose: backwardMistakes,
    check: (kata, c) => expectBatchSums(kata, c),
  }),
  property({
    id: 'db-sums-dout',
    name: 'db sums dout over the batch and every position',
    points: 1,
    arbitrary: cases,
    diagnose: backwardMistakes,
    check: (kata, c) => expectDbSums(kata, c),
  }),
]);

function callSize(kata: K, s: { size: number; kernel: number; stride: number; padding: number; dilation: number }) {
  return callLearner(kata, 'conv2dOutputSize', {
    size: s.size,
    kernel: s.kernel,
    stride: s.stride,
    padding: s.padding,
    dilation: s.dilation,
  });
}
