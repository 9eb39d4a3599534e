import type * as Kata from '../../katas/01-activations/activations';
import { erf } from '../../katas/lib/erf';
import { type Nested, tensor64 } from '../kit/tensor';
import { callLearner, type Mistake, mistake, type Probe, probe } from '../kit/toolkit';
import { argsOf, cases, domains, type KinkAlphas, kinkAlphas, saturatedCases } from './cases';
import m from './misconceptions';
import { type Case, GELU_C, GELU_CUBIC, geluTanh64, geluTanhPrime64, oracle } from './oracle';
import type { ActivationName } from './reference';

type K = typeof Kata;
type Fn = Extract<keyof K, string>;
type Mistakes = readonly Mistake<K, any>[];

/** x in [−10, 10] as the value and slope properties draw it. */
const drawn = (name: ActivationName) => cases(domains[name], 10);

/** What the learner's f returns on a case, against the oracle's f. */
const valueProbe = (name: ActivationName): Probe<K, Case> =>
  probe({
    cases: drawn(name),
    observe: (kata, c) => ({ value: callLearner(kata, name as Fn, argsOf(name, c)) }),
    truth: (c) => ({ value: oracle[name].value(tensor64(c.x), c.alpha ?? 0) }),
  });

/** What the learner's f′ returns on a case, against the oracle's f′. */
const slopeProbe = (name: ActivationName): Probe<K, Case> =>
  probe({
    cases: drawn(name),
    observe: (kata, c) => ({ slope: callLearner(kata, `${name}Prime` as Fn, argsOf(name, c)) }),
    truth: (c) => ({ slope: oracle[name].slope(tensor64(c.x), c.alpha ?? 0) }),
  });

/** f(xᵢ, α) for every element: a mistake's output, in plain float64 (NaN where it overflows). */
const each =
  (f: (v: number, alpha: number) => number) =>
  ({ x, alpha = 0 }: Case): { [k: string]: Nested } =>
    x.map((v) => f(v, alpha));

const sigma = (v: number): number => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)));
const Phi = (v: number): number => 0.5 * (1 + erf(v / Math.SQRT2));
const phi = (v: number): number => Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI);
/** The textbook σ = eˣ/(1 + eˣ): ∞/∞ = NaN past x = 709.8. */
const naiveSigma = (v: number): number => Math.exp(v) / (1 + Math.exp(v));

function mistakesOf(name: ActivationName) {
  const value = valueProbe(name);
  const slope = slopeProbe(name);
  return {
    value,
    slope,
    predictValue: (f: (v: number, alpha: number) => number) => (c: Case) => ({ value: each(f)(c) as Nested }),
    predictSlope: (f: (v: number, alpha: number) => number) => (c: Case) => ({ slope: each(f)(c) as Nested }),
  };
}

export interface ActivationMistakes {
  /** Mistakes in f, shown by its values. */
  readonly value: Mistakes;
  /** Mistakes in f′, shown by its values. */
  readonly slope: Mistakes;
  /** Mistakes that only show for |x| in the hundreds: an exponential that overflows. */
  readonly saturated: Mistakes;
}

const sig = mistakesOf('sigmoid');
const th = mistakesOf('tanh');
const leaky = mistakesOf('leakyRelu');
const elu = mistakesOf('elu');
const gt = mistakesOf('geluTanh');
const ge = mistakesOf('geluErf');
const hs = mistakesOf('hardSwish');

export const mistakes: Record<ActivationName, ActivationMistakes> = {
  sigmoid: {
    value: [],
    slope: [mistake(sig.slope, m['sigmoid-prime-plus'], sig.predictSlope((v) => sigma(v) * (1 + sigma(v))))],
    saturated: [
      mistake(sig.value, m['naive-sigmoid-overflows'], sig.predictValue(naiveSigma), saturatedCases(domains.sigmoid)),
      mistake(
        sig.slope,
        m['naive-sigmoid-overflows'],
        sig.predictSlope((v) => naiveSigma(v) * (1 - naiveSigma(v))),
        saturatedCases(domains.sigmoid),
      ),
    ],
  },
  tanh: {
    value: [],
    slope: [mistake(th.slope, m['tanh-prime-unsquared'], th.predictSlope((v) => 1 - Math.tanh(v)))],
    saturated: [
      mistake(
        th.value,
        m['naive-tanh-overflows'],
        th.predictValue((v) => (Math.exp(v) - Math.exp(-v)) / (Math.exp(v) + Math.exp(-v))),
        saturatedCases(domains.tanh),
      ),
    ],
  },
  relu: { value: [], slope: [], saturated: [] },
  leakyRelu: {
    value: [],
    slope: [mistake(leaky.slope, m['leaky-relu-prime-no-alpha'], leaky.predictSlope((v) => (v > 0 ? 1 : 0)))],
    saturated: [],
  },
  elu: {
    value: [],
    slope: [
      mistake(elu.slope, m['elu-prime-minus-alpha'], elu.predictSlope((v, a) => (v > 0 ? 1 : a * Math.exp(v) - a))),
      mistake(elu.slope, m['elu-prime-no-alpha'], elu.predictSlope((v) => (v > 0 ? 1 : Math.exp(v)))),
    ],
    saturated: [],
  },
  geluTanh: {
    value: [mistake(gt.value, m['gelu-tanh-constant'], (c) => ({ value: geluTanh64(tensor64(c.x), 0.8) }))],
    slope: [
      mistake(gt.slope, m['gelu-tanh-constant'], (c) => ({ slope: geluTanhPrime64(tensor64(c.x), 0.8) })),
      mistake(
        gt.slope,
        m['gelu-tanh-prime-missing-3'],
        gt.predictSlope((v) => {
          const t = Math.tanh(GELU_C * (v + GELU_CUBIC * v * v * v));
          return 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * GELU_C * (1 + GELU_CUBIC * v * v);
        }),
      ),
    ],
    saturated: [],
  },
  geluErf: {
    value: [mistake(ge.value, m['gelu-erf-missing-sqrt2'], ge.predictValue((v) => 0.5 * v * (1 + erf(v))))],
    slope: [
      mistake(ge.slope, m['gelu-erf-missing-sqrt2'], ge.predictSlope((v) => 0.5 * (1 + erf(v)) + v * phi(v))),
      mistake(ge.slope, m['gelu-erf-prime-product-rule'], ge.predictSlope(Phi)),
    ],
    saturated: [],
  },
  hardSwish: {
    value: [mistake(hs.value, m['hard-swish-relu-not-relu6'], hs.predictValue((v) => (v * Math.max(v + 3, 0)) / 6))],
    slope: [
      mistake(
        hs.slope,
        m['hard-swish-prime-product-rule'],
        hs.predictSlope((v) => (v <= -3 ? 0 : v >= 3 ? 1 : (v + 3) / 6)),
      ),
    ],
    saturated: [],
  },
};

/** The learner's slope at the kinks, against PyTorch's (exact: no rounding is involved). */
const atKinks = (fn: Fn, x: number[], want: number[]): Probe<K, KinkAlphas> =>
  probe({
    cases: kinkAlphas,
    observe: (kata) => ({ slope: callLearner(kata, fn, { x }) }),
    truth: () => ({ slope: tensor64(want, { exact: true }) }),
  });

export const kinkMistakes: Mistakes = [
  mistake(atKinks('reluPrime', [0], [0]), m['relu-prime-at-zero'], () => ({ slope: [1] })),
  mistake(atKinks('hardSwishPrime', [-3, 3], [0, 1]), m['hard-swish-prime-old-kinks'], () => ({ slope: [-0.5, 1.5] })),
];
