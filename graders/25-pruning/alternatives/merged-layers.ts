// Correct, written differently: global pruning as a merge of per-layer
// sorted lists; filters ranked by [norm, index] pairs sorted descending.
export interface Pruned {
  readonly pruned: number[];
  readonly mask: number[];
}

export interface GlobalPruned {
  readonly pruned: number[][];
  readonly masks: number[][];
}

export type Tensor4 = number[][][][];

export interface Conv {
  readonly w: Tensor4;
  readonly b: number[];
}

export interface PrunedFilters {
  readonly conv1: Conv;
  readonly conv2: Conv;
  readonly kept: number[];
}

/** round(x) with halves to even, from the two candidates' parity. */
function pyRound(x: number): number {
  const r = Math.round(x);
  // Math.round sends a half up; Python sends it to the even neighbour.
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function toPrune(fraction: number, n: number): number {
  if (!(fraction >= 0) || !(fraction <= 1)) throw new RangeError('the fraction to prune must lie in [0, 1]');
  return pyRound(fraction * n);
}

/** Removes the smallest remaining |w| k times. */
export function magnitudePrune(w: number[], sparsity: number): Pruned {
  let k = toPrune(sparsity, w.length);
  const mask = w.map(() => 1);
  while (k-- > 0) {
    let at = -1;
    w.forEach((v, i) => {
      if (mask[i] === 1 && (at === -1 || Math.abs(v) < Math.abs(w[at]))) at = i;
    });
    mask[at] = 0;
  }
  return { pruned: w.map((v, i) => v * mask[i] + 0), mask };
}

/** Each layer's indices sorted by |w|, then the k smallest taken from the heads of the lists. */
export function globalMagnitudePrune(layers: number[][], sparsity: number): GlobalPruned {
  const total = layers.reduce((n, l) => n + l.length, 0);
  let k = toPrune(sparsity, total);
  const sorted = layers.map((l) => l.map((_, i) => i).sort((a, b) => Math.abs(l[a]) - Math.abs(l[b])));
  const heads = layers.map(() => 0);
  const masks = layers.map((l) => l.map(() => 1));
  while (k-- > 0) {
    let best = -1;
    for (let j = 0; j < layers.length; j++) {
      if (heads[j] >= layers[j].length) continue;
      const v = Math.abs(layers[j][sorted[j][heads[j]]]);
      if (best === -1 || v < Math.abs(layers[best][sorted[best][heads[best]]])) best = j;
    }
    masks[best][sorted[best][heads[best]++]] = 0;
  }
  return { pruned: layers.map((l, j) => l.map((v, i) => (masks[j][i] ? v : 0))), masks };
}

export function pruneFilters(conv1: Conv, conv2: Conv, amount: number): PrunedFilters {
  const k = toPrune(amount, conv1.w.length);
  const ranked = conv1.w
    .map((f, o): [number, number] => [f.flat(2).reduce((s, v) => s + Math.abs(v), 0), o])
    .sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  const kept: number[] = [];
  for (let r = 0; r < ranked.length - k; r++) kept.push(ranked[r][1]);
  kept.sort((a, b) => a - b);
  const w1: Tensor4 = [];
  const b1: number[] = [];
  for (const o of kept) {
    w1.push(conv1.w[o].map((p) => p.map((row) => row.slice())));
    b1.push(conv1.b[o]);
  }
  const w2: Tensor4 = [];
  for (const f of conv2.w) {
    const channels: number[][][] = [];
    for (const c of kept) channels.push(f[c].map((row) => row.slice()));
    w2.push(channels);
  }
  return { conv1: { w: w1, b: b1 }, conv2: { w: w2, b: conv2.b.slice() }, kept };
}
