import { erf } from '../../katas/lib/erf';
import { fail, fmt, validateTensor } from '../kit/toolkit';
import type { K } from './cases';
import { runInit } from './learner';
import text from './messages';
import { type Case, type InitFn, NORMAL_FNS, UNIFORM_FNS, varianceOf } from './oracle';

/** Cases per statistical property: the false-rejection budget 10⁻⁶ is split over them (a union bound). */
export const STREAM_RUNS = 10;

/**
 * ln(2/δ) for one check of a property that makes `checks` of them per case:
 * δ = 10⁻⁶/(STREAM_RUNS·checks), so that the property rejects a correct
 * initialiser with probability at most 10⁻⁶ over all its cases.
 */
const logTerm = (checks: number): number => Math.log((2 * STREAM_RUNS * checks) / 1e-6);

/*
 * Why the bands hold. On a case of streamCases rng is a genuine seeded
 * uniform stream and n ≥ 4096 (cases.ts). With L = ln(2/δ):
 *
 * Uniform, w = −a + 2a·u, n independent draws in [−a, a], Var(w) = a²/3.
 *   Mean (Hoeffding): P(|w̄| ≥ t) ≤ 2·exp(−2n·t²/(2a)²) = δ at t = a·√(2L/n).
 *   Second moment: w² in [0, a²], E[w²] = a²/3; Hoeffding:
 *   |mean(w²)/Var − 1| ≤ 3·√(L/(2n)).
 * Normal, w = σ·z: w̄ ~ N(0, σ²/n), P(|w̄| ≥ σ·√(2L/n)) ≤ 2·exp(−L) = δ.
 *   n·mean(w²)/σ² ~ χ²ₙ, and Laurent and Massart (2000, Lemma 1) give
 *   P(χ²ₙ − n ≥ 2√(nx) + 2x) ≤ e⁻ˣ and P(n − χ²ₙ ≥ 2√(nx)) ≤ e⁻ˣ; at
 *   x = L both sides together are δ: mean(w²)/σ² in [1 − 2√(L/n), 1 + 2√(L/n) + 2L/n].
 *   Shape: the share of |w| ≤ σ is a binomial mean with p₀ = erf(1/√2)
 *   = 0.6827; Hoeffding: within √(L/(2n)) of p₀.
 * A learner's float64 sums add at most n·2⁻⁵³ of the largest term; the
 * stream's numbers are multiples of 2⁻³², which moves a mean by less than
 * 2⁻³¹·a and a second moment by a relative 2⁻³⁰ (except in a normal's tail
 * beyond 6σ, probability below 10⁻⁸ per element): both are in the slack.
 *
 * Separation at n ≥ 4096 and fans at least 4 apart. The normal moment
 * property makes 2 checks (L = 17.5): second-moment band ±0.14, mean band
 * 0.092σ; the uniform one 4 (L = 18.2): ±0.14 and 0.094a; the normal shape
 * 2 (L = 17.5): ±0.046. A wrong variance r·Var is accepted only if a
 * correct sampler's own statistic falls outside its band (probability ≤ δ)
 * whenever r < 0.75 or r > 1.33: a missing √2 or the bound √3 for √6 is
 * r = 1/2, fanOut for fanIn r ≥ 4 or ≤ 1/4, fanIn alone for fanIn + fanOut
 * r = (1 + ρ)/2 ≥ 2.5 or (1 + 1/ρ)/2 ≤ 0.63 (ρ ≥ 4 the fans' ratio), the
 * conv fans without their kernel r = kH·kW ≥ 4, the variance used as the
 * standard deviation r = Var ≤ 2/27 (every fan is at least 27 there). U(0, a) has mean a/2 ≫ 0.094a. A
 * uniform with the right variance puts 1/√3 = 0.577 within σ, 0.105 from
 * p₀, more than twice the band.
 */
const SHARE_WITHIN_ONE_STD = erf(Math.SQRT1_2);
const EPS = 2 ** -53;

const shapeText = (c: Case): string => c.shape.join(', ');

