import fc from 'fast-check';
import type * as Kata from '../../katas/01-activations/activations';
import {
  boundedFloat, callLearner, checkGradient, defineGrader, dim, expectClose, fail, fmt, KINK_MARGIN, property,
  TRANSCENDENTAL_OPS as T, validateTensor, type BoundedFloatConstraints, type Property, type Suspect,
} from '../toolkit';
import { erf } from '../../katas/lib/erf';
import { activationReference, derivativeReference, type ActivationName } from './reference';

type K = typeof Kata;
type Fn = Extract<keyof K, string>;
type V = number[];

// ---- float64 pieces for scales and suspects ------------------------------

const sig = (v: number): number => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)));
const C = Math.sqrt(2 / Math.PI);
const CUBIC = 0.044715;
const Phi = (v: number): number => 0.5 * (1 + erf(v / Math.SQRT2));
const phi = (v: number): number => Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI);
const maxOf = (xs: V, f: (v: number) => number): number => xs.reduce((m, v) => Math.max(m, f(v)), 0);
const maxAbs = (xs: V): number => maxOf(xs, Math.abs);
/** Amplification of the float32 rounding of x by a function whose log-slope is at most |x|. */
const byMagnitude = (x: V): number => Math.max(1, maxAbs(x));

/** 1 − tanh² u for GELU's u, without cancellation. */
const sech2 = (v: number): number => {
  const e = Math.exp(-2 * Math.abs(C * (v + CUBIC * v ** 3)));
  return (4 * e) / ((1 + e) * (1 + e));
};
/** ½x(1 + tanh(c·(x + b·x³))) and its derivative, for any constants c, b (suspects change them). */
const geluTanh64 = (v: number, c = C): number => 0.5 * v * (1 + Math.tanh(c * (v + CUBIC * v ** 3)));
const geluTanhPrime64 = (v: number, { c = C, three = 3, productRule = true, squared = true } = {}): number => {
  const t = Math.tanh(c * (v + CUBIC * v ** 3));
  const inner = squared ? 1 - t * t : 1 - t;
  return 0.5 * (1 + t) + (productRule ? 0.5 * v * inner * c * (1 + three * CUBIC * v * v) : 0);
};

// ---- inputs ------------------------------------------------------------------

/**
 * The toolkit's boundedFloat draws doubles uniformly by bit pattern: in
 * [−10, 10] about 9 samples in 10 are tiny (flushed to 0) and most others sit
 * at ±10, so the interior, where a forgotten x/6 or a missing 3 shows, is
 * almost never drawn. Here 4 draws in 5 are uniform in [min, max] (shrinking
 * towards 0, or towards min when 0 is outside), the 5th keeps boundedFloat's
 * edge cases (0, the bounds); both stay `margin` away from the kinks.
 */
function spread(c: BoundedFloatConstraints = {}): fc.Arbitrary<number> {
  const { min = -10, max = 10, awayFrom = [], margin = KINK_MARGIN } = c;
  const steps = 2 ** 30;
  const uniform = min < 0 && max > 0
    ? fc.integer({ min: -steps, max: steps }).map((i) => (i < 0 ? (-min * i) / steps : (max * i) / steps))
    : fc.integer({ min: 0, max: steps }).map((i) => min + ((max - min) * i) / steps);
  const pushed = uniform.map((x) => {
    const k = awayFrom.find((kink) => Math.abs(x - kink) < margin);
    if (k === undefined) return x;
    const out = x >= k ? k + margin : k - margin;
    return out > max || out < min ? 2 * k - out : out;
  });
  return fc.oneof({ arbitrary: pushed, weight: 4 }, { arbitrary: boundedFloat(c), weight: 1 });
}

const vector = (n: number, c: BoundedFloatConstraints = {}): fc.Arbitrary<number[]> =>
  fc.array(spread(c), { minLength: n, maxLength: n });

// ---- what each activation is checked with --------------------------------

/**
 * The float32 reference's rounding budget (tolerance.ts): `ops` on the
 * longest chain, `condition` how much the rounding of x to float32 is
 * amplified, `scale` the size of the terms where the reference cancels.
 */
export interface Budget {
  readonly points: number;
  readonly ops: number;
  readonly condition?: (x: V) => number;
  readonly scale?: (x: V, alpha: number) => number;
  readonly suspects?: (x: V, alpha: number) => Suspect[];
}

