import type { Paint } from '../../reporters/paint';
import { kataMessage } from '../../reporters/propertyMessage';
import type { KataResult } from '../../results/results';
import { t } from './words';

/**
 * What `kata watch` prints for a save that does not build (a syntax error
 * mid-edit, a missing or forbidden import, a throw at load): the error,
 * once, and that the last results still stand, not every property "now
 * failing".
 */
export function watchUnbuilt(k: KataResult, kept: KataResult, at: number, p: Paint): string {
  const time = new Date(at).toTimeString().slice(0, 8);
  const status = p.red(t('watch.does-not-build'));
  return [
    p.bold(t('watch.unbuilt-heading', { time, number: k.number, slug: k.slug, status })),
    ...(kataMessage(k) ?? '').split('\n').map((l) => `  ${l}`),
    p.dim(`  ${t('watch.last-stand', { points: kept.points, max: kept.maxPoints })}`),
  ].join('\n');
}
