import { fromParts, sum, type Tensor64, tensor64 } from '../kit/tensor';

// Ring all-reduce in float64: the truth is a plain sum (there is no tfjs
// reference), and the protocol facts of our schedule, with switches for the
// mistakes people make. Every value that moves in a ring is a sum of input
// elements, so the oracle follows which ones (their "atoms") and computes
// each value once, with kit/tensor's `sum`: its bound holds for any order of
// addition, the learner's as well as ours. The inputs are float64 on both
// sides, so they are read exactly.

export type Buffers = readonly (readonly number[])[];

export const mod = (a: number, n: number): number => ((a % n) + n) % n;

/** How a buffer of L elements is cut into N chunks: ours, and two mistakes. */
export type Tiling = 'balanced' | 'drop-remainder' | 'last-takes-remainder';

/** Chunk `chunk`'s [start, end): balanced gives the first L mod N chunks one extra element. */
export function chunkOf(length: number, size: number, chunk: number, tiling: Tiling = 'balanced'): [number, number] {
  const base = Math.floor(length / size);
  if (tiling === 'drop-remainder') return [chunk * base, (chunk + 1) * base];
  if (tiling === 'last-takes-remainder') return [chunk * base, chunk === size - 1 ? length : (chunk + 1) * base];
  const extra = length % size;
  const start = chunk * base + Math.min(chunk, extra);
  return [start, start + base + (chunk < extra ? 1 : 0)];
}

/** Every chunk's bounds, [N, 2]. */
export const tiling64 = (length: number, size: number, tiling: Tiling = 'balanced'): { bounds: Tensor64 } => ({
  bounds: tensor64(
    Array.from({ length: size }, (_, c) => chunkOf(length, size, c, tiling)),
    { exact: true },
  ),
});

/** Σ over `workers` of buffers[w][start, end): what a message carries after visiting them. */
export const partialSum64 = (buffers: Buffers, workers: readonly number[], start: number, end: number): Tensor64 =>
  sum(tensor64(workers.map((w) => buffers[w].slice(start, end)) as number[][], { exact: true }), { axis: 0 });

/** Σ_w buffers[w], [L]: what every worker must end with. */
export const allReduce64 = (buffers: Buffers): Tensor64 =>
  partialSum64(
    buffers,
    buffers.map((_, w) => w),
    0,
    buffers[0]?.length ?? 0,
  );

/** A mistake of the worker program, as a switch of the oracle's schedule. */
export interface RingMistake {
  /** Steps in each phase: N − 1 (right), or N. */
  readonly stepsPerPhase?: 'n-1' | 'n';
  /** false: stop after reduce-scatter. */
  readonly allGather?: boolean;
  /** The chunk all-gather step t sends: (r + 1 − t), the one just reduced (right), or (r − t). */
  readonly allGatherFrom?: 'reduced' | 'own';
  /** Where reduce-scatter adds what it receives: into the chunk received (right), or the chunk it sent. */
  readonly addsInto?: 'received' | 'sent';
  /** What a message carries: its chunk (right), or the whole buffer (read back at absolute indices). */
  readonly sends?: 'chunk' | 'buffer';
}

/**
 * A run as the grader's channel records it (simulateRing.ts), every field a
 * tensor: steps; chunks[k][r] and lengths[k][r], the chunk worker r sent at
 * step k and how many values; values, every message's values in step then
 * rank order; results[r], worker r's final buffer.
 */
export interface RingRecord {
  readonly steps: Tensor64;
  readonly chunks: Tensor64;
  readonly lengths: Tensor64;
  readonly values: Tensor64;
  readonly results: Tensor64;
}

/** The input elements a value sums (flat indices w·L + i), or null for NaN: a read past the end of a message. */
type Atoms = readonly number[] | null;

const plus = (a: Atoms, b: Atoms): Atoms => (a && b ? [...a, ...b] : null);

/**
 * Our worker program run for every rank in lockstep (the solution's
 * schedule: reduce-scatter step s sends chunk r − s and adds the received
 * chunk into its copy, all-gather step t sends chunk r + 1 − t and copies the
 * received one), with a mistake switched on if given.
 */
export function ring64(buffers: Buffers, mistake: RingMistake = {}): RingRecord {
  const n = buffers.length;
  const length = buffers[0]?.length ?? 0;
  const acc: Atoms[][] = buffers.map((b, w) => b.map((_, i) => [w * length + i]));
  const chunks: number[][] = [];
  const lengths: number[][] = [];
  const values: Atoms[] = [];
  const step = (sends: (rank: number) => number, reduce: boolean): void => {
    const sent = acc.map((mine, r) => {
      const chunk = mod(sends(r), n);
      const [start, end] = chunkOf(length, n, chunk);
      return { chunk, values: mistake.sends === 'buffer' ? [...mine] : mine.slice(start, end) };
    });
    chunks.push(sent.map((m) => m.chunk));
    lengths.push(sent.map((m) => m.values.length));
    for (const m of sent) values.push(...m.values);
    acc.forEach((mine, r) => {
      const got = sent[mod(r - 1, n)];
      const into = reduce && mistake.addsInto === 'sent' ? sent[r].chunk : got.chunk;
      const [start, end] = chunkOf(length, n, into);
      const offset = mistake.sends === 'buffer' ? 0 : start;
      for (let i = start; i < end; i++) {
        const v = got.values[i - offset] ?? null;
        mine[i] = reduce ? plus(mine[i], v) : v;
      }
    });
  };
  const perPhase = mistake.stepsPerPhase === 'n' ? n : n - 1;
  for (let s = 0; s < perPhase; s++) step((r) => r - s, true);
  if (mistake.allGather !== false) {
    const first = mistake.allGatherFrom === 'own' ? 0 : 1;
    for (let s = 0; s < perPhase; s++) step((r) => r + first - s, false);
  }
  const inputs = buffers.flat();
  return {
    steps: tensor64(chunks.length, { exact: true }),
    chunks: tensor64(chunks, { exact: true }),
    lengths: tensor64(lengths, { exact: true }),
    values: valuesOf(values, [values.length], inputs),
    results: valuesOf(acc.flat(), [n, length], inputs),
  };
}

/**
 * Each value as `sum` of its atoms, laid out in `shape`. The kit has no
 * stack or concat; this packs rank-0 results with fromParts, keeping each
 * one's value and bound.
 */
function valuesOf(atoms: readonly Atoms[], shape: readonly number[], inputs: readonly number[]): Tensor64 {
  const parts = atoms.map((a) =>
    a
      ? sum(
          tensor64(
            a.map((id) => inputs[id]),
            { exact: true },
          ),
        )
      : tensor64(Number.NaN, { exact: true }),
  );
  return fromParts(
    shape,
    Float64Array.from(parts, (p) => p.data[0]),
    Float64Array.from(parts, (p) => p.err[0]),
    parts.reduce((d, p) => Math.max(d, p.depth), 0),
  );
}
