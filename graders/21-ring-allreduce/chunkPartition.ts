import type * as Kata from '../../katas/21-ring-allreduce/ring-allreduce';
import { callLearner, fail } from '../kit/toolkit';
import type { Finding } from './finding';

type K = typeof Kata;
export type Chunks = readonly (readonly [number, number])[];

/** The learner's chunkBounds(length, size, c) for every chunk c, checked to be two integers each. */
export function learnerChunks(kata: K, length: number, size: number): Chunks {
  return Array.from({ length: size }, (_, chunk) => {
    const got = callLearner(kata, 'chunkBounds', { length, size, chunk });
    if (!Array.isArray(got) || got.length !== 2 || !got.every(Number.isInteger)) {
      fail({
        fn: 'chunkBounds',
        summary: `chunkBounds(${length}, ${size}, ${chunk}) returned ${JSON.stringify(got) ?? String(got)}: expected [start, end], two integers`,
      });
    }
    return [got[0], got[1]] as const;
  });
}

/**
 * The chunks must tile [0, length) in order, with sizes within one of each
 * other: every element is reduced exactly once, and no ring step waits on a
 * chunk bigger than ⌈L/N⌉.
 */
export function partitionFinding(chunks: Chunks, length: number, size: number): Finding | undefined {
  return tilingFinding(chunks, length, size) ?? balanceFinding(chunks, length, size);
}

const described = (chunks: Chunks, length: number, size: number): string =>
  `chunkBounds(${length}, ${size}, c) gives ${chunks.map(([a, b]) => `[${a}, ${b})`).join(' ')}`;

/** Chunks that miss or repeat elements: the reduced values come out wrong. */
export function tilingFinding(chunks: Chunks, length: number, size: number): Finding | undefined {
  const seen = described(chunks, length, size);
  const tile =
    'chunk 0 starts at 0, chunk c + 1 starts where chunk c ends and the last chunk ends at L, so every element is reduced exactly once';
  if (chunks[0][0] !== 0) return { summary: `${seen}: chunk 0 starts at ${chunks[0][0]}`, misconception: tile };
  for (let c = 0; c < size; c++) {
    const [a, b] = chunks[c];
    if (b < a) return { summary: `${seen}: chunk ${c} ends before it starts`, misconception: tile };
    if (c > 0 && a !== chunks[c - 1][1]) {
      return {
        summary: `${seen}: chunk ${c} starts at ${a} but chunk ${c - 1} ends at ${chunks[c - 1][1]}`,
        misconception: `${a > chunks[c - 1][1] ? 'a gap' : 'an overlap'} between chunks: ${tile}`,
      };
    }
  }
  const end = chunks[size - 1][1];
  const base = Math.floor(length / size);
  if (end < length) {
    const dropped = chunks.every(([a, b]) => b - a === base);
    return {
      summary: `${seen}: elements [${end}, ${length}) belong to no chunk and are never reduced`,
      misconception: dropped
        ? `chunks of ⌊L/N⌋ = ${base} element${base === 1 ? '' : 's'} drop the remainder: they cover only N·⌊L/N⌋ = ${end} of the L = ${length} elements — give the first L mod N chunks one extra element`
        : `the last chunk must end at L = ${length}: ${tile}`,
    };
  }
  if (end > length)
    return {
      summary: `${seen}: the chunks run past the end of the buffer (L = ${length})`,
      misconception: `clamp the last chunks to L: ${tile}`,
    };
  return undefined;
}

/** Chunks that tile but differ in size by more than one: right sums, a slower ring. */
export function balanceFinding(chunks: Chunks, length: number, size: number): Finding | undefined {
  const sizes = chunks.map(([a, b]) => b - a);
  const [small, big] = [Math.min(...sizes), Math.max(...sizes)];
  if (big - small <= 1) return undefined;
  const base = Math.floor(length / size);
  const lastTakesRest = sizes.slice(0, -1).every((s) => s === base) && sizes[size - 1] === length - base * (size - 1);
  return {
    summary: `${described(chunks, length, size)}: chunk sizes range from ${small} to ${big}`,
    misconception: lastTakesRest
      ? `the last chunk takes the whole remainder (L mod N = ${length % size} extra elements), and every ring step waits for the biggest chunk: spread the remainder, one extra element for each of L mod N chunks`
      : 'chunk sizes must stay within one of each other (⌊L/N⌋ or ⌈L/N⌉ elements): every ring step waits for the biggest chunk',
  };
}
