import { kataWord, t as kitWord } from '../../reporters/language';
import type { Paint } from '../../reporters/paint';
import { kataMessage, propertyMessage } from '../../reporters/propertyMessage';
import type { KataResult, RunResults } from '../../results/results';
import type { PropertyChanges } from './propertyChanges';
import { t } from './words';

/** What `kata watch` prints after each grade: status, what changed, then what is still wrong. */
export function watchReport(
  run: Pick<RunResults, 'target' | 'seed'>,
  k: KataResult,
  changes: PropertyChanges,
  ms: number,
  at: number,
  p: Paint,
): string {
  const time = new Date(at).toTimeString().slice(0, 8);
  const word = kitWord(`status.${k.status}`);
  const status =
    k.status === 'passed'
      ? p.green(word)
      : k.status === 'not-started'
        ? p.dim(word)
        : k.status === 'error'
          ? p.red(word)
          : p.yellow(word);
  const out = [
    p.bold(
      t('watch.heading', {
        time,
        number: k.number,
        slug: k.slug,
        status,
        points: k.points,
        max: k.maxPoints,
        ms: Math.round(ms),
      }),
    ),
  ];
  for (const name of changes.nowPassing) out.push(`  ${p.green(t('watch.now-passing', { name }))}`);
  for (const name of changes.nowFailing) out.push(`  ${p.red(t('watch.now-failing', { name }))}`);
  const problem = kataMessage(k);
  if (problem) out.push(indent(problem, '  '));
  for (const prop of k.properties) {
    if (
      prop.status === 'pass' ||
      prop.status === 'skipped' ||
      prop.status === 'not-implemented' ||
      (problem && prop.status === 'timeout')
    )
      continue;
    out.push(`  ${p.red('✗')} ${kataWord(k.slug, `property.${prop.id}`, prop.name)} (${prop.earned}/${prop.points})`);
    const message = propertyMessage(run, k, prop);
    if (message) out.push(indent(message, '      '));
  }
  if (k.status === 'not-started') out.push(p.dim(`  ${t('watch.not-started')}`));
  if (k.output) out.push(p.dim(`  ${kitWord('table.your-code-printed')}\n${indent(k.output.trimEnd(), '    ')}`));
  if (k.status === 'passed') out.push(p.green(`  ${t('watch.all-pass', { total: k.properties.length })}`));
  return out.join('\n');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}
