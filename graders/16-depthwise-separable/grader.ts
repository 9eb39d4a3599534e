import type { Tensor4 } from '../../katas/lib/shape';
import { callLearner, checkGradient, defineGrader, expectClose, expectOutputs, msg, property } from '../kit/toolkit';
import { cases, channelChangeCases, costCases } from './cases';
import { expectChannelsSeparate } from './expectChannelsSeparate';
import { expectCostRatio } from './expectCostRatio';
import { expectPixelwise } from './expectPixelwise';
import {
  type K,
  runDepthwise,
  runDepthwiseBackward,
  runPointwise,
  runPointwiseBackward,
  runSeparable,
  runSeparableBackward,
} from './learner';
import {
  costMistakes,
  depthwiseBackwardMistakes,
  depthwiseForwardMistakes,
  forwardMistakes,
  pointwiseForwardMistakes,
  separableBackwardMistakes,
} from './mistakes';
import { type CostCase, costOracle, depthwiseOracle, pointwiseOracle, separableOracle } from './oracle';
import { depthwiseReference, pointwiseReference, separableReference } from './reference';

/** One of the two costs, exactly: counts are integers, with no rounding to allow for. */
function expectCost(kata: K, q: CostCase, which: 'separable' | 'standard'): void {
  const want = costOracle(q)[which];
  const got = callLearner(kata, which === 'separable' ? 'separableCost' : 'standardCost', { question: q });
  expectOutputs(
    got,
    { params: want.params, macs: want.macs },
    {
      fn: which === 'separable' ? 'separableCost' : 'standardCost',
      bounds: { params: 0, macs: 0 },
    },
  );
}

