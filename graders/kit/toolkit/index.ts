// The grading toolkit: what a grader imports. Each piece lives in a file
// named after it; the engine that runs graders is in ../engine.
export * from './arbitraries';
export { callLearner, type KataModule } from './callLearner';
export { checkGradient, ELEMENTWISE_LIMIT, type GradientCheckConstraints, gradientCheckCost } from './checkGradient';
export { checkReference, type ReferenceCheck, type ReferenceMargin } from './checkReference';
export { DEFAULT_RUNS, defineGrader, type Grader, type Property, property } from './defineGrader';
export { defineVariants, type Variant } from './defineVariants';
export { type CloseConstraints, closeness, expectClose, fmt, type Suspect } from './expectClose';
export { expectFinite, type FiniteConstraints } from './expectFinite';
export { type FailureDetail, fail, GradingFailure } from './gradingFailure';
export { flatten, indexOf, mapNested, type Nested, shapeOf, sizeOf, unflatten } from './nested';
export { type ReferenceBackend, type ReferenceFn, referenceBackend } from './referenceBackend';
export * from './tolerance';
export { validateTensor, type Where } from './validateTensor';
export { withMisconception } from './withMisconception';
