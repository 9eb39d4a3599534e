import fc from 'fast-check';
import { type BoundedFloatConstraints, boundedFloat, dim, tensor } from '../kit/toolkit';
import type { Case } from './oracle';
import type { ActivationName } from './reference';

type V = number[];

/** What an activation's inputs depend on: the kinks to keep away from, and how its α is drawn, if it has one. */
export interface Domain {
  readonly kinks?: readonly number[];
  readonly alpha?: fc.Arbitrary<number>;
}

/** α of leakyRelu in [0.01, 0.9]: never 0, where leakyRelu′ = relu′ would hide a forgotten α. */
export const leakyAlpha = boundedFloat({ min: 0.01, max: 0.9 });
/** α of ELU in [0.1, 3], at least 0.1 from 1, where α·eˣ and eˣ agree and a forgotten α would pass. */
export const eluAlpha = boundedFloat({ min: 0.1, max: 3, awayFrom: [1], margin: 0.1 });

export const domains: Record<ActivationName, Domain> = {
  sigmoid: {},
  tanh: {},
  relu: { kinks: [0] },
  leakyRelu: { kinks: [0], alpha: leakyAlpha },
  elu: { kinks: [0], alpha: eluAlpha },
  geluTanh: {},
  geluErf: {},
  hardSwish: { kinks: [-3, 3] },
};

/** The learner's arguments on a case: α only for the activations that take one. */
export const argsOf = (name: ActivationName, { x, alpha }: Case) => (domains[name].alpha ? { x, alpha } : { x });

const vector = (n: number, c: BoundedFloatConstraints): fc.Arbitrary<V> => tensor([n], c);

const withAlpha = (d: Domain, x: fc.Arbitrary<V>): fc.Arbitrary<Case> =>
  d.alpha ? fc.record({ x, alpha: d.alpha }) : fc.record({ x });

/** x of length 1–6 in [−range, range] away from the kinks, and α if the activation has one. */
export function cases(d: Domain, range: number): fc.Arbitrary<Case> {
  return withAlpha(
    d,
    dim().chain((n) => vector(n, { min: -range, max: range, awayFrom: d.kinks })),
  );
}

/** A case with an upstream gradient dout in [−1, 1] of the same length. */
export const withDout = (d: Domain, range: number): fc.Arbitrary<Case & { dout: V }> =>
  cases(d, range).chain((c) => vector(c.x.length, { min: -1, max: 1 }).map((dout) => ({ ...c, dout })));

/** Magnitudes in [50, 1000] of either sign, plus ±1000 always: beyond 709.8 float64's exp overflows. */
const saturatedX = fc
  .array(
    fc.tuple(fc.boolean(), boundedFloat({ min: 50, max: 1000 })).map(([neg, m]) => (neg ? -m : m)),
    { maxLength: 4 },
  )
  .map((xs) => [...xs, -1000, 1000]);

/** Saturated x, and α if the activation has one. */
export const saturatedCases = (d: Domain): fc.Arbitrary<Case> => withAlpha(d, saturatedX);

/** The α of the kink property: one per activation that takes one. */
export interface KinkAlphas {
  readonly leaky: number;
  readonly elu: number;
}

export const kinkAlphas: fc.Arbitrary<KinkAlphas> = fc.record({ leaky: leakyAlpha, elu: eluAlpha });

export interface KinkCase {
  readonly x: V;
  readonly alpha?: number;
  /** PyTorch's slope at each x. */
  readonly slope: V;
}

/**
 * PyTorch's choices where the one-sided slopes differ: the left one at 0 for
 * relu, leakyRelu and elu; 0 at −3 and 1 at 3 for hardSwish (tfjs's autodiff
 * gives 3/2 at 3, so the grader holds these itself).
 */
export const kinkCases = ({
  leaky,
  elu,
}: KinkAlphas): Record<'reluPrime' | 'leakyReluPrime' | 'eluPrime' | 'hardSwishPrime', KinkCase> => ({
  reluPrime: { x: [0], slope: [0] },
  leakyReluPrime: { x: [0], alpha: leaky, slope: [leaky] },
  eluPrime: { x: [0], alpha: elu, slope: [elu] },
  hardSwishPrime: { x: [-3, 3], slope: [0, 1] },
});
