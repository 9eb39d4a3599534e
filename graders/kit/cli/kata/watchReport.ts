import type { Paint } from '../../reporters/paint';
import { kataMessage, propertyMessage } from '../../reporters/propertyMessage';
import type { KataResult, RunResults } from '../../results/results';
import type { PropertyChanges } from './propertyChanges';

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
  const status =
    k.status === 'passed'
      ? p.green('passed')
      : k.status === 'not-started'
        ? p.dim('not started')
        : k.status === 'error'
          ? p.red('error')
          : p.yellow('failing');
  const out = [
    p.bold(
      `── ${time} ${k.number} ${k.slug}: ${status}, ${k.points}/${k.maxPoints} points (graded in ${Math.round(ms)} ms)`,
    ),
  ];
  for (const name of changes.nowPassing) out.push(`  ${p.green('✓ now passing:')} ${name}`);
  for (const name of changes.nowFailing) out.push(`  ${p.red('✗ now failing:')} ${name}`);
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
    out.push(`  ${p.red('✗')} ${prop.name} (${prop.earned}/${prop.points})`);
    const message = propertyMessage(run, k, prop);
    if (message) out.push(indent(message, '      '));
  }
  if (k.status === 'not-started')
    out.push(p.dim('  every function still calls notImplemented(): delete the call where you start'));
  if (k.output) out.push(p.dim(`  your code printed:\n${indent(k.output.trimEnd(), '    ')}`));
  if (k.status === 'passed')
    out.push(
      p.green(`  all ${k.properties.length} properties pass. Follow-up questions: the README, or npx kata interview`),
    );
  return out.join('\n');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}
