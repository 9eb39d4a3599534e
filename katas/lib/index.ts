// What learner code may use: shape helpers and a seeded RNG, never math
// that would give a kata away. Import it as `#lib`.
export { NotImplementedError, notImplemented } from './notImplemented';
export { shapeOf, full, zeros, ones } from './shape';
export type { Matrix, Tensor4 } from './shape';
export { seededRng } from './rng';
export { erf } from './erf';
