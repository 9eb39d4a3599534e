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

/** k = round(amount·size) with Python's round (halves to even), as PyTorch's _compute_nparams_toprune. */
function pruneCount(amount: number, size: number): number {
  if (!(amount >= 0 && amount <= 1)) throw new RangeError(`the fraction to prune must lie in [0, 1], got ${amount}`);
  const x = amount * size;
  const down = Math.floor(x);
  const rest = x - down;
  return rest > 0.5 || (rest === 0.5 && down % 2 === 1) ? down + 1 : down;
}

export function magnitudePrune(w: number[], sparsity: number): Pruned {
  const k = pruneCount(sparsity, w.length);
  const order = w.map((_, i) => i).sort((a, b) => Math.abs(w[a]) - Math.abs(w[b]));
  const mask = w.map(() => 1);
  for (const i of order.slice(0, k)) mask[i] = 0;
  return { pruned: w.map((v, i) => (mask[i] === 1 ? v : 0)), mask };
}

export function globalMagnitudePrune(layers: number[][], sparsity: number): GlobalPruned {
  const all = magnitudePrune(layers.flat(), sparsity);
  const pruned: number[][] = [];
  const masks: number[][] = [];
  let start = 0;
  for (const layer of layers) {
    pruned.push(all.pruned.slice(start, start + layer.length));
    masks.push(all.mask.slice(start, start + layer.length));
    start += layer.length;
  }
  return { pruned, masks };
}

const l1Norm = (filter: number[][][]): number => filter.flat(2).reduce((s, v) => s + Math.abs(v), 0);
const copy3 = (t: number[][][]): number[][][] => t.map((plane) => plane.map((row) => [...row]));

export function pruneFilters(conv1: Conv, conv2: Conv, amount: number): PrunedFilters {
  const k = pruneCount(amount, conv1.w.length);
  const norms = conv1.w.map(l1Norm);
  const byNorm = norms.map((_, o) => o).sort((a, b) => norms[a] - norms[b]);
  const kept = byNorm.slice(k).sort((a, b) => a - b);
  return {
    conv1: { w: kept.map((o) => copy3(conv1.w[o])), b: kept.map((o) => conv1.b[o]) },
    // Input channel c of conv2 reads filter c of conv1: it goes with it.
    conv2: { w: conv2.w.map((f) => kept.map((c) => f[c].map((row) => [...row]))), b: [...conv2.b] },
    kept,
  };
}