function streamWeights(kata: K, fn: InitFn, c: Case): number[] {
  const { weights } = runInit(kata, fn, c);
  return (validateTensor(weights, c.shape, { fn, argument: 'w' }) as number[] | number[][]).flat(3) as number[];
}

function expectMeanZero(fn: InitFn, c: Case, ws: readonly number[], scale: number, L: number, slack: number): void {
  const n = ws.length;
  const mean = ws.reduce((s, w) => s + w, 0) / n;
  const band = scale * Math.sqrt((2 * L) / n) + slack + n * EPS * Math.max(...ws.map(Math.abs));
  if (!(Math.abs(mean) <= band)) {
    fail({
      fn,
      argument: 'w',
      got: mean,
      expected: 0,
      allowed: band,
      message: text['mean-off']({ fn, shape: shapeText(c), n, got: fmt(mean), band: fmt(band) }),
    });
  }
}

function expectSecondMoment(fn: InitFn, c: Case, ws: readonly number[], low: number, high: number): void {
  const n = ws.length;
  const variance = varianceOf(fn, c.shape);
  const ratio = ws.reduce((s, w) => s + w * w, 0) / n / variance;
  const slack = 2 ** -30 + (n * EPS * Math.max(...ws.map((w) => w * w))) / variance;
  const [lo, hi] = [low - slack, high + slack];
  if (!(ratio >= lo && ratio <= hi)) {
    fail({
      fn,
      argument: 'w',
      got: ratio * variance,
      expected: variance,
      message: text['second-moment-off']({
        fn,
        shape: shapeText(c),
        n,
        got: fmt(ratio * variance),
        ratio: fmt(ratio),
        expected: fmt(variance),
        low: fmt(lo * variance),
        high: fmt(hi * variance),
      }),
    });
  }
}

/** Both uniform initialisers: mean within the Hoeffding band of 0, mean(w²) within that of a²/3. */
export function expectUniformMoments(kata: K, c: Case): void {
  const L = logTerm(2 * UNIFORM_FNS.length);
  for (const fn of UNIFORM_FNS) {
    const ws = streamWeights(kata, fn, c);
    const a = Math.sqrt(3 * varianceOf(fn, c.shape));
    expectMeanZero(fn, c, ws, a, L, 2 ** -31 * a);
    const t = 3 * Math.sqrt(L / (2 * ws.length));
    expectSecondMoment(fn, c, ws, 1 - t, 1 + t);
  }
}

/** One normal initialiser: mean within the Gaussian band of 0, mean(w²)/σ² within the χ² band of 1. */
export function expectNormalMoments(kata: K, fn: InitFn, c: Case): void {
  const L = logTerm(2);
  const ws = streamWeights(kata, fn, c);
  const n = ws.length;
  const std = Math.sqrt(varianceOf(fn, c.shape));
  expectMeanZero(fn, c, ws, std, L, 2 ** -30 * std);
  expectSecondMoment(fn, c, ws, 1 - 2 * Math.sqrt(L / n), 1 + 2 * Math.sqrt(L / n) + (2 * L) / n);
}

/** Both normal initialisers: the share of weights within one σ is 68.27% within a Hoeffding band. */
export function expectNormalShape(kata: K, c: Case): void {
  const L = logTerm(NORMAL_FNS.length);
  for (const fn of NORMAL_FNS) {
    const ws = streamWeights(kata, fn, c);
    const n = ws.length;
    const std = Math.sqrt(varianceOf(fn, c.shape));
    const share = ws.filter((w) => Math.abs(w) <= std).length / n;
    const band = Math.sqrt(L / (2 * n));
    if (!(Math.abs(share - SHARE_WITHIN_ONE_STD) <= band)) {
      fail({
        fn,
        argument: 'w',
        got: share,
        expected: SHARE_WITHIN_ONE_STD,
        allowed: band,
        message: text['share-off']({
          fn,
          shape: shapeText(c),
          n,
          got: fmt(share),
          std: fmt(std),
          expected: fmt(SHARE_WITHIN_ONE_STD),
          band: fmt(band),
        }),
      });
    }
  }
}
