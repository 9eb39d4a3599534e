import type { Images } from '../../katas/30-data-augmentation/data-augmentation';
import { float64Bounds, sum, toNested } from '../kit/tensor';
import { defineGrader, expectClose, expectOutputs, fail, property, validateTensor } from '../kit/toolkit';
import { cases, certainCases, outsideBoxCases, paddedCases, pureCases, unpaddedCases } from './cases';
import { expectRegion } from './expectCutmixRegions';
import { expectRowValues } from './expectRowValues';
import { type K, runCrop, runCutmix, runFlip, runMixup, runRandomFlip } from './learner';
import text from './messages';
import { cropMistakes, cutmixMistakes, flipMistakes, mixupMistakes, randomFlipMistakes } from './mistakes';
import {
  type Case,
  clipped,
  cropOracle,
  cutmixOracle,
  flipOracle,
  flipped,
  mixupFloat64Bounds,
  mixupOracle,
} from './oracle';
import { cropReference, cutmixReference, flipReference, mixupReference, randomFlipReference } from './reference';

const flatPerImage = (x: Images): number[][] => x.map((image) => image.flat(2));

/** The learner's randomCrop and randomHorizontalFlip on two fresh rngs seeded alike (no scripted draws) must agree exactly. */
function expectReplayed(kata: K, c: Case): void {
  const fresh = { ...c, us: [] };
  const shape = [c.x.length, c.x[0].length, c.x[0][0].length, c.x[0][0][0].length];
  const runs = {
    randomCrop: () => runCrop(kata, fresh).out,
    randomHorizontalFlip: () => runRandomFlip(kata, fresh).out,
  };
  for (const [fn, run] of Object.entries(runs)) {
    const first = validateTensor(run(), shape, { fn, argument: 'out' });
    expectClose(run(), first, { fn, argument: 'out', bound: 0, context: text['same-seed']({ fn, seed: c.seed }) });
  }
}

