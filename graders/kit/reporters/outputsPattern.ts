import type { OutputVerdict } from '../results/failure';

const list = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** "dV is wrong while dQ and dK are right": what a check of several outputs saw, and no more. */
export function outputsPattern(outputs: readonly OutputVerdict[]): string | undefined {
  const wrong = outputs.filter((o) => !o.ok).map((o) => o.name);
  const right = outputs.filter((o) => o.ok).map((o) => o.name);
  if (wrong.length === 0 || outputs.length < 2) return undefined;
  const verb = wrong.length === 1 ? 'is' : 'are';
  if (right.length === 0) return `${list(wrong)} are ${wrong.length === 2 ? 'both' : 'all'} wrong`;
  return `${list(wrong)} ${verb} wrong while ${list(right)} ${right.length === 1 ? 'is' : 'are'} right`;
}
