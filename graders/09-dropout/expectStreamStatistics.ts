import { fail, fmt, validateTensor } from '../kit/toolkit';
import type { K } from './cases';
import { runForward } from './learner';
import text from './messages';
import type { Case, Matrix } from './oracle';

/** Cases per statistical property: the false-rejection budget 10⁻⁶ is split over them (a union bound). */
export const STREAM_RUNS = 30;
/** The probability that one case rejects a correct dropout. */
const DELTA = 1e-6 / STREAM_RUNS;

/*
 * Why the bands hold. On a case of streamCases the draws uᵢⱼ are a uniform
 * stream, so the mask bits Bᵢⱼ = [uᵢⱼ ≥ p] are independent Bernoulli(1 − p),
 * and x (positive, from a later stretch of the stream) is fixed.
 *
 * Mean. outᵢⱼ = s·xᵢⱼ·Bᵢⱼ with s = 1/(1 − p): independent terms, each in
 * [0, s·xᵢⱼ], with E[outᵢⱼ] = xᵢⱼ. Hoeffding's inequality for their mean over
 * n = N·D elements:
 *   P(|mean(out) − mean(x)| ≥ t) ≤ 2·exp(−2n²t² / Σ(s·xᵢⱼ)²),
 * which is DELTA at t = s·√(Σxᵢⱼ²·ln(2/DELTA)/2)/n. At the sizes drawn
 * (n ≥ 1600, x in [0.5, 2], p in [0.2, 0.8]) t ≤ 0.075·s·√(Σx²/n) ≈ 0.1·s
 * (E[x²] = 1.75), and a wrong scale is off by more: no scale by p·mean(x)
 * ≈ 1.25p (0.25 to 1.0 against t ≈ 0.12 to 0.5), a (1 − p) factor by
 * (1 − (1 − p)²)·mean(x).
 *
 * Kept fraction. K = ΣBᵢⱼ ~ Binomial(n, 1 − p); Hoeffding again:
 *   P(|K/n − (1 − p)| ≥ t) ≤ 2·exp(−2nt²),
 * DELTA at t = √(ln(2/DELTA)/(2n)) ≤ 0.075 for n ≥ 1600; keeping with
 * probability p instead is off by |1 − 2p|.
 *
 * The learner's float64 sums add at most (n + 2)·2⁻⁵³·s·max(x) to the mean.
 * Over STREAM_RUNS cases a correct dropout is rejected with probability at
 * most STREAM_RUNS·DELTA = 10⁻⁶ per property.
 */
const LOG_TERM = Math.log(2 / DELTA);

function streamOut(kata: K, c: Case): { out: Matrix; n: number; s: number } {
  const [N, D] = [c.x.length, c.x[0].length];
  const out = validateTensor(runForward(kata, c).out, [N, D], { fn: 'dropoutForward', argument: 'out' }) as Matrix;
  return { out, n: N * D, s: 1 / (1 - c.p) };
}

/** mean(out) within the Hoeffding band of mean(x). */
export function expectMeanPreserved(kata: K, c: Case): void {
  const { out, n, s } = streamOut(kata, c);
  const xs = c.x.flat();
  const meanX = xs.reduce((a, v) => a + v, 0) / n;
  const meanOut = out.flat().reduce((a, v) => a + v, 0) / n;
  const sumSquares = xs.reduce((a, v) => a + v * v, 0);
  const rounding = (n + 2) * 2 ** -53 * s * Math.max(...xs);
  const band = (s * Math.sqrt((sumSquares * LOG_TERM) / 2)) / n + rounding;
  if (!(Math.abs(meanOut - meanX) <= band)) {
    fail({
      fn: 'dropoutForward',
      argument: 'out',
      got: meanOut,
      expected: meanX,
      allowed: band,
      message: text['mean-off']({ n, p: fmt(c.p), got: fmt(meanOut), expected: fmt(meanX), band: fmt(band) }),
    });
  }
}

/** The fraction of units with out ≠ 0 (x > 0 on these cases) within the binomial band of 1 − p. */
export function expectKeptFraction(kata: K, c: Case): void {
  const { out, n } = streamOut(kata, c);
  const kept = out.flat().filter((v) => v !== 0).length / n;
  const band = Math.sqrt(LOG_TERM / (2 * n));
  if (!(Math.abs(kept - (1 - c.p)) <= band)) {
    fail({
      fn: 'dropoutForward',
      argument: 'out',
      got: kept,
      expected: 1 - c.p,
      allowed: band,
      message: text['kept-fraction-off']({ n, p: fmt(c.p), got: fmt(kept), expected: fmt(1 - c.p), band: fmt(band) }),
    });
  }
}
