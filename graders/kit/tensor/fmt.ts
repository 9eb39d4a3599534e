/** A number for a message: six significant digits, trailing zeros dropped (0.0001, 3.14159, 6e-11). */
export function fmt(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x);
}

/**
 * A float32 as the float32 it is: the shortest decimal that rounds back to
 * it in float32 ("0.0001" for Math.fround(1e-4), not "0.0000999999975").
 * Undefined for a number float32 cannot hold exactly (a float64 result).
 */
export function fmtFloat32(x: number): string | undefined {
  if (!Number.isFinite(x) || Math.fround(x) !== x) return undefined;
  // Nine significant digits always round-trip a float32.
  for (let digits = 1; digits < 9; digits++) {
    const s = String(Number(x.toPrecision(digits)));
    if (Math.fround(Number(s)) === x) return s;
  }
  return String(Number(x.toPrecision(9)));
}

/**
 * Yours and the reference's value, each with as many significant digits as
 * it takes to show that they differ (at least six): "0.5000003 vs 0.5",
 * never "0.5 vs 0.5". A float32 reference is printed as the float32 it is
 * (fmtFloat32), unless that shortest form reads the same as yours.
 */
export function fmtPair(got: number, expected: number): [string, string] {
  if (!Number.isFinite(got) || !Number.isFinite(expected) || got === expected) {
    return [fmt(got), fmt(expected)];
  }
  const reference = fmtFloat32(expected);
  if (reference !== undefined) {
    // Yours with no fewer digits than the reference, so the two read alike up to where they differ.
    for (let digits = Math.max(6, significantDigits(reference)); digits <= 17; digits++) {
      const g = precise(got, digits);
      if (g !== reference) return [g, reference];
    }
  }
  for (let digits = 6; digits <= 17; digits++) {
    const [g, e] = [precise(got, digits), precise(expected, digits)];
    if (g !== e) return [g, e];
  }
  return [String(got), String(expected)];
}

function precise(x: number, digits: number): string {
  return String(Number(x.toPrecision(digits)));
}

function significantDigits(s: string): number {
  const mantissa = s.replace(/^-/, '').replace(/e.*$/, '').replace('.', '');
  return mantissa.replace(/^0+/, '').length;
}
