// Correct, written differently: the k-th smallest |w| by quickselect and a
// threshold with its ties counted; filters removed through a boolean mask.
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

/** Python's round: the nearest integer; at a tie, the even one of the two. */
function roundHalfEven(x: number): number {
  const lower = Math.floor(x);
  const upper = lower + 1;
  const dLower = x - lower;
  const dUpper = upper - x;
  if (dLower < dUpper) return lower;
  if (dUpper < dLower) return upper;
  return lower % 2 === 0 ? lower : upper;
}

function countOf(fraction: number, n: number): number {
  if (Number.isNaN(fraction) || fraction < 0 || fraction > 1) throw new Error(`fraction ${fraction} outside [0, 1]`);
  return roundHalfEven(fraction * n);
}

/** The element of rank r (0-based) of xs, by Hoare's quickselect on a copy. */
function select(xs: number[], r: number): number {
  const a = xs.slice();
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j], a[i]];
        i++;
        j--;
      }
    }
    if (r <= j) hi = j;
    else if (r >= i) lo = i;
    else return a[r];
  }
  return a[r];
}

export function magnitudePrune(w: number[], sparsity: number): Pruned {
  const k = countOf(sparsity, w.length);
  const mags = w.map(Math.abs);
  const mask = new Array<number>(w.length).fill(1);
  if (k > 0) {
    const t = select(mags, k - 1);
    let below = 0;
    for (let i = 0; i < w.length; i++) {
      if (mags[i] < t) {
        mask[i] = 0;
        below++;
      }
    }
    // Of the weights exactly at the threshold, prune only as many as k needs: here the last ones.
    for (let i = w.length - 1; i >= 0 && below < k; i--) {
      if (mags[i] === t) {
        mask[i] = 0;
        below++;
      }
    }
  }
  const pruned = new Array<number>(w.length);
  for (let i = 0; i < w.length; i++) pruned[i] = mask[i] ? w[i] : 0;
  return { pruned, mask };
}

export function globalMagnitudePrune(layers: number[][], sparsity: number): GlobalPruned {
  const flat: number[] = [];
  for (const layer of layers) for (const v of layer) flat.push(v);
  const { pruned, mask } = magnitudePrune(flat, sparsity);
  let at = 0;
  const out: GlobalPruned = { pruned: [], masks: [] };
  for (const layer of layers) {
    out.pruned.push(pruned.slice(at, at + layer.length));
    out.masks.push(mask.slice(at, at + layer.length));
    at += layer.length;
  }
  return out;
}

export function pruneFilters(conv1: Conv, conv2: Conv, amount: number): PrunedFilters {
  const cout = conv1.w.length;
  const k = countOf(amount, cout);
  const norms = conv1.w.map((f) => {
    let s = 0;
    for (const plane of f) for (const row of plane) for (const v of row) s += Math.abs(v);
    return s;
  });
  // Remove the smallest norm k times, marking each filter removed.
  const keep = new Array<boolean>(cout).fill(true);
  for (let n = 0; n < k; n++) {
    let worst = -1;
    for (let o = 0; o < cout; o++) if (keep[o] && (worst < 0 || norms[o] < norms[worst])) worst = o;
    keep[worst] = false;
  }
  const kept = keep.flatMap((on, o) => (on ? [o] : []));
  const deep = <T>(x: T): T => JSON.parse(JSON.stringify(x));
  return {
    conv1: { w: deep(conv1.w.filter((_, o) => keep[o])), b: conv1.b.filter((_, o) => keep[o]) },
    conv2: { w: conv2.w.map((f) => deep(f.filter((_, c) => keep[c]))), b: conv2.b.slice() },
    kept,
  };
}
