import type { Paint } from '../../reporters/paint';
import { kataMessage } from '../../reporters/propertyMessage';
import type { KataResult } from '../../results/results';

/**
 * What `kata watch` prints for a save that does not build (a syntax error
 * mid-edit, a missing or forbidden import, a throw at load): the error,
 * once, and that the last results still stand, not every property "now
 * failing".
 */
export function watchUnbuilt(k: KataResult, kept: KataResult, at: number, p: Paint): string {
  const time = new Date(at).toTimeString().slice(0, 8);
  return [
    p.bold(`── ${time} ${k.number} ${k.slug}: ${p.red('does not build')}, not graded`),
    ...(kataMessage(k) ?? '').split('\n').map((l) => `  ${l}`),
    p.dim(`  the last results stand (${kept.points}/${kept.maxPoints} points) until a save builds again`),
  ].join('\n');
}
