import { tensor64 } from '../kit/tensor';
import { callLearner, mistake, probe } from '../kit/toolkit';
import { cases, ceilCases, type K, minusOneCases, type SizeCase, sizeCases } from './cases';
import { runBackward, runForward } from './learner';
import m from './misconceptions';
import { type Case, gradientOracle, outOracle } from './oracle';
import { type SizeSlip, type Slip, slipped, slippedSize } from './slipped';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against: plain loops with that slip (slipped.ts).

const isSizeCase = (c: unknown): c is SizeCase => typeof (c as SizeCase).size === 'number';

const size = probe<K, SizeCase>({
  cases: sizeCases,
  observe: (kata, s) => {
    if (!isSizeCase(s)) throw new TypeError('not a size case');
    return {
      size: callLearner(kata, 'conv2dOutputSize', {
        size: s.size,
        kernel: s.kernel,
        stride: s.stride,
        padding: s.padding,
        dilation: s.dilation,
      }),
    };
  },
  truth: (s) => {
    if (!isSizeCase(s)) throw new TypeError('not a size case');
    return { size: tensor64(slippedSize(s, 'floor'), { exact: true }) };
  },
});

const forward = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runForward(kata, c).out }),
  truth: (c) => ({ out: outOracle(c) }),
});

const backward = probe<K, Case>({
  cases,
  observe: (kata, c) => {
    const { dx, dw, db } = runBackward(kata, c);
    return { dx, dw, db };
  },
  truth: (c) => {
    return gradientOracle(c);
  },
});

const inSize = (name: keyof typeof m, slip: SizeSlip, on = sizeCases) =>
  mistake(size, m[name], (s) => ({ size: slippedSize(s, slip) }), on);

const inForward = (name: keyof typeof m, slip: Slip) =>
  mistake(forward, m[name], (c) => ({ out: slipped(c, slip).out }));

const inBackward = (name: keyof typeof m, slip: Slip, outputs: readonly ('dx' | 'dw' | 'db')[]) =>
  mistake(backward, m[name], (c) => {
    const s = slipped(c, slip);
    return Object.fromEntries(outputs.map((o) => [o, s[o]]));
  });

export const sizeMistakes = [
  inSize('size-ceil', 'ceil', ceilCases),
  inSize('size-without-dilation', 'without-dilation'),
  inSize('size-without-minus-one', 'without-minus-one', minusOneCases),
];

export const forwardMistakes = [
  inForward('kernel-flipped', { flipKernel: true }),
  inForward('dilation-on-stride', { dilationOnStride: true }),
  inForward('bias-per-input-channel', { biasPerInputChannel: true }),
];

export const backwardMistakes = [
  inBackward('dw-averaged-over-batch', { dwAveraged: true }, ['dw']),
  inBackward('db-averaged', { dbAveraged: true }, ['db']),
  inBackward('dx-stride-ignored', { backwardStrideOne: true }, ['dx', 'dw']),
  inBackward('dx-kernel-flipped', { dxFlipped: true }, ['dx']),
];
