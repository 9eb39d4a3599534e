import { type Tensor4, zeros } from '#lib';

export interface GroupConvOptions {
  readonly stride: number;
  readonly padding: number;
  readonly groups: number;
}

export interface GroupConvCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
  readonly options: GroupConvOptions;
}

function channelsPerGroup(C: number, groups: number): number {
  if (C % groups !== 0) {
    throw new Error(`channel shuffle: ${C} channels do not split into ${groups} groups`);
  }
  return C / groups;
}

const copy = (map: number[][]): number[][] => map.map((row) => [...row]);

// [N, g, C/g] → [N, C/g, g]: output channel c = i·g + j holds channel i of group j, input channel j·(C/g) + i.
export function channelShuffle(x: Tensor4, groups: number): Tensor4 {
  const C = x[0].length;
  const per = channelsPerGroup(C, groups);
  return x.map((image) => image.map((_, c) => copy(image[(c % groups) * per + Math.floor(c / groups)])));
}

// The shuffle's Jacobian is a permutation matrix, its transpose the inverse permutation: input channel
// j·(C/g) + i went to output channel i·g + j, so that is where its gradient is.
export function channelShuffleBackward(dout: Tensor4, groups: number): Tensor4 {
  const per = channelsPerGroup(dout[0].length, groups);
  return dout.map((image) => image.map((_, c) => copy(image[(c % per) * groups + Math.floor(c / per)])));
}

export function groupConvForward(
  x: Tensor4,
  w: Tensor4,
  b: number[] | null,
  options: GroupConvOptions,
): { out: Tensor4; cache: GroupConvCache } {
  const { stride, padding, groups } = options;
  const [N, H, W] = [x.length, x[0][0].length, x[0][0][0].length];
  const [Cout, Cg, k] = [w.length, w[0].length, w[0][0].length];
  const outPer = Cout / groups;
  const Ho = Math.floor((H + 2 * padding - k) / stride) + 1;
  const Wo = Math.floor((W + 2 * padding - k) / stride) + 1;
  const out: Tensor4 = zeros([N, Cout, Ho, Wo]);
  for (let n = 0; n < N; n++) {
    for (let co = 0; co < Cout; co++) {
      const grp = Math.floor(co / outPer);
      for (let i = 0; i < Ho; i++) {
        for (let j = 0; j < Wo; j++) {
          let s = b ? b[co] : 0;
          for (let t = 0; t < Cg; t++) {
            const ci = grp * Cg + t;
            for (let a = 0; a < k; a++) {
              const r = i * stride - padding + a;
              if (r < 0 || r >= H) continue;
              for (let e = 0; e < k; e++) {
                const q = j * stride - padding + e;
                if (q >= 0 && q < W) s += x[n][ci][r][q] * w[co][t][a][e];
              }
            }
          }
          out[n][co][i][j] = s;
        }
      }
    }
  }
  return { out, cache: { x, w, options } };
}

export function groupConvBackward(dout: Tensor4, cache: GroupConvCache): { dx: Tensor4; dw: Tensor4; db: number[] } {
  const { x, w } = cache;
  const { stride, padding, groups } = cache.options;
  const [N, Cin, H, W] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [Cout, Cg, k] = [w.length, w[0].length, w[0][0].length];
  const [Ho, Wo] = [dout[0][0].length, dout[0][0][0].length];
  const outPer = Cout / groups;
  const dx: Tensor4 = zeros([N, Cin, H, W]);
  const dw: Tensor4 = zeros([Cout, Cg, k, k]);
  const db: number[] = new Array(Cout).fill(0);
  for (let n = 0; n < N; n++) {
    for (let co = 0; co < Cout; co++) {
      const first = Math.floor(co / outPer) * Cg;
      for (let i = 0; i < Ho; i++) {
        for (let j = 0; j < Wo; j++) {
          const g = dout[n][co][i][j];
          db[co] += g;
          for (let t = 0; t < Cg; t++) {
            for (let a = 0; a < k; a++) {
              const r = i * stride - padding + a;
              if (r < 0 || r >= H) continue;
              for (let e = 0; e < k; e++) {
                const q = j * stride - padding + e;
                if (q < 0 || q >= W) continue;
                dx[n][first + t][r][q] += g * w[co][t][a][e];
                dw[co][t][a][e] += g * x[n][first + t][r][q];
              }
            }
          }
        }
      }
    }
  }
  return { dx, dw, db };
}
