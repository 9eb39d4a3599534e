/** A number for a message: six significant digits, trailing zeros dropped (0.0001, 3.14159, 6e-11). */
export function fmt(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x);
}

/**
 * Two numbers that differ, each with as many significant digits as it takes
 * to show that they do (at least six, at most seventeen): "0.50000025 vs 0.5",
 * never "0.5 vs 0.5".
 */
export function fmtPair(a: number, b: number): [string, string] {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) return [fmt(a), fmt(b)];
  for (let digits = 6; digits < 17; digits++) {
    const x = String(Number(a.toPrecision(digits)));
    const y = String(Number(b.toPrecision(digits)));
    if (x !== y) return [x, y];
  }
  return [String(a), String(b)];
}
