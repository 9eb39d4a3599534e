import type * as Kata from '../../katas/01-activations/activations';
import { erf } from '../../katas/lib/erf';
import { tensor64 } from '../kit/tensor';
import { callLearner, type Misconception, type Mistake, mistake, type Probe, probe } from '../kit/toolkit';
import { argsOf, cases, domains, type KinkAlphas, kinkAlphas, kinkCases, saturatedCases } from './cases';
import m from './misconceptions';
import { type Case, GELU_C, GELU_CUBIC, geluTanh64, geluTanhPrime64, oracle } from './oracle';
import type { ActivationName } from './reference';

type K = typeof Kata;
type Fn = Extract<keyof K, string>;
type Mistakes = readonly (Mistake<K, Case> | Mistake<K, KinkAlphas>)[];
type Elementwise = (v: number, alpha: number) => number;

/** What the learner's f returns, against the oracle's f, on x in [−10, 10] as the value property draws it. */
const valueProbe = (name: ActivationName): Probe<K, Case> =>
  probe({
    cases: cases(domains[name], 10),
    observe: (kata, c) => ({ value: callLearner(kata, name as Fn, argsOf(name, c)) }),
    truth: (c) => ({ value: oracle[name].value(tensor64(c.x), c.alpha ?? 0) }),
  });

/** What the learner's f′ returns, against the oracle's f′. */
const slopeProbe = (name: ActivationName): Probe<K, Case> =>
  probe({
    cases: cases(domains[name], 10),
    observe: (kata, c) => ({ slope: callLearner(kata, `${name}Prime` as Fn, argsOf(name, c)) }),
    truth: (c) => ({ slope: oracle[name].slope(tensor64(c.x), c.alpha ?? 0) }),
  });

type Kinked = 'relu' | 'leakyRelu' | 'elu' | 'hardSwish';

/** Points either side of the kinks, where slope mistakes that agree at a kink differ. */
const sides: Record<Kinked, number[]> = { relu: [-1, 1], leakyRelu: [-1, 1], elu: [-1, 1], hardSwish: [-4, 0, 4] };

/**
 * The learner's f′ at its kinks and then either side of them, against
 * PyTorch's slopes at the kinks and the oracle's beside them: the sides tell
 * "relu′ for x ≥ 0" from "relu′ = 1 everywhere", and a forgotten α from a
 * slip at 0 alone.
 */
function atKinks(name: Kinked): Probe<K, KinkAlphas> {
  const fn = `${name}Prime` as const;
  return probe({
    cases: kinkAlphas,
    observe: (kata, a) => {
      const k = kinkCases(a)[fn];
      return { slope: callLearner(kata, fn, argsOf(name, { x: [...k.x, ...sides[name]], alpha: k.alpha })) };
    },
    truth: (a) => {
      const k = kinkCases(a)[fn];
      return { slope: tensor64([...k.slope, ...oracle[name].slope(tensor64(sides[name]), k.alpha ?? 0).data]) };
    },
  });
}

// A mistake's output element by element, in plain float64: NaN where its formula overflows.
const values = (f: Elementwise) => (c: Case) => ({ value: c.x.map((v) => f(v, c.alpha ?? 0)) });
const slopes = (f: Elementwise) => (c: Case) => ({ slope: c.x.map((v) => f(v, c.alpha ?? 0)) });

/** A slope mistake of a kinked activation, on its kinks and their sides: the same formula, branches and all. */
const atKinksOf = (name: Kinked, misconception: Misconception, f: Elementwise): Mistake<K, KinkAlphas> =>
  mistake(atKinks(name), misconception, (a) => {
    const k = kinkCases(a)[`${name}Prime`];
    return { slope: [...k.x, ...sides[name]].map((v) => f(v, k.alpha ?? 0)) };
  });

const sigma = (v: number): number => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)));
/** The textbook σ = eˣ/(1 + eˣ): ∞/∞ = NaN past x = 709.8. */
const naiveSigma = (v: number): number => Math.exp(v) / (1 + Math.exp(v));
const Phi = (v: number): number => 0.5 * (1 + erf(v / Math.SQRT2));
const phi = (v: number): number => Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI);
/** tanh u for GELU's u = √(2/π)·(x + 0.044715·x³). */
const tanhU = (v: number): number => Math.tanh(GELU_C * (v + GELU_CUBIC * v * v * v));