export interface Saturation {
  readonly points: number;
  readonly limit: (v: number, alpha: number) => number;
  readonly slopeLimit: (v: number, alpha: number) => number;
  /** Named when the output is NaN or ±∞ for |x| up to 1000. */
  readonly unstable: string;
}

export interface Activation {
  readonly name: ActivationName;
  readonly id: string;
  readonly alpha?: fc.Arbitrary<number>;
  readonly kinks?: readonly number[];
  /**
   * Self-consistency samples x in [−fdRange, fdRange]. A float64 central
   * difference has rounding error 2⁻⁵²·|f|/h ≈ 4e-11·|f| (h = FD_STEP), so it
   * checks f′ to FD_TOLERANCE = 1e-6 only where |f′| ≫ 4e-5·|f|: |f′/f| is
   * 1e-2 at ±3 for tanh and 7e-3 at ±5 for σ and ELU, and it vanishes beyond;
   * for GELU, 1 + tanh and 1 + erf cancel in a learner's float64 below −4
   * (an error of 1e-16 against a slope of 5e-4 at −4). The saturated range
   * has its own property.
   */
  readonly fdRange: number;
  readonly selfConsistentPoints: number;
  readonly value: Budget;
  readonly slope: Budget;
  readonly saturation?: Saturation;
}

/** α of leakyRelu in [0.01, 0.9]: never 0, where leakyRelu′ = relu′ would hide a forgotten α. */
const leakyAlpha = spread({ min: 0.01, max: 0.9 });
/** α of ELU in [0.1, 3], at least 0.1 from 1, where α·eˣ and eˣ agree and a forgotten α would pass. */
const eluAlpha = spread({ min: 0.1, max: 3, awayFrom: [1], margin: 0.1 });

