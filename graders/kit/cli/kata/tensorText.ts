import { slices2d } from '../../reporters/slices2d';
import type { Nested } from '../../tensor/nested';

/**
 * A tensor as lines of aligned text, in full: a scalar, a row, a matrix, or
 * for more dimensions one matrix per leading index (`[0, 1, :, :]`), sliced
 * as the HTML report slices it. The element at `mark` (the worst one) is
 * starred. Numbers are exact unless `format` (given each element's index)
 * writes them.
 */
export function tensorText(
  x: Nested,
  mark?: readonly number[],
  format: (v: number, index: readonly number[]) => string = String,
): string[] {
  if (!Array.isArray(x)) return [`${format(x, [])}${mark?.length === 0 ? '*' : ''}`];
  const { shape, slices } = slices2d(x);
  const out: string[] = [];
  for (const s of slices) {
    if (shape.length > 2) out.push(`[${[...s.lead, ':', ':'].join(', ')}]`);
    // A vector is one row whose element j has index [j].
    const index = (i: number, j: number): number[] => (shape.length === 1 ? [j] : [...s.lead, i, j]);
    out.push(
      ...matrix(
        s.rows,
        (i, j) => !!mark && sameIndex(index(i, j), mark),
        (v, i, j) => format(v, index(i, j)),
      ),
    );
  }
  return out;
}

function sameIndex(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, k) => v === b[k]);
}

function matrix(
  rows: readonly (readonly unknown[])[],
  isMarked: (i: number, j: number) => boolean,
  num: (v: number, i: number, j: number) => string,
): string[] {
  const cells = rows.map((r, i) =>
    r.map((v, j) => `${typeof v === 'number' ? num(v, i, j) : String(v)}${isMarked(i, j) ? '*' : ''}`),
  );
  const width = Math.max(1, ...cells.flat().map((c) => c.length));
  return cells.map((r) => `  ${r.map((c) => c.padStart(width)).join(' ')}`);
}
