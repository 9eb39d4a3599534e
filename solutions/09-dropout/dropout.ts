import type { Matrix } from '#lib';

export interface DropoutCache {
  /** 1/(1 − p) where a unit was kept, 0 where it was dropped (all 1 in eval mode), [N, D]. */
  readonly mask: Matrix;
}

export function dropoutForward(
  x: Matrix,
  p: number,
  training: boolean,
  rng: () => number,
): { out: Matrix; cache: DropoutCache } {
  if (!training) return { out: x.map((row) => [...row]), cache: { mask: x.map((row) => row.map(() => 1)) } };
  const scale = 1 / (1 - p);
  // One draw per element, row-major; the ternary never multiplies by 1/(1 − p) = ∞ at p = 1.
  const mask = x.map((row) => row.map(() => (rng() >= p ? scale : 0)));
  const out = x.map((row, i) => row.map((v, j) => v * mask[i][j]));
  return { out, cache: { mask } };
}

export function dropoutBackward(dout: Matrix, cache: DropoutCache): { dx: Matrix } {
  const { mask } = cache;
  return { dx: dout.map((row, i) => row.map((g, j) => g * mask[i][j])) };
}