/** Exported for reference.test.ts, which proves the reference within these same budgets. */
export const activations: readonly Activation[] = [
  {
    name: 'sigmoid', id: 'sigmoid', fdRange: 5, selfConsistentPoints: 1,
    // 1/(1 + exp(−x)): exp (T), add, divide. x·σ′/σ = x·(1 − σ) ≤ |x|.
    value: { points: 2, ops: T + 2, condition: byMagnitude },
    // y·(1 − y) on the float32 σ: its rounding (T + 2) plus subtract and multiply. 1 − y cancels
    // when y ≈ 1, so the error is relative to y, not to σ′.
    slope: {
      points: 2, ops: T + 4, condition: byMagnitude, scale: (x) => maxOf(x, sig),
      suspects: (x) => [
        { misconception: 'σ′ = σ(1 − σ), not σ(1 + σ)', value: () => x.map((v) => sig(v) * (1 + sig(v))) },
        { misconception: 'that is σ(x) itself; its derivative is σ(x)·(1 − σ(x))', value: () => x.map(sig) },
      ],
    },
    saturation: {
      points: 2, limit: (v) => (v > 0 ? 1 : 0), slopeLimit: () => 0,
      unstable: 'unstable sigmoid: use exp(−|x|) — eˣ overflows to ∞ for x > 709.8 and ∞/∞ is NaN',
    },
  },
  {
    name: 'tanh', id: 'tanh', fdRange: 3, selfConsistentPoints: 1,
    // Math.tanh rounded to float32 (T). x·tanh′/tanh = 2x/sinh(2x) ≤ 1.
    value: { points: 2, ops: T },
    // 1 − y² on the float32 tanh: T + square + subtract, relative to y² (it cancels when |y| ≈ 1).
    // x·(1 − t²)′/(1 − t²) = −2x·t: up to 2|x|.
    slope: {
      points: 2, ops: T + 2, condition: (x) => 2 * byMagnitude(x), scale: (x) => maxOf(x, (v) => Math.tanh(v) ** 2),
      suspects: (x) => [
        { misconception: 'the square is missing: tanh′ = 1 − tanh²(x), not 1 − tanh(x)', value: () => x.map((v) => 1 - Math.tanh(v)) },
        { misconception: 'tanh′ = 1 − tanh²(x), not 1 + tanh²(x)', value: () => x.map((v) => 1 + Math.tanh(v) ** 2) },
      ],
    },
    saturation: {
      points: 2, limit: (v) => Math.sign(v), slopeLimit: () => 0,
      unstable: 'unstable tanh: eˣ and e⁻ˣ overflow for |x| > 709.8 and ∞/∞ is NaN — use exp(−2|x|), or Math.tanh',
    },
  },
  {
    name: 'relu', id: 'relu', kinks: [0], fdRange: 10, selfConsistentPoints: 1,
    // max(0, x) and step(x) are exact in float32.
    value: { points: 1, ops: 1 },
    slope: {
      points: 1, ops: 1,
      suspects: (x) => [{ misconception: 'that is relu(x) itself; its derivative is 1 for x > 0 and 0 otherwise', value: () => x.map((v) => Math.max(v, 0)) }],
    },
  },
  {
    name: 'leakyRelu', id: 'leaky-relu', alpha: leakyAlpha, kinks: [0], fdRange: 10, selfConsistentPoints: 1,
    // α rounded to float32, one product.
    value: {
      points: 1, ops: 2,
      suspects: (x, a) => [{ misconception: 'α scales the negative side: leakyRelu(x) = x for x > 0, α·x otherwise', value: () => x.map((v) => (v > 0 ? a * v : v)) }],
    },
    // α rounded to float32.
    slope: {
      points: 2, ops: 1,
      suspects: (x) => [{ misconception: 'the slope for x ≤ 0 is α, not 0 (that is relu′): leakyRelu′ = 1 for x > 0, α otherwise', value: () => x.map((v) => (v > 0 ? 1 : 0)) }],
    },
  },
  {
    name: 'elu', id: 'elu', alpha: eluAlpha, kinks: [0], fdRange: 5, selfConsistentPoints: 1,
    // relu(x) + α·(exp(min(x, 0)) − 1): exp − 1 rounded once (T), α rounded, product, sum.
    // x·elu′/elu = x·eˣ/(eˣ − 1) ≤ 1 for x < 0.
    value: {
      points: 2, ops: T + 3,
      suspects: (x) => [{ misconception: 'α is missing: elu(x) = α·(eˣ − 1) for x ≤ 0', value: () => x.map((v) => (v > 0 ? v : Math.expm1(v))) }],
    },
    // α·(y + 1) on the float32 y = eˣ − 1: T + add + α + product, relative to α·(|y| + 1)
    // (y + 1 cancels for x ≪ 0). x·(αeˣ)′/(αeˣ) = x.
    slope: {
      points: 2, ops: T + 3, condition: byMagnitude, scale: (x, a) => maxOf(x, (v) => (v > 0 ? 1 : a * (2 - Math.exp(v)))),
      suspects: (x, a) => [
        { misconception: 'α·eˣ − α is elu(x) itself: for x ≤ 0 the derivative is α·eˣ (= elu(x) + α)', value: () => x.map((v) => (v > 0 ? 1 : a * Math.expm1(v))) },
        { misconception: 'α is missing: for x ≤ 0 elu′(x) = α·eˣ, not eˣ', value: () => x.map((v) => (v > 0 ? 1 : Math.exp(v))) },
      ],
    },
    saturation: {
      points: 1, limit: (v, a) => (v > 0 ? v : -a), slopeLimit: (v) => (v > 0 ? 1 : 0),
      unstable: 'eˣ overflows to ∞ for x > 709.8: evaluate α·(eˣ − 1) only on the branch x ≤ 0',
    },
  },
  {
    name: 'geluTanh', id: 'gelu-tanh', fdRange: 4, selfConsistentPoints: 1,
    // x·x·x (2), ·0.044715 (2, the constant is rounded), + x, ·√(2/π) (2), tanh (T), + 1, ½·x (2), product.
    // 1 + tanh cancels for x < 0, so the error is relative to the terms, ½|x|·(1 + |tanh|) ≤ |x|; the
    // rounding of x moves the output by |x·gelu′(x)| ≤ 1.2|x|.
    value: {
      points: 2, ops: T + 10, condition: () => 2, scale: maxAbs,
      suspects: (x) => [
        { misconception: '√(2/π) ≈ 0.7978845608 was written as 0.8: use Math.sqrt(2 / Math.PI)', value: () => x.map((v) => geluTanh64(v, 0.8)) },
        { misconception: 'the ½ is missing: GELU = ½·x·(1 + tanh(u))', value: () => x.map((v) => 2 * geluTanh64(v)) },
        { misconception: 'that is the exact GELU x·Φ(x): geluTanh asks for the tanh approximation, up to 4.7e-4 away', value: () => x.map((v) => v * Phi(v)) },
      ],
    },
    // Autodiff through the chain above: forward (T + 10) and the backward product rule (6 more).
    // 1 − tanh² u is computed from a float32 tanh: off by up to 2⁻²³ absolute, but never by more
    // than its own size (a saturated tanh rounds to ±1, and 1 − tanh² to 0), and then multiplied
    // by ½·x·u′ = ½|x|·√(2/π)·(1 + 3·0.044715x²). The scale is those terms, the first ½(1 + tanh u) ≤ 1.
    slope: {
      points: 2, ops: T + 16, condition: () => 2,
      scale: (x) => maxOf(x, (v) => 1 + 0.5 * Math.abs(v) * C * (1 + 3 * CUBIC * v * v) * Math.min(1, 2 ** 24 * sech2(v))),
      suspects: (x) => [
        { misconception: '√(2/π) ≈ 0.7978845608 was written as 0.8: use Math.sqrt(2 / Math.PI)', value: () => x.map((v) => geluTanhPrime64(v, { c: 0.8 })) },
        { misconception: 'd/dx 0.044715·x³ = 3·0.044715·x²: the 3 is missing from u′', value: () => x.map((v) => geluTanhPrime64(v, { three: 1 })) },
        { misconception: 'product rule: ½(1 + tanh u) is only half of it, add ½·x·(1 − tanh² u)·u′', value: () => x.map((v) => geluTanhPrime64(v, { productRule: false })) },
        { misconception: 'the square is missing: tanh′(u) = 1 − tanh²(u)', value: () => x.map((v) => geluTanhPrime64(v, { squared: false })) },
      ],
    },
    saturation: {
      points: 2, limit: (v) => Math.max(v, 0), slopeLimit: (v) => (v > 0 ? 1 : 0),
      unstable: 'the tanh inside GELU overflows: u = √(2/π)(x + 0.044715x³) reaches 3.6e7 at x = 1000 — use a tanh through exp(−2|u|), or Math.tanh',
    },
  },
  {
    name: 'geluErf', id: 'gelu-erf', fdRange: 4, selfConsistentPoints: 1,
    // x·(1/√2) (2), erf (T), + 1, ½·x (2), product; 1 + erf cancels for x < 0 as above.
    value: {
      points: 2, ops: T + 6, condition: () => 2, scale: maxAbs,
      suspects: (x) => [
        { misconception: 'the √2 is missing: Φ(x) = ½·(1 + erf(x/√2)), not ½·(1 + erf(x))', value: () => x.map((v) => 0.5 * v * (1 + erf(v))) },
        { misconception: 'the ½ is missing: Φ(x) = ½·(1 + erf(x/√2))', value: () => x.map((v) => 2 * v * Phi(v)) },
        { misconception: 'that is the tanh approximation: geluErf asks for the exact x·Φ(x), up to 4.7e-4 away', value: () => x.map((v) => geluTanh64(v)) },
      ],
    },
    // ½(1 + erf(x/√2)) + ½x·(2/√π)·exp(−x²/2)/√2 by autodiff: erf and exp (2T) and 8 products and
    // sums; the terms are at most 1 (the first cancels for x < 0), so the scale is 1.
    slope: {
      points: 2, ops: 2 * T + 8, condition: () => 2, scale: () => 1,
      suspects: (x) => [
        { misconception: 'product rule: d/dx [x·Φ(x)] = Φ(x) + x·φ(x), the x·φ(x) term is missing', value: () => x.map(Phi) },
        { misconception: 'φ(x) = e^(−x²/2)/√(2π): the 1/√(2π) is missing', value: () => x.map((v) => Phi(v) + v * Math.exp(-0.5 * v * v)) },
        { misconception: 'the √2 is missing: Φ(x) = ½·(1 + erf(x/√2))', value: () => x.map((v) => 0.5 * (1 + erf(v)) + v * phi(v)) },
      ],
    },
    saturation: {
      points: 1, limit: (v) => Math.max(v, 0), slopeLimit: (v) => (v > 0 ? 1 : 0),
      unstable: 'an exponential overflowed: φ(x) needs e^(−x²/2), which underflows harmlessly to 0',
    },
  },
  {
    name: 'hardSwish', id: 'hard-swish', kinks: [-3, 3], fdRange: 10, selfConsistentPoints: 1,
    // x + 3, relu6 (exact), product, /6. x + 3 cancels near x = −3: the terms are |x| and 3,
    // so the error is relative to |x|·(|x| + 3)/6.
    value: {
      points: 2, ops: 4, scale: (x) => maxOf(x, (v) => (v > -3 ? (Math.abs(v) * (Math.abs(v) + 3)) / 6 : 0)),
      suspects: (x) => [{ misconception: 'relu6 caps x + 3 at 6: with a plain relu hardSwish grows like x²/6 beyond x = 3', value: () => x.map((v) => (v * Math.max(v + 3, 0)) / 6) }],
    },
    // relu6(x + 3)/6 + x·𝟙(−3 < x < 3)/6 by autodiff; the terms add up to at most (2|x| + 3)/6.
    slope: {
      points: 2, ops: 4, scale: (x) => maxOf(x, (v) => (Math.abs(v) < 3 ? (2 * Math.abs(v) + 3) / 6 : 1)),
      suspects: (x) => [
        { misconception: 'product rule: d/dx [x·relu6(x + 3)/6] = relu6(x + 3)/6 + x/6 on (−3, 3), the x/6 term is missing', value: () => x.map((v) => (v <= -3 ? 0 : v >= 3 ? 1 : (v + 3) / 6)) },
        { misconception: 'relu6 caps x + 3 at 6: beyond x = 3 hardSwish is x and its slope is 1', value: () => x.map((v) => (v <= -3 ? 0 : (2 * v + 3) / 6)) },
      ],
    },
  },
];

