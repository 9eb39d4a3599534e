import { type TrackNumber, tracks } from '../../catalog';
import type { KataResult, KataStatus, RunResults } from '../results/results';
import { type Paint, paint } from './paint';
import { kataMessage, propertyMessage } from './propertyMessage';

const label: Record<KataStatus, string> = {
  passed: 'passed',
  failing: 'failing',
  'not-started': 'not started',
  error: 'error',
};

/** The table `npm test` prints: katas by track, then every failure with its message, then one summary line. */
export function terminalTable(results: RunResults, color: boolean): string {
  const p = paint(color);
  const out: string[] = [
    p.bold(`gradkata: grading ${results.target}/ (seed ${results.seed}, reference ${results.backend})`),
    '',
  ];
  const byTrack = new Map<TrackNumber, KataResult[]>();
  for (const k of results.katas) byTrack.set(k.track, [...(byTrack.get(k.track) ?? []), k]);
  for (const [track, katas] of [...byTrack].sort((a, b) => a[0] - b[0])) {
    out.push(`Track ${track} · ${tracks[track]}`);
    for (const k of katas) {
      const name = `${k.number} ${k.slug}`.padEnd(28);
      const status = statusColor(p, k.status)(label[k.status].padEnd(12));
      out.push(`  ${name}${status}${`${k.points}/${k.maxPoints}`.padStart(7)} points`);
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
      out.push(`  ${p.red('✗')} ${prop.name} (${prop.earned}/${prop.points})`);
      const message = propertyMessage(results, k, prop);
      if (message) out.push(indent(message, '      '));
    }
    if (k.output) out.push(p.dim(`  your code printed:\n${indent(k.output.trimEnd(), '    ')}`));
    out.push('');
  }
  out.push(summaryLine(results));
  return out.join('\n');
}

export function summaryLine(results: RunResults): string {
  const count = (s: KataStatus) => results.katas.filter((k) => k.status === s).length;
  const parts = [`${count('passed')}/${results.katas.length} passed`];
  if (count('failing')) parts.push(`${count('failing')} failing`);
  if (count('error')) parts.push(`${count('error')} with errors`);
  if (count('not-started')) parts.push(`${count('not-started')} not started`);
  return `${parts.join(', ')} · ${results.points}/${results.maxPoints} points · ${(results.durationMs / 1000).toFixed(1)} s`;
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
