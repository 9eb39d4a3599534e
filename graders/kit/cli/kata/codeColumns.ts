import { columns, padColumns } from '../../reporters/columns';
import type { Paint } from '../../reporters/paint';
import { type AlignedRow, alignLines } from './alignLines';
import { t } from './words';

/** The narrowest column worth reading code in; below it the files come one after the other. */
const MIN_COLUMN = 50;
const GUTTER = 3;
/** The narrowest terminal that shows the two files side by side. */
export const SIDE_BY_SIDE_WIDTH = 2 * MIN_COLUMN + GUTTER;
/** One-sided comment blocks at least this long are folded into one row. */
const FOLD_LINES = 3;

/**
 * Two source files for a terminal `width` characters wide: side by side and
 * aligned (alignLines) when each column gets at least MIN_COLUMN columns,
 * a line too long for its column continued, indented, on the next rows;
 * otherwise one after the other, each under its title, unwrapped. The
 * gutter says how a row compares: │ the same, ≠ different, < only on the
 * left, > only on the right. Side by side, a comment block on one side only
 * (the stub's doc comments a learner kept) is folded into one row, so the
 * code stays next to the code.
 */
export function codeColumns(
  left: readonly string[],
  right: readonly string[],
  titles: readonly [string, string],
  width: number,
  p: Paint,
): string[] {
  const [a, b] = [left.map(untab), right.map(untab)];
  if (width < SIDE_BY_SIDE_WIDTH) return [p.bold(`── ${titles[0]}`), ...a, '', p.bold(`── ${titles[1]}`), ...b];
  const column = Math.floor((width - GUTTER) / 2);
  const out = [`${p.bold(padColumns(clip(titles[0], column), column))}   ${p.bold(clip(titles[1], column))}`];
  for (const row of foldComments(alignLines(a, b))) {
    const mark = row.same
      ? p.dim(' │ ')
      : row.left === undefined
        ? p.green(' > ')
        : row.right === undefined
          ? p.red(' < ')
          : p.yellow(' ≠ ');
    const l = wrap(row.left ?? '', column);
    const r = wrap(row.right ?? '', column);
    for (let k = 0; k < Math.max(l.length, r.length); k++)
      out.push(`${padColumns(l[k] ?? '', column)}${mark}${r[k] ?? ''}`.trimEnd());
  }
  return out;
}

/** Tabs as two spaces, so that padding counts what the terminal shows. */
const untab = (line: string): string => line.replace(/\t/g, '  ');

const isComment = (line: string): boolean => /^\s*(\/\/|\/\*|\*)/.test(line);

function foldComments(rows: readonly AlignedRow[]): AlignedRow[] {
  const out: AlignedRow[] = [];
  for (let i = 0; i < rows.length; ) {
    const side = rows[i].same
      ? undefined
      : rows[i].right === undefined
        ? 'left'
        : rows[i].left === undefined
          ? 'right'
          : undefined;
    let end = i;
    while (
      side &&
      end < rows.length &&
      rows[end][side] !== undefined &&
      rows[end][side === 'left' ? 'right' : 'left'] === undefined &&
      isComment(rows[end][side]!)
    )
      end++;
    if (side && end - i >= FOLD_LINES) {
      const indent = rows[i][side]!.match(/^\s*/)![0];
      out.push({ [side]: `${indent}${t('code.folded', { lines: end - i })}`, same: false });
      i = end;
    } else out.push(rows[i++]);
  }
  return out;
}

/**
 * A line in pieces of at most `width` terminal columns (a Chinese comment's
 * characters take two), broken after a space where one is not too far back;
 * the pieces after the first are indented two more than the line, so they
 * do not read as lines of their own.
 */
function wrap(line: string, width: number): string[] {
  const indent = ' '.repeat(Math.min((line.match(/^\s*/)?.[0].length ?? 0) + 2, Math.floor(width / 2)));
  const parts: string[] = [];
  let rest = line;
  let room = width;
  while (columns(rest) > room) {
    const fit = fitting(rest, room);
    const space = rest.lastIndexOf(' ', fit - 1);
    const cut = space >= fit / 3 ? space + 1 : fit;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    room = width - indent.length;
  }
  parts.push(rest);
  return parts.map((piece, k) => (k === 0 ? piece : indent + piece));
}

/** How many UTF-16 units of `text` fit in `room` columns (at least one character, so that wrapping ends). */
function fitting(text: string, room: number): number {
  let used = 0;
  let units = 0;
  for (const ch of text) {
    used += columns(ch);
    if (used > room) break;
    units += ch.length;
  }
  return Math.max(units, text.codePointAt(0)! > 0xffff ? 2 : 1);
}

/** A title cut to its column, keeping its end (the file name). */
function clip(title: string, width: number): string {
  if (columns(title) <= width) return title;
  const chars = [...title];
  let end = chars.length;
  while (end > 0 && columns(chars.slice(end - 1).join('')) <= width - 1) end--;
  return `…${chars.slice(end).join('')}`;
}