// ---- properties -----------------------------------------------------------

interface Case {
  readonly x: V;
  readonly alpha?: number;
}

/** x of length 1–6 in [−range, range] away from the kinks, and α if the activation has one. */
function cases(a: Activation, range: number): fc.Arbitrary<Case> {
  const x = dim().chain((n) => vector(n, { min: -range, max: range, awayFrom: a.kinks }));
  return a.alpha ? fc.record({ x, alpha: a.alpha }) : fc.record({ x });
}

/** A case with an upstream gradient dout in [−1, 1] of the same length. */
const withDout = (a: Activation, range: number): fc.Arbitrary<Case & { dout: V }> =>
  cases(a, range).chain((c) => vector(c.x.length, { min: -1, max: 1 }).map((dout) => ({ ...c, dout })));

/** Magnitudes in [50, 1000] of either sign, plus ±1000 always: beyond 709.8 float64's exp overflows. */
const saturatedX = fc
  .array(fc.tuple(fc.boolean(), spread({ min: 50, max: 1000 })).map(([neg, m]) => (neg ? -m : m)), { maxLength: 4 })
  .map((xs) => [...xs, -1000, 1000]);

const argsOf = (a: Activation, x: V, alpha?: number) => (a.alpha ? { x, alpha } : { x });

function tolerance(b: Budget, x: V, alpha: number) {
  return { ops: b.ops, condition: b.condition?.(x), scale: b.scale?.(x, alpha), suspects: b.suspects?.(x, alpha) };
}

