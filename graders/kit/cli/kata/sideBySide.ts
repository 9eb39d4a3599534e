/** Two blocks of lines next to each other under their titles, e.g. yours | reference. */
export function sideBySide(
  left: readonly string[],
  right: readonly string[],
  titles: readonly [string, string],
): string[] {
  const width = Math.max(titles[0].length, ...left.map((l) => l.length)) + 4;
  const rows = Math.max(left.length, right.length);
  const out = [`${titles[0].padEnd(width)}${titles[1]}`];
  for (let i = 0; i < rows; i++) out.push(`${(left[i] ?? '').padEnd(width)}${right[i] ?? ''}`.trimEnd());
  return out;
}
