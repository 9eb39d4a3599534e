import { broadcastOffsets, broadcastShape } from './broadcast';
import { flatten, type Nested, shapeOf, sizeOf } from './nested';
import { scalar64, type Tensor64 } from './tensor64';

/**
 * Element-wise `condition ? a : b`, broadcasting all three; `condition` is
 * plain data (a 0/1 mask), never differentiated. Exact: the chosen element's error.
 */
export function where(condition: Nested, a: Tensor64 | number, b: Tensor64 | number): Tensor64 {
  const x = typeof a === 'number' ? scalar64(a) : a;
  const y = typeof b === 'number' ? scalar64(b) : b;
  const cShape = shapeOf(condition);
  const shape = broadcastShape(broadcastShape(cShape, x.shape, 'where'), y.shape, 'where');
  const ic = broadcastOffsets(cShape, shape);
  const ix = broadcastOffsets(x.shape, shape);
  const iy = broadcastOffsets(y.shape, shape);
  const c = flatten(condition);
  const n = sizeOf(shape);
  const data = new Float64Array(n);
  const err = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const pick = c[ic[k]] !== 0;
    data[k] = pick ? x.data[ix[k]] : y.data[iy[k]];
    err[k] = pick ? x.err[ix[k]] : y.err[iy[k]];
  }
  return { shape, data, err, depth: Math.max(x.depth, y.depth) };
}
