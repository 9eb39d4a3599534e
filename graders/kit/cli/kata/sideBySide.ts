import { columns, padColumns } from '../../reporters/columns';

/** Two blocks of lines next to each other under their titles, e.g. yours | reference; wide (CJK) characters count two columns. */
export function sideBySide(
  left: readonly string[],
  right: readonly string[],
  titles: readonly [string, string],
): string[] {
  const width = Math.max(columns(titles[0]), ...left.map(columns)) + 4;
  const rows = Math.max(left.length, right.length);
  const out = [`${padColumns(titles[0], width)}${titles[1]}`];
  for (let i = 0; i < rows; i++) out.push(`${padColumns(left[i] ?? '', width)}${right[i] ?? ''}`.trimEnd());
  return out;
}
