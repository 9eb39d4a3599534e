import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md, step 8): each wrong variant is
// the solution plus one edit and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
const FLIP = 'image.map((map) => map.map((row) => row.map((_, j) => row[row.length - 1 - j])));';

export default defineVariants({
  wrong: [
    {
      name: 'crop-offset-off-by-one',
      misconception: m['crop-offset-off-by-one'],
      mistake: 'offsets floor(rng()·2p): the last offset 2p is never drawn',
      edits: [['const span = 2 * padding + 1;', 'const span = 2 * padding;']],
    },
    {
      name: 'crop-edge-padding',
      misconception: m['crop-edge-padding'],
      mistake: 'out-of-range reads clamped to the border: edge replication instead of zeros',
      edits: [
        [
          'return r >= 0 && r < H && c >= 0 && c < W ? map[r][c] : 0;',
          'return map[Math.min(Math.max(r, 0), H - 1)][Math.min(Math.max(c, 0), W - 1)];',
        ],
      ],
    },
    {
      name: 'crop-offset-not-shifted',
      misconception: m['crop-offset-not-shifted'],
      mistake: 'the window read at x[i + top][j + left], the padding never subtracted',
      edits: [
        [
          'const r = i + top - padding;\n          const c = j + left - padding;',
          'const r = i + top;\n          const c = j + left;',
        ],
      ],
    },
    {
      name: 'flip-vertical',
      misconception: m['flip-vertical'],
      mistake: 'the rows reversed instead of the columns',
      edits: [[FLIP, 'image.map((map) => map.map((_, i) => [...map[map.length - 1 - i]]));']],
    },
    {
      name: 'flip-reverses-input',
      misconception: m['flip-reverses-input'],
      mistake: "row.reverse(), which reverses the caller's rows in place",
      edits: [[FLIP, 'image.map((map) => map.map((row) => row.reverse()));']],
    },
    {
      name: 'flip-once-per-batch',
      misconception: m['flip-once-per-batch'],
      mistake: 'one rng() call flips the whole batch or none of it',
      edits: [
        ['  return x.map((image) => (rng() < p ?', '  const flip = rng() < p;\n  return x.map((image) => (flip ?'],
      ],
    },
    {
      name: 'mixup-labels-not-mixed',
      misconception: m['mixup-labels-not-mixed'],
      mistake: 'the images mixed, the labels returned as they were',
      edits: [['y: y.map((row, n) => row.map((v, k) => mix(v, y[perm[n]][k]))),', 'y: y.map((row) => [...row]),']],
    },
    {
      name: 'mixup-label-weights-swapped',
      misconception: m['mixup-label-weights-swapped'],
      mistake: 'ỹ = (1 − λ)·y + λ·y[perm]',
      edits: [['mix(v, y[perm[n]][k])', 'mix(y[perm[n]][k], v)']],
    },
    {
      name: 'cutmix-unclipped-area',
      misconception: m['cutmix-unclipped-area'],
      mistake: 'λ = 1 − h·w/(H·W) from the box as given',
      edits: [['const area = (r1 - r0) * (c1 - c0);', 'const area = box.height * box.width;']],
    },
    {
      name: 'cutmix-ignores-perm',
      misconception: m['cutmix-ignores-perm'],
      mistake: 'the box pasted from the image itself',
      edits: [['const source = x[perm[n]];', 'const source = image;']],
    },
    {
      name: 'cutmix-box-transposed',
      misconception: m['cutmix-box-transposed'],
      mistake: 'top/height taken as columns and left/width as rows',
      edits: [
        [
          'const [r0, r1] = [clamp(box.top, H), clamp(box.top + box.height, H)];\n  const [c0, c1] = [clamp(box.left, W), clamp(box.left + box.width, W)];',
          'const [r0, r1] = [clamp(box.left, H), clamp(box.left + box.width, H)];\n  const [c0, c1] = [clamp(box.top, W), clamp(box.top + box.height, W)];',
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'pad-then-slice',
      difference:
        'the crop pads a zero copy first and slices the window out of it; the flip reverses row copies with Array.prototype.reverse; all flip draws taken first; mixup as b + λ·(a − b); CutMix as a mask multiply x·(1 − M) + x[perm]·M with λ = (H·W − area)/(H·W)',
    },
    {
      name: 'index-loops',
      difference:
        'explicit index loops into preallocated arrays; no draws at padding 0 (every offset is 0); CutMix copies x and overwrites only the clipped box from x[perm], the box clipped with if-branches',
    },
  ],
});
