export { type BoundedFloatConstraints, boundedFloat } from './boundedFloat';
export { classLabels } from './classLabels';
export { type MaskConstraints, mask } from './mask';
export { type DimConstraints, dim, shape } from './shape';
export { tensor } from './tensor';
