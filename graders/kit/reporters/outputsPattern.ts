import type { OutputVerdict } from '../results/failure';
import { t } from './language';

const list = (names: readonly string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : names.length === 2
      ? t('list.two', { first: names[0], second: names[1] })
      : t('list.more', { head: names.slice(0, -1).join(t('list.separator')), last: names[names.length - 1] });

/** "dV is wrong while dQ and dK are right": what a check of several outputs saw, and no more. */
export function outputsPattern(outputs: readonly OutputVerdict[]): string | undefined {
  const wrong = outputs.filter((o) => !o.ok).map((o) => o.name);
  const right = outputs.filter((o) => o.ok).map((o) => o.name);
  if (wrong.length === 0 || outputs.length < 2) return undefined;
  if (right.length === 0)
    return t(wrong.length === 2 ? 'pattern.both-wrong' : 'pattern.all-wrong', { wrong: list(wrong) });
  const form = `${wrong.length === 1 ? 'one' : 'many'}-wrong-${right.length === 1 ? 'one' : 'many'}-right` as const;
  return t(`pattern.${form}`, { wrong: list(wrong), right: list(right) });
}
