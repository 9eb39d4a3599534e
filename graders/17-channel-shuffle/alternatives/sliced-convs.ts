import type { Tensor4 } from '#lib';

// Correct, written differently: the shuffle as the explicit reshape →
// transpose → flatten it is defined as, and its backward as the shuffle with
// C/g groups (the inverse of swapping two axes is swapping them back). The
// group conv as g ordinary convolutions, each on its slice of the input and
// of the weight, concatenated along the channels.

export interface GroupConvOptions {
  readonly stride: number;
  readonly padding: number;
  readonly groups: number;
}

export interface GroupConvCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
  readonly b: number[] | null;
  readonly options: GroupConvOptions;
}

export function channelShuffle(x: Tensor4, groups: number): Tensor4 {
  const C = x[0].length;
  if (C % groups !== 0) throw new Error(`cannot split ${C} channels into ${groups} groups`);
  const per = C / groups;
  return x.map((image) => {
    // [g, C/g] → [C/g, g] → flat.
    const grouped = Array.from({ length: groups }, (_, j) => image.slice(j * per, (j + 1) * per));
    const swapped = Array.from({ length: per }, (_, i) => grouped.map((group) => group[i]));
    return swapped.flat().map((map) => map.map((row) => row.slice()));
  });
}

export function channelShuffleBackward(dout: Tensor4, groups: number): Tensor4 {
  const C = dout[0].length;
  if (C % groups !== 0) throw new Error(`cannot split ${C} channels into ${groups} groups`);
  return channelShuffle(dout, C / groups);
}

const zeros4 = (a: number, b: number, c: number, d: number): Tensor4 =>
  Array.from({ length: a }, () => Array.from({ length: b }, () => Array.from({ length: c }, () => Array(d).fill(0))));

const at = (map: number[][], r: number, q: number): number =>
  r >= 0 && r < map.length && q >= 0 && q < map[0].length ? map[r][q] : 0;

function conv(x: Tensor4, w: Tensor4, b: number[] | null, s: number, p: number): Tensor4 {
  const [H, W, k] = [x[0][0].length, x[0][0][0].length, w[0][0].length];
  const Ho = Math.floor((H + 2 * p - k) / s) + 1;
  const Wo = Math.floor((W + 2 * p - k) / s) + 1;
  return x.map((image) =>
    w.map((filter, co) =>
      Array.from({ length: Ho }, (_, i) =>
        Array.from({ length: Wo }, (_, j) => {
          let acc = b ? b[co] : 0;
          filter.forEach((kernel, ci) => {
            kernel.forEach((row, a) => {
              row.forEach((v, e) => {
                acc += v * at(image[ci], i * s - p + a, j * s - p + e);
              });
            });
          });
          return acc;
        }),
      ),
    ),
  );
}

function convBackward(dout: Tensor4, x: Tensor4, w: Tensor4, s: number, p: number) {
  const [N, C, H, W] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [Cout, k] = [w.length, w[0][0].length];
  const dx = zeros4(N, C, H, W);
  const dw = zeros4(Cout, C, k, k);
  const db = new Array<number>(Cout).fill(0);
  dout.forEach((image, n) => {
    image.forEach((map, co) => {
      map.forEach((row, i) => {
        row.forEach((g, j) => {
          db[co] += g;
          for (let ci = 0; ci < C; ci++)
            for (let a = 0; a < k; a++)
              for (let e = 0; e < k; e++) {
                const [r, q] = [i * s - p + a, j * s - p + e];
                if (r < 0 || r >= H || q < 0 || q >= W) continue;
                dx[n][ci][r][q] += g * w[co][ci][a][e];
                dw[co][ci][a][e] += g * x[n][ci][r][q];
              }
        });
      });
    });
  });
  return { dx, dw, db };
}

/** Block j of every example, along the channels. */
const slice = (t: Tensor4, j: number, per: number): Tensor4 => t.map((image) => image.slice(j * per, (j + 1) * per));

export function groupConvForward(
  x: Tensor4,
  w: Tensor4,
  b: number[] | null,
  options: GroupConvOptions,
): { out: Tensor4; cache: GroupConvCache } {
  const { stride, padding, groups } = options;
  const [inPer, outPer] = [x[0].length / groups, w.length / groups];
  const blocks = Array.from({ length: groups }, (_, j) =>
    conv(
      slice(x, j, inPer),
      w.slice(j * outPer, (j + 1) * outPer),
      b ? b.slice(j * outPer, (j + 1) * outPer) : null,
      stride,
      padding,
    ),
  );
  const out = x.map((_, n) => blocks.flatMap((block) => block[n]));
  return { out, cache: { x, w, b, options } };
}

export function groupConvBackward(dout: Tensor4, cache: GroupConvCache): { dx: Tensor4; dw: Tensor4; db: number[] } {
  const { x, w } = cache;
  const { stride, padding, groups } = cache.options;
  const [inPer, outPer] = [x[0].length / groups, w.length / groups];
  const parts = Array.from({ length: groups }, (_, j) =>
    convBackward(slice(dout, j, outPer), slice(x, j, inPer), w.slice(j * outPer, (j + 1) * outPer), stride, padding),
  );
  return {
    dx: x.map((_, n) => parts.flatMap((part) => part.dx[n])),
    dw: parts.flatMap((part) => part.dw),
    db: parts.flatMap((part) => part.db),
  };
}