export default defineGrader<K>([
  property({
    id: 'depthwise-forward',
    name: 'depthwiseConvForward matches tf.depthwiseConv2d',
    points: 3,
    arbitrary: cases,
    diagnose: depthwiseForwardMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runDepthwise(kata, c).out, depthwiseReference(reference, c).out, {
        fn: 'depthwiseConvForward',
        argument: 'out',
        bound: reference.bounds(depthwiseOracle(c).out),
      });
    },
  }),
  property({
    id: 'depthwise-channels-separate',
    name: 'changing one channel of x changes only that channel of the depthwise out',
    points: 1,
    arbitrary: channelChangeCases,
    diagnose: depthwiseForwardMistakes,
    check: (kata, { c, channel, values }, { reference }) => expectChannelsSeparate(kata, c, channel, values, reference),
  }),
  property({
    id: 'depthwise-backward',
    name: 'dx and dw of depthwiseConvBackward match autodiff of the reference',
    points: 3,
    arbitrary: cases,
    diagnose: depthwiseBackwardMistakes,
    check: (kata, c, { reference }) => {
      const truth = depthwiseOracle(c);
      const { dx, dw } = depthwiseReference(reference, c);
      expectOutputs(
        runDepthwiseBackward(kata, c),
        { dx, dw },
        {
          fn: 'depthwiseConvBackward',
          bounds: { dx: reference.bounds(truth.dx), dw: reference.bounds(truth.dw) },
          gradients: ['dx', 'dw'],
        },
      );
    },
  }),
  property({
    id: 'depthwise-self-consistent',
    name: 'dx and dw agree with finite differences of your depthwiseConvForward',
    points: 1,
    arbitrary: cases,
    diagnose: [...depthwiseForwardMistakes, ...depthwiseBackwardMistakes],
    check: (kata, c) => {
      const got = runDepthwiseBackward(kata, c);
      checkGradient({
        fn: 'depthwiseConvBackward',
        forwardName: msg('check.your-fn', { fn: 'depthwiseConvForward' }),
        inputs: { x: c.x, w: c.wd },
        forward: (inp) => runDepthwise(kata, c, inp.x as Tensor4, inp.w as Tensor4).out as Tensor4,
        dout: c.doutDepthwise,
        gradients: { x: got.dx, w: got.dw },
      });
    },
  }),
  property({
    id: 'pointwise-forward',
    name: 'pointwiseConvForward matches a 1×1 tf.conv2d',
    points: 2,
    arbitrary: cases,
    diagnose: pointwiseForwardMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runPointwise(kata, c).out, pointwiseReference(reference, c).out, {
        fn: 'pointwiseConvForward',
        argument: 'out',
        bound: reference.bounds(pointwiseOracle(c).out),
      });
    },
  }),
  property({
    id: 'pointwise-per-pixel',
    name: 'pointwiseConvForward mixes channels at each pixel alone: every pixel as its own 1×1 image gives the same out',
    points: 1,
    arbitrary: cases,
    diagnose: pointwiseForwardMistakes,
    check: (kata, c, { reference }) => expectPixelwise(kata, c, reference),
  }),
  property({
    id: 'pointwise-backward',
    name: 'dx and dw of pointwiseConvBackward match autodiff of the reference, and your forward',
    points: 2,
    arbitrary: cases,
    diagnose: pointwiseForwardMistakes,
    check: (kata, c, { reference }) => {
      const truth = pointwiseOracle(c);
      const { dx, dw } = pointwiseReference(reference, c);
      const got = runPointwiseBackward(kata, c);
      expectOutputs(
        got,
        { dx, dw },
        {
          fn: 'pointwiseConvBackward',
          bounds: { dx: reference.bounds(truth.dx), dw: reference.bounds(truth.dw) },
          gradients: ['dx', 'dw'],
        },
      );
      checkGradient({
        fn: 'pointwiseConvBackward',
        forwardName: msg('check.your-fn', { fn: 'pointwiseConvForward' }),
        inputs: { x: c.x, w: c.wp },
        forward: (inp) => runPointwise(kata, c, inp.x as Tensor4, inp.w as Tensor4).out as Tensor4,
        dout: c.doutPointwise,
        gradients: { x: got.dx, w: got.dw },
      });
    },
  }),
  property({
    id: 'separable-forward',
    name: 'separableConvForward matches tf.separableConv2d',
    points: 2,
    arbitrary: cases,
    diagnose: forwardMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runSeparable(kata, c).out, separableReference(reference, c).out, {
        fn: 'separableConvForward',
        argument: 'out',
        bound: reference.bounds(separableOracle(c).out),
      });
    },
  }),
  property({
    id: 'separable-backward',
    name: 'dx, dwDepthwise and dwPointwise of separableConvBackward match autodiff of tf.separableConv2d',
    points: 3,
    arbitrary: cases,
    diagnose: separableBackwardMistakes,
    check: (kata, c, { reference }) => {
      const truth = separableOracle(c);
      const { dx, dwDepthwise, dwPointwise } = separableReference(reference, c);
      expectOutputs(
        runSeparableBackward(kata, c),
        { dx, dwDepthwise, dwPointwise },
        {
          fn: 'separableConvBackward',
          bounds: {
            dx: reference.bounds(truth.dx),
            dwDepthwise: reference.bounds(truth.dwDepthwise),
            dwPointwise: reference.bounds(truth.dwPointwise),
          },
          gradients: ['dx', 'dwDepthwise', 'dwPointwise'],
        },
      );
    },
  }),
  property({
    id: 'separable-self-consistent',
    name: 'dx, dwDepthwise and dwPointwise agree with finite differences of your separableConvForward',
    points: 1,
    arbitrary: cases,
    diagnose: [...forwardMistakes, ...separableBackwardMistakes],
    check: (kata, c) => {
      const got = runSeparableBackward(kata, c);
      checkGradient({
        fn: 'separableConvBackward',
        forwardName: msg('check.your-fn', { fn: 'separableConvForward' }),
        inputs: { x: c.x, wDepthwise: c.wd, wPointwise: c.wp },
        forward: (inp) =>
          runSeparable(kata, c, inp.x as Tensor4, inp.wDepthwise as Tensor4, inp.wPointwise as Tensor4).out as Tensor4,
        dout: c.doutSeparable,
        gradients: { x: got.dx, wDepthwise: got.dwDepthwise, wPointwise: got.dwPointwise },
      });
    },
  }),
  property({
    id: 'separable-cost',
    name: 'separableCost counts C·k² + C·Cout parameters and H·W·(C·k² + C·Cout) MACs',
    points: 2,
    arbitrary: costCases,
    diagnose: costMistakes,
    check: (kata, q) => expectCost(kata, q, 'separable'),
  }),
  property({
    id: 'standard-cost',
    name: 'standardCost counts Cin·Cout·k² parameters and H·W·Cin·Cout·k² MACs',
    points: 1,
    arbitrary: costCases,
    diagnose: costMistakes,
    check: (kata, q) => expectCost(kata, q, 'standard'),
  }),
  property({
    id: 'cost-ratio',
    name: 'the ratio of your own counts is exactly 1/Cout + 1/k², for parameters and for MACs',
    points: 1,
    arbitrary: costCases,
    diagnose: costMistakes,
    check: (kata, q) => expectCostRatio(kata, q),
  }),
]);
