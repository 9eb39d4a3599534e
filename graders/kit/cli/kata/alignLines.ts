/** A row of two files side by side: a line of each that are the same, differ, or a line on one side only. */
export interface AlignedRow {
  readonly left?: string;
  readonly right?: string;
  readonly same: boolean;
}

/** Beyond this many line pairs the alignment is skipped (the rows are zipped): a kata file is a few hundred lines. */
const MAX_CELLS = 4_000_000;

const key = (line: string): string => line.trim().replace(/\s+/g, ' ');

/**
 * Two files aligned line by line as `diff -y` does: the longest common
 * subsequence of lines (compared without their indentation) is matched row
 * to row, and between two matches the lines of each side are paired in
 * order, the longer side's rest on its own. So the signatures and doc
 * comments both files share sit on one row and the bodies next to each other.
 */
export function alignLines(a: readonly string[], b: readonly string[]): AlignedRow[] {
  if (a.length * b.length > MAX_CELLS) return zip(a, b);
  const ka = a.map(key);
  const kb = b.map(key);
  const m = b.length + 1;
  // lcs[i·m + j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = new Int32Array((a.length + 1) * m);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * m + j] =
        ka[i] === kb[j] ? lcs[(i + 1) * m + j + 1] + 1 : Math.max(lcs[(i + 1) * m + j], lcs[i * m + j + 1]);
  const rows: AlignedRow[] = [];
  let onlyA: string[] = [];
  let onlyB: string[] = [];
  const flush = (): void => {
    rows.push(...zip(onlyA, onlyB));
    onlyA = [];
    onlyB = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && ka[i] === kb[j]) {
      flush();
      rows.push({ left: a[i++], right: b[j++], same: true });
    } else if (j >= b.length || (i < a.length && lcs[(i + 1) * m + j] >= lcs[i * m + j + 1])) onlyA.push(a[i++]);
    else onlyB.push(b[j++]);
  }
  flush();
  return rows;
}

function zip(a: readonly string[], b: readonly string[]): AlignedRow[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, k) => ({ left: a[k], right: b[k], same: false }));
}
