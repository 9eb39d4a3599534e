import type { Tensor4 } from '#lib';

// Correct, written differently: the shuffle through a permutation table
// (output channel c comes from input channel perm[c]) and its backward
// through the inverse table. The group conv as one dense convolution with
// the block-diagonal weight, zeros wherever an output and an input channel
// lie in different groups; its dw is read back from the block diagonal.

export interface GroupConvOptions {
  readonly stride: number;
  readonly padding: number;
  readonly groups: number;
}

export interface GroupConvCache {
  readonly x: Tensor4;
  readonly dense: Tensor4;
  readonly options: GroupConvOptions;
}

function permutation(C: number, groups: number): number[] {
  if (groups <= 0 || C % groups) throw new RangeError(`groups = ${groups} must divide C = ${C}`);
  const perm: number[] = [];
  for (let i = 0; i < C / groups; i++) for (let j = 0; j < groups; j++) perm.push(j * (C / groups) + i);
  return perm;
}

export function channelShuffle(x: Tensor4, groups: number): Tensor4 {
  const perm = permutation(x[0].length, groups);
  return x.map((image) => perm.map((from) => image[from].map((row) => [...row])));
}

export function channelShuffleBackward(dout: Tensor4, groups: number): Tensor4 {
  const perm = permutation(dout[0].length, groups);
  const inverse = new Array<number>(perm.length);
  perm.forEach((from, c) => {
    inverse[from] = c;
  });
  return dout.map((image) => inverse.map((c) => image[c].map((row) => [...row])));
}

export function groupConvForward(
  x: Tensor4,
  w: Tensor4,
  b: number[] | null,
  options: GroupConvOptions,
): { out: Tensor4; cache: GroupConvCache } {
  const { stride: s, padding: p, groups } = options;
  const [Cin, H, W] = [x[0].length, x[0][0].length, x[0][0][0].length];
  const [Cout, per, k] = [w.length, w[0].length, w[0][0].length];
  const group = (co: number) => Math.floor(co / (Cout / groups));
  const dense = w.map((filter, co) =>
    Array.from({ length: Cin }, (_, ci) =>
      Math.floor(ci / per) === group(co) ? filter[ci % per] : Array.from({ length: k }, () => Array(k).fill(0)),
    ),
  );
  const Ho = Math.floor((H + 2 * p - k) / s) + 1;
  const Wo = Math.floor((W + 2 * p - k) / s) + 1;
  const out = x.map((image) =>
    dense.map((filter, co) =>
      Array.from({ length: Ho }, (_, i) =>
        Array.from({ length: Wo }, (_, j) => {
          let acc = 0;
          for (let ci = 0; ci < Cin; ci++)
            for (let a = 0; a < k; a++)
              for (let e = 0; e < k; e++) {
                const [r, q] = [i * s - p + a, j * s - p + e];
                if (r >= 0 && r < H && q >= 0 && q < W) acc += filter[ci][a][e] * image[ci][r][q];
              }
          return b === null ? acc : acc + b[co];
        }),
      ),
    ),
  );
  return { out, cache: { x, dense, options } };
}

export function groupConvBackward(dout: Tensor4, cache: GroupConvCache): { dx: Tensor4; dw: Tensor4; db: number[] } {
  const { x, dense } = cache;
  const { stride: s, padding: p, groups } = cache.options;
  const [N, Cin, H, W] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [Cout, k] = [dense.length, dense[0][0].length];
  const per = Cin / groups;
  const dx = x.map((image) => image.map(() => Array.from({ length: H }, () => Array(W).fill(0))));
  const dDense = dense.map((filter) => filter.map(() => Array.from({ length: k }, () => Array(k).fill(0))));
  for (let n = 0; n < N; n++)
    for (let co = 0; co < Cout; co++)
      dout[n][co].forEach((row, i) => {
        row.forEach((g, j) => {
          for (let ci = 0; ci < Cin; ci++)
            for (let a = 0; a < k; a++)
              for (let e = 0; e < k; e++) {
                const [r, q] = [i * s - p + a, j * s - p + e];
                if (r < 0 || r >= H || q < 0 || q >= W) continue;
                dx[n][ci][r][q] += g * dense[co][ci][a][e];
                dDense[co][ci][a][e] += g * x[n][ci][r][q];
              }
        });
      });
  const first = (co: number) => Math.floor(co / (Cout / groups)) * per;
  const dw = dDense.map((filter, co) => filter.slice(first(co), first(co) + per));
  const db = Array.from({ length: Cout }, (_, co) =>
    dout.reduce((acc, image) => acc + image[co].reduce((t, row) => t + row.reduce((u, v) => u + v, 0), 0), 0),
  );
  return { dx, dw, db };
}
