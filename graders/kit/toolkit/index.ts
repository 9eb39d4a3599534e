// The grading toolkit: what a grader imports. Each piece lives in a file
// named after it; the engine that runs graders is in ../engine.
export * from './arbitraries';
export { callLearner, type KataModule } from './callLearner';
export { checkGradient, gradientCheckCost, ELEMENTWISE_LIMIT, type GradientCheckConstraints } from './checkGradient';
export { defineGrader, property, DEFAULT_RUNS, type Grader, type Property } from './defineGrader';
export { expectClose, closeness, fmt, type CloseConstraints, type Suspect } from './expectClose';
export { expectFinite, type FiniteConstraints } from './expectFinite';
export { fail, GradingFailure, type FailureDetail } from './gradingFailure';
export { flatten, unflatten, shapeOf, sizeOf, indexOf, mapNested, type Nested } from './nested';
export { referenceBackend, type ReferenceBackend, type ReferenceFn } from './referenceBackend';
export * from './tolerance';
export { validateTensor, type Where } from './validateTensor';
export { withMisconception } from './withMisconception';
export { checkReference, type ReferenceCheck, type ReferenceMargin } from './checkReference';
export { defineVariants, type Variant } from './defineVariants';
