/**
 * The error function erf(x) = (2/√π)·∫₀ˣ e^(−t²) dt, to float64 accuracy
 * (within a few ulps). JavaScript's Math has no erf; the exact GELU needs
 * it through the normal CDF Φ(x) = ½·(1 + erf(x/√2)).
 *
 * Two expansions, each used where it needs no cancelling subtraction:
 * - |x| < 2: erf(x) = (2/√π)·e^(−x²)·Σₙ 2ⁿx^(2n+1)/(1·3·…·(2n+1))
 *   (Abramowitz & Stegun 7.1.6), a series of positive terms;
 * - |x| ≥ 2: erf(x) = 1 − erfc(x), erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + (3/2)/(x + …))))
 *   (A&S 7.1.14), a continued fraction evaluated by Lentz's method;
 *   erfc(2) ≈ 0.005, so its small relative error barely reaches erf.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  const value = a < 2 ? erfSeries(a) : 1 - erfcContinuedFraction(a);
  return x < 0 ? -value : value;
}

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const ONE_OVER_SQRT_PI = 0.5641895835477563;

function erfSeries(a: number): number {
  const a2 = a * a;
  let term = a;
  let sum = a;
  for (let n = 1; term > sum * 1e-17; n++) {
    term *= (2 * a2) / (2 * n + 1);
    sum += term;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-a2) * sum;
}

/** erfc(a) for a ≥ 2: the fraction's partial numerators are n/2, its denominators all a. */
function erfcContinuedFraction(a: number): number {
  if (a > 27) return 0; // e^(−a²) underflows: erfc(27) < 1e-318
  const tiny = 1e-300;
  let f = a;
  let c = a;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const k = n / 2;
    d = a + k * d;
    d = d === 0 ? tiny : 1 / d;
    c = a + k / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (ONE_OVER_SQRT_PI * Math.exp(-a * a)) / f;
}
