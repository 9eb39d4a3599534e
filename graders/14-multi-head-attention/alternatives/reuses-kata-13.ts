// Correct, written differently: the projections here, the per-head attention
// from the learner's own kata 13 (here its reference solution, copied next to
// this file as a learner has it), the causal mask as kata 13's 0/1 mask.
import type { Matrix, Tensor4 } from '#lib';
// @ts-expect-error: it resolves where the proof puts this file, next to a copy of kata 13 (materializeVariants.ts).
import { type AttentionCache, attentionBackward, attentionForward } from '../13-attention/attention';

export type Tensor3 = number[][][];

export interface MhaParams {
  readonly Wq: Matrix;
  readonly Wk: Matrix;
  readonly Wv: Matrix;
  readonly Wo: Matrix;
  readonly bq: number[];
  readonly bk: number[];
  readonly bv: number[];
  readonly bo: number[];
}

export interface MhaOptions {
  readonly heads: number;
  readonly causal?: boolean;
}

export interface MhaCache {
  readonly inputs: readonly [Tensor3, Tensor3, Tensor3];
  readonly params: MhaParams;
  readonly attention: AttentionCache;
  readonly concat: Tensor3;
}

const linear = (x: Tensor3, W: Matrix, b: number[]): Tensor3 =>
  x.map((seq) => seq.map((r) => W.map((w, o) => w.reduce((s, wc, c) => s + wc * r[c], b[o]))));

/** [N, L, d] → [N, heads, L, d_head], contiguous blocks. */
const split = (x: Tensor3, heads: number): Tensor4 => {
  const dh = x[0][0].length / heads;
  return x.map((seq) => Array.from({ length: heads }, (_, h) => seq.map((r) => r.slice(h * dh, (h + 1) * dh))));
};

/** [N, heads, L, d_head] → [N, L, d]. */
const merge = (x: Tensor4): Tensor3 => x.map((Xn) => Xn[0].map((_, i) => Xn.flatMap((Xh) => Xh[i])));

function backLinear(dy: Tensor3, x: Tensor3, W: Matrix) {
  const rows = dy.flat();
  const xs = x.flat();
  return {
    dx: dy.map((seq) => seq.map((g) => W[0].map((_, c) => g.reduce((s, go, o) => s + go * W[o][c], 0)))),
    dW: W.map((_, o) => W[0].map((_, c) => rows.reduce((s, g, r) => s + g[o] * xs[r][c], 0))),
    db: W.map((_, o) => rows.reduce((s, g) => s + g[o], 0)),
  };
}

export function mhaForward(query: Tensor3, key: Tensor3, value: Tensor3, params: MhaParams, options: MhaOptions) {
  const { heads } = options;
  const d = query[0][0].length;
  if (d % heads) throw new Error(`heads = ${heads} does not divide d_model = ${d}`);
  const Lq = query[0].length;
  const Lk = key[0].length;
  const mask = options.causal
    ? query.map(() =>
        Array.from({ length: heads }, () =>
          Array.from({ length: Lq }, (_, i) => Array.from({ length: Lk }, (_, j) => (j <= i ? 1 : 0))),
        ),
      )
    : undefined;
  const {
    out: heads4,
    weights,
    cache,
  } = attentionForward(
    split(linear(query, params.Wq, params.bq), heads),
    split(linear(key, params.Wk, params.bk), heads),
    split(linear(value, params.Wv, params.bv), heads),
    mask,
  );
  const concat = merge(heads4);
  return {
    out: linear(concat, params.Wo, params.bo),
    weights,
    cache: { inputs: [query, key, value], params, attention: cache, concat } as MhaCache,
  };
}

export function mhaBackward(dout: Tensor3, cache: MhaCache) {
  const { inputs, params, attention, concat } = cache;
  const heads = attention.Q[0].length;
  const o = backLinear(dout, concat, params.Wo);
  const { dQ, dK, dV } = attentionBackward(split(o.dx, heads), attention);
  const q = backLinear(merge(dQ), inputs[0], params.Wq);
  const k = backLinear(merge(dK), inputs[1], params.Wk);
  const v = backLinear(merge(dV), inputs[2], params.Wv);
  return {
    dquery: q.dx,
    dkey: k.dx,
    dvalue: v.dx,
    dWq: q.dW,
    dWk: k.dW,
    dWv: v.dW,
    dWo: o.dW,
    dbq: q.db,
    dbk: k.db,
    dbv: v.db,
    dbo: o.db,
  };
}
