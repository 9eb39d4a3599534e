import { fmtPair } from '../../tensor/fmt';
import type { Nested } from '../../tensor/nested';
import { shapeOf } from '../../tensor/nested';

type Format = (v: number, index: readonly number[]) => string;

/**
 * How to write yours and the reference's tensor element by element so that
 * each pair shows where it differs (fmtPair: the float32 reference as the
 * float32 it is, yours with the digits it takes). Tensors of different
 * shapes are written exactly.
 */
export function pairTexts(got: Nested, expected: Nested): { got: Format; expected: Format } {
  const sameShape = shapeOf(got).join() === shapeOf(expected).join();
  if (!sameShape) return { got: String, expected: String };
  return {
    got: (v, index) => fmtPair(v, at(expected, index))[0],
    expected: (v, index) => fmtPair(at(got, index), v)[1],
  };
}

function at(x: Nested, index: readonly number[]): number {
  let v = x;
  for (const i of index) v = (v as Nested[])[i];
  return v as number;
}
