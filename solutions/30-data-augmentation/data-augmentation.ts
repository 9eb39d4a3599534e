export type Images = number[][][][];
export type Labels = number[][];

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

export function randomCrop(x: Images, padding: number, rng: () => number): Images {
  const span = 2 * padding + 1;
  return x.map((image) => {
    const top = Math.floor(rng() * span);
    const left = Math.floor(rng() * span);
    return image.map((map) => {
      const H = map.length;
      const W = map[0].length;
      return map.map((_, i) =>
        map[0].map((_, j) => {
          const r = i + top - padding;
          const c = j + left - padding;
          return r >= 0 && r < H && c >= 0 && c < W ? map[r][c] : 0;
        }),
      );
    });
  });
}

const flipImage = (image: number[][][]): number[][][] =>
  image.map((map) => map.map((row) => row.map((_, j) => row[row.length - 1 - j])));

export function horizontalFlip(x: Images): Images {
  return x.map(flipImage);
}

export function randomHorizontalFlip(x: Images, rng: () => number, p = 0.5): Images {
  return x.map((image) => (rng() < p ? flipImage(image) : image.map((map) => map.map((row) => [...row]))));
}

export function mixup(x: Images, y: Labels, lambda: number, perm: number[]): { x: Images; y: Labels } {
  const mix = (a: number, b: number): number => lambda * a + (1 - lambda) * b;
  return {
    x: x.map((image, n) => image.map((map, c) => map.map((row, i) => row.map((v, j) => mix(v, x[perm[n]][c][i][j]))))),
    y: y.map((row, n) => row.map((v, k) => mix(v, y[perm[n]][k]))),
  };
}

const clamp = (v: number, hi: number): number => Math.min(Math.max(v, 0), hi);

export function cutmix(x: Images, y: Labels, box: Box, perm: number[]): { x: Images; y: Labels; lambda: number } {
  const H = x[0][0].length;
  const W = x[0][0][0].length;
  const [r0, r1] = [clamp(box.top, H), clamp(box.top + box.height, H)];
  const [c0, c1] = [clamp(box.left, W), clamp(box.left + box.width, W)];
  const area = (r1 - r0) * (c1 - c0);
  const lambda = 1 - area / (H * W);
  const inside = (i: number, j: number): boolean => i >= r0 && i < r1 && j >= c0 && j < c1;
  return {
    x: x.map((image, n) => {
      const source = x[perm[n]];
      return image.map((map, c) => map.map((row, i) => row.map((v, j) => (inside(i, j) ? source[c][i][j] : v))));
    }),
    y: y.map((row, n) => row.map((v, k) => lambda * v + (1 - lambda) * y[perm[n]][k])),
    lambda,
  };
}
