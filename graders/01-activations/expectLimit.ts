import { expectFinite, fail, fmt, fmtPair, validateTensor } from '../kit/toolkit';
import text from './messages';

/**
 * For |x| ≥ 50 every activation here is within |x|·e⁻⁵⁰ < 1e-18 of its limit
 * (0, 1, ±1, −α, x; slopes 0 or 1), so float64 reaches the limit up to
 * rounding; 1e-12 relative leaves room for any order of operations.
 */
export const LIMIT_TOLERANCE = 1e-12;

/** Checks that `got` = fn(x) for saturated x is finite and within LIMIT_TOLERANCE of `limit` elementwise. */
export function expectLimit(got: unknown, x: number[], limit: (v: number) => number, fn: string): void {
  const argument = `${fn}(x)`;
  if (Array.isArray(got)) expectFinite(got, { fn, argument, context: text['for-x']({ x: x.map(fmt).join(', ') }) });
  const out = validateTensor(got, [x.length], { fn, argument }) as number[];
  out.forEach((v, i) => {
    const want = limit(x[i]);
    if (Math.abs(v - want) > LIMIT_TOLERANCE * Math.max(1, Math.abs(want))) {
      const [gs, ws] = fmtPair(v, want);
      fail({
        fn,
        argument,
        index: [i],
        got: v,
        expected: want,
        message: text['limit-not-reached']({ at: `${argument}[${i}]`, got: gs, x: fmt(x[i]), limit: ws }),
      });
    }
  });
}
