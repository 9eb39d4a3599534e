import type { Conv, Tensor4 } from '../../katas/25-pruning/pruning';
import { add, conv2d, relu, reshape, type Tensor64, tensor64 } from '../kit/tensor';

// The definitions in plain float64 (selections and copies are exact: no
// bound to carry), with one switch per known mistake (misconceptions.ts), so
// that a mistake's prediction is the same code with one switch turned; and
// the network conv1 → ReLU → conv2 with kit/tensor's ops, whose bounds are
// the tolerance against the tfjs reference. The tie rule here (the lower
// index first) is the oracle's own: the grader accepts any.

export interface Slip {
  /** How s·n becomes a count: PyTorch's round-half-to-even unless floor, ceil or Math.round. */
  readonly count?: 'floor' | 'ceil' | 'half-up';
  /** Weights ranked by w instead of |w|. */
  readonly byValue?: boolean;
  /** Everything at or below the k-th smallest |w| pruned. */
  readonly threshold?: boolean;
  /** Global pruning as each layer pruned at s. */
  readonly perLayer?: boolean;
  /** Filters ranked by Σw² (the order of the L2 norm) or by Σw. */
  readonly rank?: 'l2' | 'sum';
  /** conv2 as it was, or its first Cout − k input channels. */
  readonly nextLayer?: 'unchanged' | 'first-channels';
  /** conv1's bias as it was. */
  readonly biasKept?: boolean;
  /** kept (and the layers) in increasing order of the norms. */
  readonly rankOrder?: boolean;
}

/** Python's round(x): the nearest integer, a half to the even one. */
export function pythonRound(x: number): number {
  const down = Math.floor(x);
  const rest = x - down;
  if (rest !== 0.5) return rest < 0.5 ? down : down + 1;
  return down % 2 === 0 ? down : down + 1;
}

/** torch.nn.utils.prune._compute_nparams_toprune for a float amount: round(amount · size). */
export function pruneCount(amount: number, size: number, slip: Slip = {}): number {
  const x = amount * size;
  if (slip.count === 'floor') return Math.floor(x);
  if (slip.count === 'ceil') return Math.ceil(x);
  if (slip.count === 'half-up') return Math.round(x);
  return pythonRound(x);
}

/** Indices 0…n − 1 in increasing order of key, ties by index (a stable sort). */
const ascending = (keys: readonly number[]): number[] =>
  keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);

export interface Pruned {
  readonly pruned: number[];
  readonly mask: number[];
}

/** l1_unstructured: the k smallest |w| set to 0. */
export function prune64(w: readonly number[], sparsity: number, slip: Slip = {}): Pruned {
  const k = pruneCount(sparsity, w.length, slip);
  const key = w.map((v) => (slip.byValue ? v : Math.abs(v)));
  const order = ascending(key);
  const mask = w.map(() => 1);
  if (slip.threshold) {
    const t = k > 0 ? key[order[k - 1]] : Number.NEGATIVE_INFINITY;
    key.forEach((v, i) => {
      if (v <= t) mask[i] = 0;
    });
  } else {
    for (const i of order.slice(0, k)) mask[i] = 0;
  }
  return { pruned: w.map((v, i) => (mask[i] === 1 ? v : 0)), mask };
}

/** Pruned arrays and masks, one per layer. */
export interface GlobalPruned {
  readonly pruned: number[][];
  readonly masks: number[][];
}

/** global_unstructured: one ranking of every layer's weights together. */
export function globalPrune64(layers: readonly (readonly number[])[], sparsity: number, slip: Slip = {}): GlobalPruned {
  if (slip.perLayer) {
    const each = layers.map((l) => prune64(l, sparsity, slip));
    return { pruned: each.map((p) => p.pruned), masks: each.map((p) => p.mask) };
  }
  const all = prune64(layers.flat(), sparsity, slip);
  const pruned: number[][] = [];
  const masks: number[][] = [];
  let start = 0;
  for (const l of layers) {
    pruned.push(all.pruned.slice(start, start + l.length));
    masks.push(all.mask.slice(start, start + l.length));
    start += l.length;
  }
  return { pruned, masks };
}

/** A filter's importance: Σ|w| (ln_structured, n = 1), or a slip's. */
export function filterScore(filter: number[][][], slip: Slip = {}): number {
  const vs = filter.flat(2);
  if (slip.rank === 'l2') return vs.reduce((s, v) => s + v * v, 0);
  if (slip.rank === 'sum') return vs.reduce((s, v) => s + v, 0);
  return vs.reduce((s, v) => s + Math.abs(v), 0);
}

export interface PrunedFilters {
  readonly conv1: Conv;
  readonly conv2: Conv;
  readonly kept: number[];
}

/** ln_structured(n = 1, dim = 0) on conv1, the filters removed from conv1 and their input channels from conv2. */
export function pruneFilters64(conv1: Conv, conv2: Conv, amount: number, slip: Slip = {}): PrunedFilters {
  const k = pruneCount(amount, conv1.w.length, slip);
  const byScore = ascending(conv1.w.map((f) => filterScore(f, slip)));
  const survivors = byScore.slice(k);
  const kept = slip.rankOrder ? survivors : [...survivors].sort((a, b) => a - b);
  const w2 =
    slip.nextLayer === 'unchanged'
      ? conv2.w
      : conv2.w.map((f) => kept.map((c, j) => f[slip.nextLayer === 'first-channels' ? j : c]));
  return {
    conv1: { w: kept.map((o) => conv1.w[o]), b: slip.biasKept ? [...conv1.b] : kept.map((o) => conv1.b[o]) },
    conv2: { w: w2, b: conv2.b },
    kept,
  };
}

/** conv1 with the filters not in `kept` (and their biases) set to 0: the original network, those channels silenced. */
export function zeroed(conv1: Conv, kept: readonly number[]): Conv {
  const on = (o: number) => kept.includes(o);
  return {
    w: conv1.w.map((f, o) => (on(o) ? f : f.map((p) => p.map((r) => r.map(() => 0))))),
    b: conv1.b.map((v, o) => (on(o) ? v : 0)),
  };
}

/** A conv layer as tfjs composes it: conv2d (stride 1, no padding), then + b broadcast over N, H and W. */
const layer = (x: Tensor64, { w, b }: Conv): Tensor64 =>
  add(conv2d(x, tensor64(w)), reshape(tensor64(b), [1, b.length, 1, 1]));

/** conv2(relu(conv1(x))), [N, C2out, Ho, Wo]. */
export function net64(x: Tensor4, conv1: Conv, conv2: Conv): Tensor64 {
  return layer(relu(layer(tensor64(x), conv1)), conv2);
}
