// The grading toolkit: what a grader imports. Each piece lives in a file
// named after it; float64 tensors and tolerances are in ../tensor, the
// engine that runs graders is in ../engine.
export type { ReferenceBackend, ReferenceFn } from '../backends/referenceBackend';
export { type Message, type MessageParam, msg } from '../results/message';
export { fmt, fmtPair } from '../tensor/fmt';
export * from './arbitraries';
export { callLearner, type KataModule } from './callLearner';
export { checkGradient, ELEMENTWISE_LIMIT, type GradientCheckConstraints, gradientCheckCost } from './checkGradient';
export { checkReference, type GradientOf, type ReferenceCheck, type ReferenceMargin } from './checkReference';
export { confirmMistakes, SEPARATION } from './confirmMistakes';
export { defineEquivalentMutants, type EquivalentMutant } from './defineEquivalentMutants';
export {
  DEFAULT_RUNS,
  defineGrader,
  type Grader,
  type GraderOptions,
  type GradingEnv,
  type Property,
  property,
} from './defineGrader';
export { defineMessages } from './defineMessages';
export { defineMisconceptions, type Misconception } from './defineMisconceptions';
export { type Picture, type PictureDrawing, picture } from './definePicture';
export { type Alternative, defineVariants, type Edit, type Variants, type WrongVariant } from './defineVariants';
export { type Bound, type CloseConstraints, expectClose, expectOutputs, type OutputsConstraints } from './expectClose';
export { expectFinite, type FiniteConstraints } from './expectFinite';
export { fail, GradingFailure, messageOf, type Observation } from './gradingFailure';
export { type Mistake, mistake, type Outputs, type Probe, probe, THROWS } from './mistake';
export { validateTensor, type Where } from './validateTensor';
