// Float64 tensors for graders: a kata's oracle, its mistakes' outputs and
// its tolerances in a few lines each (CONTRIBUTING.md). Every op carries the
// error bound of the float32 reference along (tensor64.ts, rounding.ts).
export { add, div, maximum, minimum, mul, sub } from './binary';
export { bounds, float64Bounds } from './bounds';
export { broadcastShape } from './broadcast';
export { type Closeness, closeness } from './closeness';
export { type Conv2dConstraints, conv2d, convOutputSize } from './conv2d';
export { fmt, fmtPair } from './fmt';
export { forEachIndex, offsetOf, stridesOf } from './indexing';
export { map } from './map';
export { type MatmulConstraints, matmul } from './matmul';
export { flatten, indexOf, mapNested, type Nested, shapeOf, sizeOf, unflatten } from './nested';
export { dot, norm2, normInf } from './norms';
export { max, mean, type ReduceConstraints, sum } from './reduce';
export { logSoftmax, logSumExp, softmax, softmaxBackward } from './softmax';
export { crop, dilatePad, flip } from './spatialMoves';
export { fromParts, item, scalar64, type Tensor64, type TensorConstraints, tensor64, toNested } from './tensor64';
export * from './tolerance';
export { reshape, transpose } from './transpose';
export {
  abs,
  cos,
  erf,
  exp,
  expm1,
  log,
  log1p,
  neg,
  relu,
  sigmoid,
  sin,
  softplus,
  sqrt,
  square,
  step,
  tanh,
} from './unary';
export { where } from './where';