function propertiesOf(a: Activation): Property<K, any>[] {
  const fwd = a.name as Fn;
  const prime = `${a.name}Prime` as Fn;
  const list: Property<K, any>[] = [
    property({
      id: `${a.id}-matches-reference`,
      name: `${a.name} matches the reference`,
      points: a.value.points,
      arbitrary: cases(a, 10),
      check: (kata, { x, alpha = 0 }: Case) => {
        const got = callLearner(kata, fwd, argsOf(a, x, alpha));
        expectClose(got, activationReference(a.name, x, alpha), { fn: fwd, argument: `${fwd}(x)`, ...tolerance(a.value, x, alpha) });
      },
    }),
    property({
      id: `${a.id}-prime-matches-autodiff`,
      name: `${prime} matches autodiff of the reference`,
      points: a.slope.points,
      arbitrary: cases(a, 10),
      check: (kata, { x, alpha = 0 }: Case) => {
        const got = callLearner(kata, prime, argsOf(a, x, alpha));
        expectClose(got, derivativeReference(a.name, x, alpha), { fn: prime, argument: `${prime}(x)`, ...tolerance(a.slope, x, alpha) });
      },
    }),
    property({
      id: `${a.id}-prime-self-consistent`,
      name: `${prime} agrees with finite differences of your ${a.name}`,
      points: a.selfConsistentPoints,
      arbitrary: withDout(a, a.fdRange),
      check: (kata, { x, alpha, dout }: Case & { dout: V }) => {
        const slope = validateTensor(callLearner(kata, prime, argsOf(a, x, alpha)), [x.length], { fn: prime, argument: `${prime}(x)` }) as V;
        checkGradient({
          fn: prime,
          forwardName: `your ${a.name}`,
          inputs: { x },
          forward: (inp) => validateTensor(callLearner(kata, fwd, argsOf(a, inp.x as V, alpha)), [x.length], { fn: fwd, argument: `${fwd}(x)` }),
          dout,
          gradients: { x: slope.map((s, i) => s * dout[i]) },
        });
      },
    }),
  ];
  const s = a.saturation;
  if (s) {
    list.push(property({
      id: `${a.id}-saturates`,
      name: `${a.name} and ${prime} stay finite and reach their limits for |x| up to 1000`,
      points: s.points,
      arbitrary: a.alpha ? fc.record({ x: saturatedX, alpha: a.alpha }) : fc.record({ x: saturatedX }),
      check: (kata, { x, alpha = 0 }: { x: V; alpha?: number }) => {
        expectLimit(callLearner(kata, fwd, argsOf(a, x, alpha)), x, (v) => s.limit(v, alpha), fwd, s.unstable);
        expectLimit(callLearner(kata, prime, argsOf(a, x, alpha)), x, (v) => s.slopeLimit(v, alpha), prime, s.unstable);
      },
    }));
  }
  return list;
}

