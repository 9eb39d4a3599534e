import type { Nested } from '../../toolkit/nested';

/**
 * A tensor as lines of aligned text, in full: a scalar, a row, a matrix, or
 * for more dimensions one matrix per leading index (`[0, 1, :, :]`). The
 * element at `mark` (the worst one) is starred. Numbers are exact unless
 * `digits` (significant) is given.
 */
export function tensorText(x: Nested, mark?: readonly number[], digits?: number): string[] {
  const num = (v: number): string => (digits === undefined || !Number.isFinite(v) ? String(v) : String(Number(v.toPrecision(digits))));
  if (!Array.isArray(x)) return [`${num(x)}${mark?.length === 0 ? '*' : ''}`];
  if (x.length === 0 || !Array.isArray(x[0])) return matrix([x as Nested[]], [], num, mark);
  if (!Array.isArray((x[0] as Nested[])[0])) return matrix(x as Nested[][], [], num, mark);
  const out: string[] = [];
  const walk = (v: Nested, prefix: number[]): void => {
    const rows = v as Nested[][];
    if (!Array.isArray(rows[0]?.[0])) {
      out.push(`[${[...prefix, ':', ':'].join(', ')}]`, ...matrix(rows, prefix, num, mark));
      return;
    }
    rows.forEach((r, i) => walk(r, [...prefix, i]));
  };
  walk(x, []);
  return out;
}

function matrix(rows: readonly (readonly Nested[])[], prefix: readonly number[], num: (v: number) => string, mark?: readonly number[]): string[] {
  const isMarked = (i: number, j: number): boolean => {
    if (!mark) return false;
    const full = rows.length === 1 && mark.length === prefix.length + 1 ? [...prefix, j] : [...prefix, i, j];
    return full.length === mark.length && full.every((v, k) => v === mark[k]);
  };
  const cells = rows.map((r, i) => r.map((v, j) => `${typeof v === 'number' ? num(v) : String(v)}${isMarked(i, j) ? '*' : ''}`));
  const width = Math.max(1, ...cells.flat().map((c) => c.length));
  return cells.map((r) => `  ${r.map((c) => c.padStart(width)).join(' ')}`);
}
