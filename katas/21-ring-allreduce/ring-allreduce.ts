import { notImplemented } from '#lib';

/**
 * What one worker sends its right neighbour in one step: which chunk of the
 * buffer, and that chunk's values (exactly `end − start` of them, with
 * `[start, end) = chunkBounds(buffer.length, size, chunk)`).
 */
export interface Message {
  readonly chunk: number;
  readonly values: readonly number[];
}

/**
 * One worker's program, run by the grader for every rank in lockstep (SPMD,
 * as with MPI or NCCL): each `yield` is one synchronous step. The value
 * yielded is what this worker sends to its right neighbour
 * `(rank + 1) mod size`; the `yield` expression evaluates to what it
 * received, in the same step, from its left neighbour
 * `(rank − 1 + size) mod size`. The return value is the worker's final,
 * fully reduced buffer.
 */
export type RingWorker = Generator<Message, number[], Message>;

/**
 * The half-open range `[start, end)` of chunk `chunk` (0 ≤ chunk < size)
 * when a buffer of `length` elements is split into `size` contiguous chunks:
 * chunk 0 starts at 0, chunk c + 1 starts where chunk c ends, the last one
 * ends at `length`, and no chunk is longer than ⌈length/size⌉: every ring
 * step waits for the biggest chunk (so when `length mod size ≠ 0` some chunks
 * are shorter than others, and when `length < size` some are empty).
 *
 * Example: length 7, size 3 → [0, 3), [3, 5), [5, 7), or [0, 3), [3, 6), [6, 7).
 */
export function chunkBounds(length: number, size: number, chunk: number): [number, number] {
  return notImplemented('chunkBounds');
}

/**
 * Ring all-reduce, as worker `rank` of `size` sees it: it starts with its
 * own `buffer` (length L, the same on every worker) and must end with the
 * element-wise sum of all `size` buffers, Σ_w buffer_w (a sum, not a mean).
 *
 * The contract the grader checks, with N = size:
 * - the buffer is split into N chunks with your `chunkBounds`, and every
 *   message is exactly one chunk;
 * - reduce-scatter, N − 1 steps: afterwards each worker holds one chunk
 *   fully reduced; then all-gather, N − 1 steps: afterwards every worker
 *   holds every reduced chunk. 2(N − 1) steps in all, so each worker sends
 *   2(N − 1)/N of the buffer, however many workers there are;
 * - at step 0 the N workers send N different chunks, and at every later
 *   step each worker sends the chunk it received at the step before;
 * - reduce-scatter messages carry partial sums, all-gather messages full
 *   sums, and every worker ends with the same bits;
 * - with size 1 there is nothing to send: return a copy after 0 steps.
 *
 * Working out which chunk to send when, and what to do with what arrives,
 * is the exercise (the README's hints). Do not modify `buffer` or a
 * received message; return a new array.
 */
export function* ringAllReduce(rank: number, size: number, buffer: readonly number[]): RingWorker {
  return notImplemented('ringAllReduce');
}
