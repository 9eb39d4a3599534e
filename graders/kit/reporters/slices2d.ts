import { shapeOf } from '../../../katas/lib/shape';
import type { Nested } from '../tensor/nested';

/** One 2-D panel of a tensor: `lead` is the index of the leading dimensions it sits at. */
export interface Slice2d {
  readonly lead: readonly number[];
  readonly rows: readonly (readonly number[])[];
}

/**
 * A tensor of any rank as 2-D panels over its last two dimensions: a scalar
 * is 1×1, a vector one row, [B, H, Sq, Sk] is B·H panels of Sq×Sk.
 */
export function slices2d(t: Nested): { shape: number[]; slices: Slice2d[] } {
  const shape = shapeOf(t);
  if (shape.length === 0) return { shape, slices: [{ lead: [], rows: [[t as number]] }] };
  if (shape.length === 1) return { shape, slices: [{ lead: [], rows: [t as number[]] }] };
  const slices: Slice2d[] = [];
  const walk = (x: Nested, lead: number[]): void => {
    if (lead.length === shape.length - 2) slices.push({ lead, rows: x as number[][] });
    else for (const [i, e] of (x as Nested[]).entries()) walk(e, [...lead, i]);
  };
  walk(t, []);
  return { shape, slices };
}
