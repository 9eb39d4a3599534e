import type { Tensor } from '@tensorflow/tfjs-core';
import type { Images, Labels } from '../../katas/30-data-augmentation/data-augmentation';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import { type Case, clipped, cropOffsets, flipped } from './oracle';

// tfjs has no augmentation with an injected rng, so the random choices (the
// crop offsets, which images flip) follow the documented rng order
// (oracle.ts) and tfjs does the rest: tf.pad with explicit zeros per side
// (docs/curriculum.md, trap 1), pixels picked by tf.gather on the flattened
// batch, the pairing by tf.gather on the batch axis, and the mixing as
// λ·a + (1 − λ)·b with tf.mul and tf.add; CutMix pastes with a 0/1 mask,
// x·(1 − M) + x[perm]·M. reference.test.ts proves each against the float64
// oracle.

type Tf = Parameters<ReferenceFn>[0];

const dims = (x: Images): [number, number, number, number] => [
  x.length,
  x[0].length,
  x[0][0].length,
  x[0][0][0].length,
];

/** t's pixels at the row-major offsets `index`, reshaped to `shape`. */
const pick = (tf: Tf, t: Tensor, index: number[], shape: number[]): Tensor =>
  tf.reshape(tf.gather(tf.reshape(t, [-1]), tf.tensor1d(index, 'int32')), shape);

const offsetsOf = (
  [N, C, H, W]: readonly number[],
  from: (n: number, c: number, i: number, j: number) => number,
): number[] => {
  const index: number[] = [];
  for (let n = 0; n < N; n++)
    for (let c = 0; c < C; c++) for (let i = 0; i < H; i++) for (let j = 0; j < W; j++) index.push(from(n, c, i, j));
  return index;
};

/** randomCrop: tf.pad by p zeros on each side, then each image's H×W window at its documented offset. */
export function cropReference(reference: ReferenceBackend, c: Case): { crop: Images } {
  const shape = dims(c.x);
  const [, C, H, W] = shape;
  const p = c.padding;
  const offsets = cropOffsets(c);
  const [Hp, Wp] = [H + 2 * p, W + 2 * p];
  const index = offsetsOf(shape, (n, ch, i, j) => ((n * C + ch) * Hp + i + offsets[n][0]) * Wp + j + offsets[n][1]);
  const crop = reference.value(
    (tf, x) =>
      pick(
        tf,
        tf.pad(x, [
          [0, 0],
          [0, 0],
          [p, p],
          [p, p],
        ]),
        index,
        shape,
      ),
    [c.x],
  );
  return { crop: crop as Images };
}

/** The images flagged in `which` mirrored left to right by tf.gather, the others picked as they are. */
export function flipReference(
  reference: ReferenceBackend,
  c: Case,
  which: readonly boolean[] = c.x.map(() => true),
): Images {
  const shape = dims(c.x);
  const [, C, H, W] = shape;
  const index = offsetsOf(shape, (n, ch, i, j) => ((n * C + ch) * H + i) * W + (which[n] ? W - 1 - j : j));
  return reference.value((tf, x) => pick(tf, x, index, shape), [c.x]) as Images;
}

/** randomHorizontalFlip at the documented draws. */
export const randomFlipReference = (reference: ReferenceBackend, c: Case): Images =>
  flipReference(reference, c, flipped(c));

const pairs = (tf: Tf, t: Tensor, perm: number[]): Tensor => tf.gather(t, tf.tensor1d(perm, 'int32'));

/** mixup: λ·t + (1 − λ)·t[perm] for the images and the labels alike. */
export function mixupReference(reference: ReferenceBackend, c: Case): { x: Images; y: Labels } {
  const mix: ReferenceFn = (tf, t) => tf.add(tf.mul(t, c.lambda), tf.mul(pairs(tf, t, c.perm), 1 - c.lambda));
  return { x: reference.value(mix, [c.x]) as Images, y: reference.value(mix, [c.y]) as Labels };
}

/** cutmix: x·(1 − M) + x[perm]·M with M the clipped box's 0/1 mask, the labels mixed by λ = 1 − |box|/(H·W). */
export function cutmixReference(reference: ReferenceBackend, c: Case): { x: Images; y: Labels } {
  const [, , H, W] = dims(c.x);
  const [r0, r1, c0, c1] = clipped(c.box, H, W);
  const mask = [
    [
      Array.from({ length: H }, (_, i) =>
        Array.from({ length: W }, (_, j) => (i >= r0 && i < r1 && j >= c0 && j < c1 ? 1 : 0)),
      ),
    ],
  ];
  const kept = mask.map((a) => a.map((m) => m.map((row) => row.map((v) => 1 - v))));
  const lambda = 1 - ((r1 - r0) * (c1 - c0)) / (H * W);
  const x = reference.value(
    (tf, t, m, k) => tf.add(tf.mul(t, k), tf.mul(pairs(tf, t, c.perm), m)),
    [c.x, mask, kept],
  ) as Images;
  const y = reference.value((tf, t) => tf.add(tf.mul(t, lambda), tf.mul(pairs(tf, t, c.perm), 1 - lambda)), [c.y]);
  return { x, y: y as Labels };
}
