import type * as Kata from '../../katas/21-ring-allreduce/ring-allreduce';
import { callLearner, fail, type Message } from '../kit/toolkit';
import text from './messages';

type K = typeof Kata;
export type Chunks = readonly (readonly [number, number])[];

/** The learner's chunkBounds(length, size, c) for every chunk c, checked to be two integers each. */
export function learnerChunks(kata: K, length: number, size: number): Chunks {
  return Array.from({ length: size }, (_, chunk) => {
    const got = callLearner(kata, 'chunkBounds', { length, size, chunk });
    if (!Array.isArray(got) || got.length !== 2 || !got.every(Number.isInteger)) {
      fail({
        kind: 'shape',
        fn: 'chunkBounds',
        message: text['bounds-not-pair']({ length, size, chunk, got: JSON.stringify(got) ?? String(got) }),
      });
    }
    return [got[0], got[1]] as const;
  });
}

/**
 * The chunks must tile [0, length) in order — chunk 0 starts at 0, chunk
 * c + 1 where chunk c ends, the last ends at L — so that every element is
 * reduced exactly once; and none may be longer than ⌈L/N⌉, the least the
 * biggest of N chunks can be, because every ring step waits for the
 * biggest. Any tiling that meets both costs the same: the balanced one,
 * ⌈L/N⌉-long chunks with a short (or empty) last one, or the remainder
 * spread over the last chunks.
 */
export function expectTiling(chunks: Chunks, length: number, size: number): void {
  const seen = chunks.map(([a, b]) => `[${a}, ${b})`).join(' ');
  const broken = (why: Message): never =>
    fail({ fn: 'chunkBounds', message: text.tiling({ length, size, chunks: seen, why }) });
  if (chunks[0][0] !== 0) broken(text['chunk-0-start']({ start: chunks[0][0] }));
  for (let c = 0; c < size; c++) {
    const [a, b] = chunks[c];
    if (b < a) broken(text['chunk-ends-before-start']({ chunk: c }));
    if (c > 0 && a !== chunks[c - 1][1]) {
      const where = { chunk: c, start: a, previous: c - 1, end: chunks[c - 1][1] };
      broken(a > chunks[c - 1][1] ? text['chunk-gap'](where) : text['chunk-overlap'](where));
    }
  }
  const end = chunks[size - 1][1];
  if (end < length) broken(text['chunks-short']({ end, length }));
  if (end > length) broken(text['chunks-past-end']({ length }));
  const cap = Math.ceil(length / size);
  const big = chunks.findIndex(([a, b]) => b - a > cap);
  if (big >= 0) {
    const [a, b] = chunks[big];
    broken(text['chunk-too-big']({ chunk: big, size: b - a, cap }));
  }
}
