// Ring all-reduce has no tfjs reference: what a worker must hold is a plain
// float64 sum, computed here in ring order. Learner code may add in another
// order, so graders compare with referenceTolerance's float64 mode, counting
// the roundings of both sides (reference.test.ts checks that bound accepts
// other orders).

/**
 * Elements [start, end) of buffers[from] + buffers[from + 1] + … over
 * `count` workers, ranks taken mod N: what a ring message carries after the
 * chunk has visited those workers. count = N gives the full sum.
 */
export function ringPartialSum(
  buffers: readonly (readonly number[])[],
  from: number,
  count: number,
  start: number,
  end: number,
): number[] {
  const n = buffers.length;
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    let s = buffers[from % n][i];
    for (let j = 1; j < count; j++) s += buffers[(from + j) % n][i];
    out.push(s);
  }
  return out;
}

/** The magnitude the rounding of those sums scales with: max over elements of Σ |terms| (tolerance.ts). */
export function partialSumScale(
  buffers: readonly (readonly number[])[],
  from: number,
  count: number,
  start: number,
  end: number,
): number {
  const abs = buffers.map((b) => b.map(Math.abs));
  return ringPartialSum(abs, from, count, start, end).reduce((m, v) => Math.max(m, v), 0);
}

/** Σ_w buffers[w]: what every worker must end with. */
export function allReduceSum(buffers: readonly (readonly number[])[]): number[] {
  return ringPartialSum(buffers, 0, buffers.length, 0, buffers[0]?.length ?? 0);
}

/** Roundings in an N-term sum on one side; both sides round, so graders pass twice this as `ops`. */
export function sumRoundings(terms: number): number {
  return Math.max(1, terms - 1);
}