export default defineGrader<K>([
  property({
    id: 'crop-is-window',
    name: 'randomCrop returns the H×W window of the zero-padded image at the documented offsets',
    points: 3,
    arbitrary: cases,
    diagnose: cropMistakes,
    check: (kata, c) => {
      expectClose(runCrop(kata, c).out, toNested(cropOracle(c)), {
        fn: 'randomCrop',
        argument: 'out',
        bound: 0,
      });
    },
  }),
  property({
    id: 'crop-matches-reference',
    name: 'randomCrop matches tf.pad → tf.gather at the documented offsets',
    points: 1,
    arbitrary: cases,
    diagnose: cropMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runCrop(kata, c).out, cropReference(reference, c).crop, {
        fn: 'randomCrop',
        argument: 'out',
        bound: reference.bounds(cropOracle(c)),
      });
    },
  }),
  property({
    id: 'crop-padding-zero-identity',
    name: 'with padding 0 randomCrop returns x',
    points: 1,
    arbitrary: unpaddedCases,
    diagnose: cropMistakes,
    check: (kata, c) => {
      expectClose(runCrop(kata, c).out, c.x, {
        fn: 'randomCrop',
        argument: 'out',
        bound: 0,
        context: text['padding-zero'](),
      });
    },
  }),
  property({
    id: 'crop-draws',
    name: 'randomCrop draws two numbers from rng per image',
    points: 1,
    arbitrary: paddedCases,
    diagnose: cropMistakes,
    check: (kata, c) => {
      const N = c.x.length;
      const { draws } = runCrop(kata, c);
      if (draws !== 2 * N) {
        fail({
          kind: 'rule',
          rule: 'two-draws-per-image',
          fn: 'randomCrop',
          got: draws,
          expected: 2 * N,
          message: text['crop-draws']({ got: draws, N, padding: c.padding, expected: 2 * N }),
        });
      }
    },
  }),
  property({
    id: 'flip-matches-reference',
    name: 'horizontalFlip matches tf.gather with the columns reversed',
    points: 2,
    arbitrary: cases,
    diagnose: flipMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runFlip(kata, c.x), flipReference(reference, c), {
        fn: 'horizontalFlip',
        argument: 'out',
        bound: reference.bounds(flipOracle(c)),
      });
    },
  }),
  property({
    id: 'flip-twice-identity',
    name: 'flipping twice gives x back',
    points: 1,
    arbitrary: cases,
    diagnose: flipMistakes,
    check: (kata, c) => {
      const once = runFlip(kata, c.x) as Images;
      expectClose(runFlip(kata, once), c.x, {
        fn: 'horizontalFlip',
        argument: 'out',
        bound: 0,
        context: text['flipped-back'](),
      });
    },
  }),
  property({
    id: 'flip-permutes-rows',
    name: 'the flip keeps every row and its values: a permutation within each row',
    points: 1,
    arbitrary: cases,
    diagnose: flipMistakes,
    check: (kata, c) => expectRowValues(kata, c),
  }),
  property({
    id: 'random-flip-documented',
    name: 'randomHorizontalFlip flips image n iff its own rng() < p, images in order',
    points: 2,
    arbitrary: cases,
    diagnose: randomFlipMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runRandomFlip(kata, c).out, randomFlipReference(reference, c), {
        fn: 'randomHorizontalFlip',
        argument: 'out',
        bound: reference.bounds(flipOracle(c, flipped(c))),
      });
    },
  }),
  property({
    id: 'random-flip-draws',
    name: 'randomHorizontalFlip draws one number from rng per image',
    points: 1,
    arbitrary: cases,
    diagnose: randomFlipMistakes,
    check: (kata, c) => {
      const N = c.x.length;
      const { draws } = runRandomFlip(kata, c);
      if (draws !== N) {
        fail({
          kind: 'rule',
          rule: 'one-draw-per-image',
          fn: 'randomHorizontalFlip',
          got: draws,
          expected: N,
          message: text['flip-draws']({ got: draws, N }),
        });
      }
    },
  }),
  property({
    id: 'random-flip-certain',
    name: 'with p = 0 no image is flipped, with p = 1 every image is',
    points: 1,
    arbitrary: certainCases,
    diagnose: randomFlipMistakes,
    check: (kata, c) => {
      const want = c.p === 0 ? c.x : toNested(flipOracle(c));
      expectClose(runRandomFlip(kata, c).out, want, {
        fn: 'randomHorizontalFlip',
        argument: 'out',
        bound: 0,
        context: c.p === 0 ? text['never-flipped']() : text['always-flipped'](),
      });
    },
  }),
  property({
    id: 'same-seed-same-batch',
    name: 'the same seed gives the same batch (two fresh seeded rngs)',
    points: 1,
    arbitrary: cases,
    check: (kata, c) => expectReplayed(kata, c),
  }),
  property({
    id: 'mixup-matches-reference',
    name: 'mixup matches λ·a + (1 − λ)·a[perm] with tf.gather, tf.mul and tf.add, for x and y',
    points: 2,
    arbitrary: cases,
    diagnose: mixupMistakes,
    check: (kata, c, { reference }) => {
      const truth = mixupOracle(c);
      expectOutputs(runMixup(kata, c), mixupReference(reference, c), {
        fn: 'mixup',
        bounds: { x: reference.bounds(truth.x), y: reference.bounds(truth.y) },
      });
    },
  }),
  property({
    id: 'mixup-labels-sum-to-one',
    name: 'mixed label rows sum to 1 when the label rows do',
    points: 1,
    arbitrary: cases,
    diagnose: mixupMistakes,
    check: (kata, c) => {
      const got = validateTensor(runMixup(kata, c).y, [c.y.length, c.y[0].length], { fn: 'mixup', argument: 'y' });
      const truth = mixupOracle(c).y;
      const K = c.y[0].length;
      (got as number[][]).forEach((row, n) => {
        const s = row.reduce((a, v) => a + v, 0);
        // The exact mix of exact rows sums to exactly 1: the float64 sum's own bound, plus each element's bound
        // for whichever way the mix was written (mixupFloat64Bounds).
        const elements = mixupFloat64Bounds(c)
          .y.slice(n * K, (n + 1) * K)
          .reduce((a, b) => a + b, 0);
        const rowSum = sum({
          ...truth,
          shape: [K],
          data: truth.data.slice(n * K, (n + 1) * K),
          err: truth.err.slice(n * K, (n + 1) * K),
        });
        const bound = float64Bounds(rowSum)[0] + elements;
        if (!(Math.abs(s - 1) <= bound)) {
          fail({
            fn: 'mixup',
            argument: 'y',
            got: s,
            expected: 1,
            allowed: bound,
            message: text['label-sum']({ n, got: s }),
          });
        }
      });
    },
  }),
  property({
    id: 'mixup-same-combination',
    name: 'labels and images are mixed by the same convex combination',
    points: 1,
    arbitrary: cases,
    diagnose: mixupMistakes,
    check: (kata, c) => {
      const asLabels = flatPerImage(c.x);
      const got = runMixup(kata, c, c.x, asLabels);
      const images = validateTensor(got.x, [c.x.length, c.x[0].length, c.x[0][0].length, c.x[0][0][0].length], {
        fn: 'mixup',
        argument: 'x',
      }) as Images;
      // Two float64 mixes of the same numbers, each within its bound of the exact one.
      const bound = mixupFloat64Bounds(c).x.map((b) => 2 * b);
      expectClose(got.y, flatPerImage(images), {
        fn: 'mixup',
        argument: 'y',
        bound,
        context: text['labels-as-images'](),
      });
    },
  }),
  property({
    id: 'mixup-pure',
    name: 'λ = 1 gives (x, y) back, λ = 0 the paired batch (x[perm], y[perm])',
    points: 1,
    arbitrary: pureCases,
    diagnose: mixupMistakes,
    check: (kata, c) => {
      const which = (n: number): number => (c.lambda === 1 ? n : c.perm[n]);
      const bounds = mixupFloat64Bounds(c);
      const got = runMixup(kata, c);
      const context = c.lambda === 1 ? text['lambda-one']() : text['lambda-zero']();
      const want = { x: c.x.map((_, n) => c.x[which(n)]), y: c.y.map((_, n) => c.y[which(n)]) };
      // b + λ·(a − b) is as right as λ·a + (1 − λ)·b, and at λ = 1 within float64 rounding of a.
      expectClose(got.x, want.x, { fn: 'mixup', argument: 'x', bound: bounds.x, context });
      expectClose(got.y, want.y, { fn: 'mixup', argument: 'y', bound: bounds.y, context });
    },
  }),
  property({
    id: 'cutmix-matches-reference',
    name: 'cutmix matches x·(1 − M) + x[perm]·M and λ·y + (1 − λ)·y[perm] in tfjs',
    points: 2,
    arbitrary: cases,
    diagnose: cutmixMistakes,
    check: (kata, c, { reference }) => {
      const truth = cutmixOracle(c);
      const got = runCutmix(kata, c);
      expectOutputs({ x: got.x, y: got.y }, cutmixReference(reference, c), {
        fn: 'cutmix',
        bounds: { x: reference.bounds(truth.x), y: reference.bounds(truth.y) },
      });
    },
  }),
  property({
    id: 'cutmix-outside-unchanged',
    name: 'outside the clipped box the images are unchanged',
    points: 1,
    arbitrary: cases,
    diagnose: cutmixMistakes,
    check: (kata, c) => expectRegion(kata, c, 'outside'),
  }),
  property({
    id: 'cutmix-inside-pasted',
    name: 'inside the clipped box image n holds x[perm[n]]',
    points: 1,
    arbitrary: cases,
    diagnose: cutmixMistakes,
    check: (kata, c) => expectRegion(kata, c, 'inside'),
  }),
  property({
    id: 'cutmix-lambda-area',
    name: 'λ = 1 − (area of the box clipped to the image)/(H·W)',
    points: 2,
    arbitrary: cases,
    diagnose: cutmixMistakes,
    check: (kata, c) => {
      const [H, W] = [c.x[0][0].length, c.x[0][0][0].length];
      const [r0, r1, c0, c1] = clipped(c.box, H, W);
      const area = (r1 - r0) * (c1 - c0);
      const truth = cutmixOracle(c).lambda;
      expectClose(runCutmix(kata, c).lambda, truth.data[0], {
        fn: 'cutmix',
        argument: 'lambda',
        bound: float64Bounds(truth),
        context: text['lambda-area']({ ...c.box, H, W, area, pixels: H * W }),
      });
    },
  }),
  property({
    id: 'cutmix-box-outside',
    name: 'a box outside the image (or empty) changes nothing and gives λ = 1',
    points: 1,
    arbitrary: outsideBoxCases,
    diagnose: cutmixMistakes,
    check: (kata, c) => {
      const [H, W] = [c.x[0][0].length, c.x[0][0][0].length];
      const got = runCutmix(kata, c);
      const context = text['box-outside']({ ...c.box, H, W });
      // Nothing pasted: λ = 1 − 0/(H·W) = 1 exactly, and 1·y + 0·y[perm] = y exactly.
      expectClose(got.x, c.x, { fn: 'cutmix', argument: 'x', bound: 0, context });
      expectClose(got.lambda, 1, { fn: 'cutmix', argument: 'lambda', bound: 0, context });
      expectClose(got.y, c.y, { fn: 'cutmix', argument: 'y', bound: 0, context });
    },
  }),
]);