// Slope mistakes of the kinked activations, written with the solution's branches.
const reluPrimeAtZero: Elementwise = (v) => (v >= 0 ? 1 : 0);
const leakyPrimeNoAlpha: Elementwise = (v) => (v > 0 ? 1 : 0);
const eluPrimeMinusAlpha: Elementwise = (v, a) => (v > 0 ? 1 : a * Math.exp(v) - a);
const eluPrimeNoAlpha: Elementwise = (v) => (v > 0 ? 1 : Math.exp(v));
const hardSwishPrimeOldKinks: Elementwise = (v) => (v < -3 ? 0 : v > 3 ? 1 : (2 * v + 3) / 6);
const hardSwishPrimeNoCap: Elementwise = (v) => (v <= -3 ? 0 : (2 * v + 3) / 6);

export interface ActivationMistakes {
  /** Mistakes in f, shown by its values. */
  readonly value: Mistakes;
  /** Mistakes in f′, shown by its values. */
  readonly slope: Mistakes;
  /** Mistakes that show only for |x| in the hundreds: an exponential that overflows. */
  readonly saturated: Mistakes;
  /** Mistakes in f′ that show at its kinks. */
  readonly kinks: Mistakes;
}

const none: ActivationMistakes = { value: [], slope: [], saturated: [], kinks: [] };

