import type { ActivationName } from './reference';

/** Where an activation and its slope must end up for |x| ≥ 50. */
export interface Saturation {
  readonly limit: (v: number, alpha: number) => number;
  readonly slopeLimit: (v: number, alpha: number) => number;
}

/** The activations with a saturated range worth a property (ReLUs and hardSwish are piecewise linear). */
export const saturations: Partial<Record<ActivationName, Saturation>> = {
  sigmoid: { limit: (v) => (v > 0 ? 1 : 0), slopeLimit: () => 0 },
  tanh: { limit: (v) => Math.sign(v), slopeLimit: () => 0 },
  elu: { limit: (v, a) => (v > 0 ? v : -a), slopeLimit: (v) => (v > 0 ? 1 : 0) },
  geluTanh: { limit: (v) => Math.max(v, 0), slopeLimit: (v) => (v > 0 ? 1 : 0) },
  geluErf: { limit: (v) => Math.max(v, 0), slopeLimit: (v) => (v > 0 ? 1 : 0) },
};
