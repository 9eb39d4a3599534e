import type * as Kata from '../../katas/21-ring-allreduce/ring-allreduce';
import { callLearner, fail } from '../kit/toolkit';

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
        summary: `chunkBounds(${length}, ${size}, ${chunk}) returned ${JSON.stringify(got) ?? String(got)}: expected [start, end], two integers`,
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
  const seen = `chunkBounds(${length}, ${size}, c) gives ${chunks.map(([a, b]) => `[${a}, ${b})`).join(' ')}`;
  const broken = (why: string): never => fail({ fn: 'chunkBounds', summary: `${seen}: ${why}` });
  if (chunks[0][0] !== 0) broken(`chunk 0 starts at ${chunks[0][0]}, not 0`);
  for (let c = 0; c < size; c++) {
    const [a, b] = chunks[c];
    if (b < a) broken(`chunk ${c} ends before it starts`);
    if (c > 0 && a !== chunks[c - 1][1]) {
      broken(
        `chunk ${c} starts at ${a} but chunk ${c - 1} ends at ${chunks[c - 1][1]} (${a > chunks[c - 1][1] ? 'a gap' : 'an overlap'})`,
      );
    }
  }
  const end = chunks[size - 1][1];
  if (end < length) broken(`elements [${end}, ${length}) belong to no chunk and are never reduced`);
  if (end > length) broken(`the chunks run past the end of the buffer (L = ${length})`);
  const cap = Math.ceil(length / size);
  const big = chunks.findIndex(([a, b]) => b - a > cap);
  if (big >= 0) {
    const [a, b] = chunks[big];
    broken(
      `chunk ${big} has ${b - a} elements, more than ⌈L/N⌉ = ${cap}: every ring step waits for the biggest chunk, so the ring takes longer than it must`,
    );
  }
}
