import fc from 'fast-check';
import type * as Kata from '../../katas/20-optimizers/optimizers';
import { tensor } from '../kit/toolkit';

export type K = typeof Kata;

/** A run of SGD: initial params and state, one gradient and one learning rate per step. */
export interface SgdRun {
  readonly params: number[];
  readonly grads: number[][];
  readonly lrs: number[];
  readonly momentum: number;
  readonly weightDecay: number;
  /** Absent (undefined) half the time it is false: nesterov is optional and defaults to false. */
  readonly nesterov: boolean | undefined;
  readonly state: Kata.SgdState;
}

/** A run of Adam or AdamW: initial params and state, one gradient and one learning rate per step. */
export interface AdamRun {
  readonly params: number[];
  readonly grads: number[][];
  readonly lrs: number[];
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
  readonly state: Kata.AdamState;
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/**
 * Gradients of a run, [steps, n]: each away from 0 (v = 0 would leave √v̂
 * without a bound) and scaled by 10ᵏ, so that runs see gradients from 1e-3
 * to 1e3 in magnitude.
 */
const gradients = (steps: number, n: number, scales: readonly number[]): fc.Arbitrary<number[][]> =>
  fc
    .tuple(tensor([steps, n], { awayFrom: [0] }) as fc.Arbitrary<number[][]>, fc.constantFrom(...scales))
    .map(([g, s]) => g.map((row) => row.map((x) => x * s)));

export interface RunShape {
  readonly minSteps: number;
  readonly maxSteps: number;
}

/** The number of steps and of parameters (≤ 8): small, so that a counterexample reads. */
const sizes = ({ minSteps, maxSteps }: RunShape) =>
  fc.tuple(fc.integer({ min: minSteps, max: maxSteps }), fc.integer({ min: 1, max: 8 }));

const lrsOf = (steps: number, lr: fc.Arbitrary<number>, schedule: boolean): fc.Arbitrary<number[]> =>
  schedule ? fc.array(lr, { minLength: steps, maxLength: steps }) : lr.map((x) => new Array<number>(steps).fill(x));

export interface SgdDraw extends RunShape {
  /** momentum 0 (plain SGD), > 0, or either. */
  readonly momentum: 'none' | 'some' | 'any';
  readonly nesterov?: boolean;
  readonly weightDecay?: boolean;
  /** A new learning rate at every step, as a scheduler gives. */
  readonly schedule?: boolean;
}

export const sgdRuns = ({ momentum, nesterov = false, weightDecay = true, schedule = false, ...shape }: SgdDraw) =>
  sizes(shape).chain(([steps, n]) =>
    fc.record<SgdRun>({
      params: tensor([n]) as fc.Arbitrary<number[]>,
      grads: gradients(steps, n, [1e-2, 1, 10]),
      lrs: lrsOf(steps, fc.constantFrom(0.1, 0.01, 0.05, 0.3), schedule),
      momentum:
        momentum === 'none' ? fc.constant(0) : fc.constantFrom(...(momentum === 'some' ? [] : [0]), 0.9, 0.5, 0.99),
      weightDecay: weightDecay ? fc.constantFrom(0, 1e-2, 0.1, 0.5) : fc.constant(0),
      nesterov: nesterov ? fc.constantFrom(false, true, undefined) : fc.constantFrom(false, undefined),
      // A run starts from b = 0; one in three resumes from a buffer saved mid-run.
      state: fc.oneof(
        { arbitrary: fc.constant({ momentumBuffer: zeros(n) }), weight: 2 },
        { arbitrary: fc.record({ momentumBuffer: tensor([n]) as fc.Arbitrary<number[]> }), weight: 1 },
      ),
    }),
  );

export interface AdamDraw extends RunShape {
  readonly weightDecay?: boolean;
  /** Hyperparameters exact in binary (β2 = 1 − 2⁻¹⁰, lr = 2⁻⁴): where a mistake stands 100 float32 bounds clear of the truth. */
  readonly exact?: boolean;
  /** ε drawn from these instead. */
  readonly eps?: readonly number[];
  /** Gradient scales instead of 1e-2, 1, 10 (scales multiply values of ±10, away from 0). */
  readonly scales?: readonly number[];
  /** A state saved after this many steps or fewer, m and v drawn; default 0 (a fresh run). */
  readonly resumeFrom?: number;
}

export const adamRuns = ({
  weightDecay = true,
  exact = false,
  eps,
  scales = [1e-2, 1, 10],
  resumeFrom = 0,
  ...shape
}: AdamDraw) =>
  sizes(shape).chain(([steps, n]) =>
    fc.record<AdamRun>({
      params: tensor([n]) as fc.Arbitrary<number[]>,
      grads: gradients(steps, n, scales),
      lrs: lrsOf(steps, exact ? fc.constantFrom(2 ** -4, 2 ** -6) : fc.constantFrom(1e-3, 0.01, 0.1), false),
      beta1: exact ? fc.constantFrom(0.875, 0.75) : fc.constantFrom(0.9, 0.8, 0.5),
      beta2: exact ? fc.constantFrom(1 - 2 ** -10, 0.9375) : fc.constantFrom(0.999, 0.99, 0.9),
      eps: fc.constantFrom(...(eps ?? (exact ? [2 ** -20, 2 ** -8] : [1e-8, 1e-6, 1e-3]))),
      weightDecay: weightDecay ? fc.constantFrom(...(exact ? [2 ** -3, 0.5] : [1e-2, 0.1, 0.5])) : fc.constant(0),
      state:
        resumeFrom === 0
          ? fc.constant({ step: 0, m: zeros(n), v: zeros(n) })
          : fc.record({
              step: fc.integer({ min: 1, max: resumeFrom }),
              m: tensor([n]) as fc.Arbitrary<number[]>,
              // v is a running mean of squares: positive, and large enough next to m² to have come from gradients.
              v: tensor([n], { min: 1, max: 100 }) as fc.Arbitrary<number[]>,
            }),
    }),
  );