/**
 * For |x| ≥ 50 every activation here is within |x|·e⁻⁵⁰ < 1e-18 of its limit
 * (0, 1, ±1, −α, x; slopes 0 or 1), so float64 reaches the limit up to
 * rounding; 1e-12 relative leaves room for any order of operations.
 */
const LIMIT_TOLERANCE = 1e-12;

function expectLimit(got: unknown, x: V, limit: (v: number) => number, fn: Fn, unstable: string): void {
  const argument = `${fn}(x)`;
  if (Array.isArray(got)) {
    const i = got.findIndex((v) => typeof v === 'number' && !Number.isFinite(v));
    if (i >= 0) fail({ fn, argument, index: [i], got: got[i], summary: `${argument}[${i}] is ${got[i]} for x = ${fmt(x[i])}`, misconception: unstable });
  }
  const out = validateTensor(got, [x.length], { fn, argument }) as V;
  out.forEach((v, i) => {
    const want = limit(x[i]);
    if (Math.abs(v - want) > LIMIT_TOLERANCE * Math.max(1, Math.abs(want))) {
      fail({ fn, argument, index: [i], got: v, expected: want, summary: `${argument}[${i}] is ${fmt(v)} for x = ${fmt(x[i])}, but it should have reached its limit ${fmt(want)}` });
    }
  });
}

/** PyTorch's choice at x = 0, where the one-sided slopes differ: the left one for relu, leakyRelu and elu. */
const kinkConventions = property({
  id: 'prime-at-kinks-follows-pytorch',
  name: 'relu′, leakyRelu′ and elu′ at x = 0 follow PyTorch',
  points: 1,
  arbitrary: fc.record({ leaky: leakyAlpha, elu: eluAlpha }),
  check: (kata: K, alphas: { leaky: number; elu: number }) => {
    expectAtZero(callLearner(kata, 'reluPrime', { x: [0] }), 0, 'reluPrime', 'relu′(0) = 0 in PyTorch: the slope is 1 only for x > 0, not x ≥ 0');
    expectAtZero(callLearner(kata, 'leakyReluPrime', { x: [0], alpha: alphas.leaky }), alphas.leaky, 'leakyReluPrime', 'leakyRelu′(0) = α in PyTorch: the slope is 1 only for x > 0');
    expectAtZero(callLearner(kata, 'eluPrime', { x: [0], alpha: alphas.elu }), alphas.elu, 'eluPrime', 'elu′(0) = α·e⁰ = α in PyTorch: the slope is 1 only for x > 0');
  },
});

function expectAtZero(got: unknown, want: number, fn: Fn, convention: string): void {
  const [v] = validateTensor(got, [1], { fn, argument: `${fn}([0])` }) as V;
  if (v !== want) fail({ fn, argument: `${fn}([0])`, index: [0], got: v, expected: want, summary: `${fn}([0]) is [${fmt(v)}], expected [${fmt(want)}]`, misconception: convention });
}

export default defineGrader<K>([...activations.flatMap(propertiesOf), kinkConventions]);