export const mistakes: Record<ActivationName, ActivationMistakes> = {
  sigmoid: {
    ...none,
    slope: [
      mistake(
        slopeProbe('sigmoid'),
        m['sigmoid-prime-plus'],
        slopes((v) => sigma(v) * (1 + sigma(v))),
      ),
      mistake(slopeProbe('sigmoid'), m['sigmoid-prime-is-sigmoid'], slopes(sigma)),
    ],
    saturated: [
      mistake(valueProbe('sigmoid'), m['naive-sigmoid-overflows'], values(naiveSigma), saturatedCases(domains.sigmoid)),
      mistake(
        slopeProbe('sigmoid'),
        m['naive-sigmoid-overflows'],
        slopes((v) => naiveSigma(v) * (1 - naiveSigma(v))),
        saturatedCases(domains.sigmoid),
      ),
    ],
  },
  tanh: {
    ...none,
    slope: [
      mistake(
        slopeProbe('tanh'),
        m['tanh-prime-unsquared'],
        slopes((v) => 1 - Math.tanh(v)),
      ),
      mistake(
        slopeProbe('tanh'),
        m['tanh-prime-plus'],
        slopes((v) => 1 + Math.tanh(v) ** 2),
      ),
    ],
    saturated: [
      mistake(
        valueProbe('tanh'),
        m['naive-tanh-overflows'],
        values((v) => (Math.exp(v) - Math.exp(-v)) / (Math.exp(v) + Math.exp(-v))),
        saturatedCases(domains.tanh),
      ),
    ],
  },
  relu: {
    ...none,
    slope: [
      mistake(
        slopeProbe('relu'),
        m['relu-prime-is-relu'],
        slopes((v) => Math.max(v, 0)),
      ),
    ],
    kinks: [atKinksOf('relu', m['relu-prime-at-zero'], reluPrimeAtZero)],
  },
  leakyRelu: {
    ...none,
    value: [
      mistake(
        valueProbe('leakyRelu'),
        m['leaky-relu-alpha-positive-side'],
        values((v, a) => (v > 0 ? a * v : v)),
      ),
    ],
    slope: [mistake(slopeProbe('leakyRelu'), m['leaky-relu-prime-no-alpha'], slopes(leakyPrimeNoAlpha))],
    kinks: [atKinksOf('leakyRelu', m['leaky-relu-prime-no-alpha'], leakyPrimeNoAlpha)],
  },
  elu: {
    ...none,
    value: [
      mistake(
        valueProbe('elu'),
        m['elu-missing-alpha'],
        values((v) => (v > 0 ? v : Math.expm1(v))),
      ),
    ],
    // Both branches computed and masked by multiplication: 0·∞ = NaN once eˣ overflows.
    saturated: [
      mistake(
        valueProbe('elu'),
        m['elu-masked-overflow'],
        values((v, a) => Number(v > 0) * v + Number(v <= 0) * a * Math.expm1(v)),
        saturatedCases(domains.elu),
      ),
      mistake(
        slopeProbe('elu'),
        m['elu-masked-overflow'],
        slopes((v, a) => Number(v > 0) + Number(v <= 0) * a * Math.exp(v)),
        saturatedCases(domains.elu),
      ),
    ],
    slope: [
      mistake(slopeProbe('elu'), m['elu-prime-minus-alpha'], slopes(eluPrimeMinusAlpha)),
      mistake(slopeProbe('elu'), m['elu-prime-no-alpha'], slopes(eluPrimeNoAlpha)),
    ],
    kinks: [
      atKinksOf('elu', m['elu-prime-minus-alpha'], eluPrimeMinusAlpha),
      atKinksOf('elu', m['elu-prime-no-alpha'], eluPrimeNoAlpha),
    ],
  },
  geluTanh: {
    ...none,
    value: [
      mistake(valueProbe('geluTanh'), m['gelu-tanh-constant'], (c) => ({ value: geluTanh64(tensor64(c.x), 0.8) })),
      mistake(
        valueProbe('geluTanh'),
        m['gelu-missing-half'],
        values((v) => v * (1 + tanhU(v))),
      ),
      mistake(
        valueProbe('geluTanh'),
        m['gelu-forms-swapped'],
        values((v) => v * Phi(v)),
      ),
    ],
    slope: [
      mistake(slopeProbe('geluTanh'), m['gelu-tanh-constant'], (c) => ({ slope: geluTanhPrime64(tensor64(c.x), 0.8) })),
      mistake(
        slopeProbe('geluTanh'),
        m['gelu-tanh-prime-product-rule'],
        slopes((v) => 0.5 * (1 + tanhU(v))),
      ),
      // u′ = √(2/π)·(1 + 0.044715·x²).
      mistake(
        slopeProbe('geluTanh'),
        m['gelu-tanh-prime-missing-3'],
        slopes((v) => 0.5 * (1 + tanhU(v)) + 0.5 * v * (1 - tanhU(v) ** 2) * GELU_C * (1 + GELU_CUBIC * v * v)),
      ),
      // tanh′(u) = 1 − tanh u.
      mistake(
        slopeProbe('geluTanh'),
        m['tanh-prime-unsquared'],
        slopes((v) => 0.5 * (1 + tanhU(v)) + 0.5 * v * (1 - tanhU(v)) * GELU_C * (1 + 3 * GELU_CUBIC * v * v)),
      ),
    ],
  },
  geluErf: {
    ...none,
    value: [
      mistake(
        valueProbe('geluErf'),
        m['gelu-erf-missing-sqrt2'],
        values((v) => 0.5 * v * (1 + erf(v))),
      ),
      mistake(
        valueProbe('geluErf'),
        m['gelu-missing-half'],
        values((v) => 2 * v * Phi(v)),
      ),
      mistake(
        valueProbe('geluErf'),
        m['gelu-forms-swapped'],
        values((v) => 0.5 * v * (1 + tanhU(v))),
      ),
    ],
    slope: [
      mistake(slopeProbe('geluErf'), m['gelu-erf-prime-product-rule'], slopes(Phi)),
      // Φ written as ½·(1 + erf(x)), or as 1 + erf(x/√2), in the derivative too; φ right.
      mistake(
        slopeProbe('geluErf'),
        m['gelu-erf-missing-sqrt2'],
        slopes((v) => 0.5 * (1 + erf(v)) + v * phi(v)),
      ),
      mistake(
        slopeProbe('geluErf'),
        m['gelu-missing-half'],
        slopes((v) => 2 * Phi(v) + v * phi(v)),
      ),
      mistake(
        slopeProbe('geluErf'),
        m['gelu-erf-pdf-normalisation'],
        slopes((v) => Phi(v) + v * Math.exp(-0.5 * v * v)),
      ),
    ],
  },
  hardSwish: {
    ...none,
    value: [
      mistake(
        valueProbe('hardSwish'),
        m['hard-swish-relu-not-relu6'],
        values((v) => (v * Math.max(v + 3, 0)) / 6),
      ),
    ],
    slope: [
      mistake(
        slopeProbe('hardSwish'),
        m['hard-swish-prime-product-rule'],
        slopes((v) => (v <= -3 ? 0 : v >= 3 ? 1 : (v + 3) / 6)),
      ),
      mistake(slopeProbe('hardSwish'), m['hard-swish-prime-no-cap'], slopes(hardSwishPrimeNoCap)),
    ],
    kinks: [
      atKinksOf('hardSwish', m['hard-swish-prime-old-kinks'], hardSwishPrimeOldKinks),
      atKinksOf('hardSwish', m['hard-swish-prime-no-cap'], hardSwishPrimeNoCap),
    ],
  },
};
