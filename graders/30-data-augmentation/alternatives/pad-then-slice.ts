// Correct, written differently: the crop pads a zero copy and slices it, the
// flip reverses row copies, every flip draw is taken first (in image order),
// mixup is b + λ·(a − b), and CutMix multiplies by a 0/1 mask.
export type Images = number[][][][];
export type Labels = number[][];

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

function padded(map: number[][], p: number): number[][] {
  const W = map[0].length;
  const zeros = (): number[] => new Array(W + 2 * p).fill(0);
  const rows = map.map((row) => [...new Array(p).fill(0), ...row, ...new Array(p).fill(0)]);
  return [...Array.from({ length: p }, zeros), ...rows, ...Array.from({ length: p }, zeros)];
}

export function randomCrop(x: Images, padding: number, rng: () => number): Images {
  const n = 2 * padding + 1;
  return x.map((image) => {
    const offsets = [rng(), rng()].map((u) => Math.floor(u * n));
    return image.map((map) =>
      padded(map, padding)
        .slice(offsets[0], offsets[0] + map.length)
        .map((row) => row.slice(offsets[1], offsets[1] + map[0].length)),
    );
  });
}

export function horizontalFlip(x: Images): Images {
  return x.map((image) => image.map((map) => map.map((row) => [...row].reverse())));
}

export function randomHorizontalFlip(x: Images, rng: () => number, p = 0.5): Images {
  const draws = x.map(() => rng());
  const flippedAll = horizontalFlip(x);
  return x.map((image, n) => (draws[n] < p ? flippedAll[n] : image.map((map) => map.map((row) => row.slice()))));
}

const blend = (a: number, b: number, lambda: number): number => b + lambda * (a - b);

export function mixup(x: Images, y: Labels, lambda: number, perm: number[]): { x: Images; y: Labels } {
  const xs = perm.map((k) => x[k]);
  const ys = perm.map((k) => y[k]);
  return {
    x: x.map((image, n) =>
      image.map((map, c) => map.map((row, i) => row.map((v, j) => blend(v, xs[n][c][i][j], lambda)))),
    ),
    y: y.map((row, n) => row.map((v, k) => blend(v, ys[n][k], lambda))),
  };
}

export function cutmix(x: Images, y: Labels, box: Box, perm: number[]): { x: Images; y: Labels; lambda: number } {
  const H = x[0][0].length;
  const W = x[0][0][0].length;
  const rows = (i: number): boolean => i >= box.top && i < box.top + box.height;
  const cols = (j: number): boolean => j >= box.left && j < box.left + box.width;
  const M: number[][] = Array.from({ length: H }, (_, i) =>
    Array.from({ length: W }, (_, j) => (rows(i) && cols(j) ? 1 : 0)),
  );
  const area = M.flat().reduce((a, v) => a + v, 0);
  const lambda = (H * W - area) / (H * W);
  return {
    x: x.map((image, n) =>
      image.map((map, c) => map.map((row, i) => row.map((v, j) => v * (1 - M[i][j]) + x[perm[n]][c][i][j] * M[i][j]))),
    ),
    y: y.map((row, n) => row.map((v, k) => lambda * v + (1 - lambda) * y[perm[n]][k])),
    lambda,
  };
}
