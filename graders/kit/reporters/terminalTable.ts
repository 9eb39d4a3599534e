import type { TrackNumber } from '../../catalog';
import type { KataResult, KataStatus, RunResults } from '../results/results';
import { padColumns } from './columns';
import { kataWord, t } from './language';
import { type Paint, paint } from './paint';
import { kataMessage, propertyMessage } from './propertyMessage';

/** The table `npm test` prints: katas by track, then every failure with its message, then one summary line. */
export function terminalTable(results: RunResults, color: boolean): string {
  const p = paint(color);
  const out: string[] = [
    p.bold(t('table.grading', { target: results.target, seed: results.seed, backend: results.backend })),
    '',
  ];
  const byTrack = new Map<TrackNumber, KataResult[]>();
  for (const k of results.katas) byTrack.set(k.track, [...(byTrack.get(k.track) ?? []), k]);
  for (const [track, katas] of [...byTrack].sort((a, b) => a[0] - b[0])) {
    out.push(t('table.track', { number: track, name: t(`track.${track}`) }));
    for (const k of katas) {
      const name = `${k.number} ${k.slug}`.padEnd(28);
      const status = statusColor(p, k.status)(padColumns(t(`status.${k.status}`), 12));
      out.push(`  ${name}${status}${`${k.points}/${k.maxPoints}`.padStart(7)} ${t('table.points')}`);
    }
    out.push('');
  }
  const problems = results.katas.filter((k) => k.status === 'failing' || k.status === 'error');
  for (const k of problems) {
    out.push(p.bold(`${k.number} ${k.slug} (${k.file})`));
    const problem = kataMessage(k);
    if (problem) out.push(indent(problem, '  '));
    for (const prop of k.properties) {
      if (prop.status === 'pass' || prop.status === 'skipped' || (problem && prop.status === 'timeout')) continue;
      out.push(`  ${p.red('✗')} ${kataWord(k.slug, `property.${prop.id}`, prop.name)} (${prop.earned}/${prop.points})`);
      const message = propertyMessage(results, k, prop);
      if (message) out.push(indent(message, '      '));
    }
    if (k.output) out.push(p.dim(`  ${t('table.your-code-printed')}\n${indent(k.output.trimEnd(), '    ')}`));
    out.push('');
  }
  out.push(summaryLine(results));
  return out.join('\n');
}

export function summaryLine(results: RunResults): string {
  const count = (s: KataStatus) => results.katas.filter((k) => k.status === s).length;
  const parts = [t('summary.passed', { passed: count('passed'), total: results.katas.length })];
  if (count('failing')) parts.push(t('summary.failing', { count: count('failing') }));
  if (count('error')) parts.push(t('summary.errors', { count: count('error') }));
  if (count('not-started')) parts.push(t('summary.not-started', { count: count('not-started') }));
  return t('summary.totals', {
    parts: parts.join(t('list.comma')),
    points: results.points,
    max: results.maxPoints,
    seconds: (results.durationMs / 1000).toFixed(1),
  });
}

function statusColor(p: Paint, s: KataStatus): (x: string) => string {
  return s === 'passed' ? p.green : s === 'not-started' ? p.dim : s === 'failing' ? p.yellow : p.red;
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}
