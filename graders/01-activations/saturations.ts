import type { ActivationName } from './reference';

/** Where an activation and its slope must end up for |x| ≥ 50, and what a NaN or ±∞ there means. */
export interface Saturation {
  readonly limit: (v: number, alpha: number) => number;
  readonly slopeLimit: (v: number, alpha: number) => number;
  /** Named when the output is NaN or ±∞ for |x| up to 1000. */
  readonly unstable: string;
}

/** The activations with a saturated range worth a property (ReLUs and hardSwish are piecewise linear). */
export const saturations: Partial<Record<ActivationName, Saturation>> = {
  sigmoid: {
    limit: (v) => (v > 0 ? 1 : 0),
    slopeLimit: () => 0,
    unstable: 'unstable sigmoid: use exp(−|x|) — eˣ overflows to ∞ for x > 709.8 and ∞/∞ is NaN',
  },
  tanh: {
    limit: (v) => Math.sign(v),
    slopeLimit: () => 0,
    unstable: 'unstable tanh: eˣ and e⁻ˣ overflow for |x| > 709.8 and ∞/∞ is NaN — use exp(−2|x|), or Math.tanh',
  },
  elu: {
    limit: (v, a) => (v > 0 ? v : -a),
    slopeLimit: (v) => (v > 0 ? 1 : 0),
    unstable: 'eˣ overflows to ∞ for x > 709.8: evaluate α·(eˣ − 1) only on the branch x ≤ 0',
  },
  geluTanh: {
    limit: (v) => Math.max(v, 0),
    slopeLimit: (v) => (v > 0 ? 1 : 0),
    unstable:
      'the tanh inside GELU overflows: u = √(2/π)(x + 0.044715x³) reaches 3.6e7 at x = 1000 — use a tanh through exp(−2|u|), or Math.tanh',
  },
  geluErf: {
    limit: (v) => Math.max(v, 0),
    slopeLimit: (v) => (v > 0 ? 1 : 0),
    unstable: 'an exponential overflowed: φ(x) needs e^(−x²/2), which underflows harmlessly to 0',
  },
};
