export { boundedFloat, type BoundedFloatConstraints } from './boundedFloat';
export { dim, shape, type DimConstraints } from './shape';
export { tensor } from './tensor';
export { classLabels } from './classLabels';
export { mask, type MaskConstraints } from './mask';
