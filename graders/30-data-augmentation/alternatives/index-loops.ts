// Correct, written differently: index loops into preallocated arrays, no
// draws at padding 0 (every offset is 0 then), and CutMix copies x and
// overwrites only the clipped box from x[perm].
export type Images = number[][][][];
export type Labels = number[][];

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

function copy(x: Images): Images {
  const out: Images = [];
  for (const image of x) {
    const im: number[][][] = [];
    for (const map of image) {
      const m: number[][] = [];
      for (const row of map) m.push(row.slice());
      im.push(m);
    }
    out.push(im);
  }
  return out;
}

export function randomCrop(x: Images, padding: number, rng: () => number): Images {
  const out = copy(x);
  for (let n = 0; n < x.length; n++) {
    const top = padding === 0 ? 0 : Math.floor(rng() * (2 * padding + 1));
    const left = padding === 0 ? 0 : Math.floor(rng() * (2 * padding + 1));
    for (let c = 0; c < x[n].length; c++) {
      const H = x[n][c].length;
      const W = x[n][c][0].length;
      for (let i = 0; i < H; i++) {
        for (let j = 0; j < W; j++) {
          const r = i + top - padding;
          const q = j + left - padding;
          out[n][c][i][j] = 0;
          if (r < 0 || r >= H || q < 0 || q >= W) continue;
          out[n][c][i][j] = x[n][c][r][q];
        }
      }
    }
  }
  return out;
}

function flipInto(out: Images, x: Images, n: number): void {
  for (let c = 0; c < x[n].length; c++) {
    for (let i = 0; i < x[n][c].length; i++) {
      const W = x[n][c][i].length;
      for (let j = 0; j < W; j++) out[n][c][i][j] = x[n][c][i][W - 1 - j];
    }
  }
}

export function horizontalFlip(x: Images): Images {
  const out = copy(x);
  for (let n = 0; n < x.length; n++) flipInto(out, x, n);
  return out;
}

export function randomHorizontalFlip(x: Images, rng: () => number, p = 0.5): Images {
  const out = copy(x);
  for (let n = 0; n < x.length; n++) if (rng() < p) flipInto(out, x, n);
  return out;
}

export function mixup(x: Images, y: Labels, lambda: number, perm: number[]): { x: Images; y: Labels } {
  const out = copy(x);
  const labels: Labels = [];
  for (let n = 0; n < x.length; n++) {
    const other = x[perm[n]];
    for (let c = 0; c < x[n].length; c++)
      for (let i = 0; i < x[n][c].length; i++)
        for (let j = 0; j < x[n][c][i].length; j++)
          out[n][c][i][j] = lambda * x[n][c][i][j] + (1 - lambda) * other[c][i][j];
    const row: number[] = [];
    for (let k = 0; k < y[n].length; k++) row.push(lambda * y[n][k] + (1 - lambda) * y[perm[n]][k]);
    labels.push(row);
  }
  return { x: out, y: labels };
}

export function cutmix(x: Images, y: Labels, box: Box, perm: number[]): { x: Images; y: Labels; lambda: number } {
  const H = x[0][0].length;
  const W = x[0][0][0].length;
  let r0 = box.top;
  let r1 = box.top + box.height;
  let c0 = box.left;
  let c1 = box.left + box.width;
  if (r0 < 0) r0 = 0;
  if (c0 < 0) c0 = 0;
  if (r1 > H) r1 = H;
  if (c1 > W) c1 = W;
  const area = r1 > r0 && c1 > c0 ? (r1 - r0) * (c1 - c0) : 0;
  const out = copy(x);
  for (let n = 0; n < x.length; n++)
    for (let c = 0; c < x[n].length; c++)
      for (let i = r0; i < r1; i++) for (let j = c0; j < c1; j++) out[n][c][i][j] = x[perm[n]][c][i][j];
  const lambda = 1 - area / (H * W);
  const labels: Labels = [];
  for (let n = 0; n < y.length; n++) {
    const row: number[] = [];
    for (let k = 0; k < y[n].length; k++) row.push(lambda * y[n][k] + (1 - lambda) * y[perm[n]][k]);
    labels.push(row);
  }
  return { x: out, y: labels, lambda };
}
