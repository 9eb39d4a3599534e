import type { KataEntry } from '../../catalog';
import type { PropertyResult } from '../engine/results';
import { fmt } from '../toolkit/expectClose';
import { replayCommand } from './replayCommand';

/**
 * A failed property as a person preparing an interview reads it, in
 * fast-check's order with ours added: what is wrong, where (function,
 * argument, worst element, got vs expected), the mistake it looks like, the
 * shrunk counterexample, and the command that replays it.
 */
export function formatFailure(
  kata: KataEntry,
  r: PropertyResult,
  ctx: { file: string; seed: number; target: string },
): string {
  const f = r.failure;
  if (!f) return r.message ?? '';
  const d = f.detail;
  if (r.status === 'not-implemented') return `${d.fn ?? 'this function'} is not implemented yet (${ctx.file})`;
  const lines = [d.summary];
  const where: string[] = [];
  if (d.fn) where.push(`function ${d.fn}`);
  if (d.argument) where.push(`output ${d.argument}`);
  if (d.index?.length) where.push(`worst element [${d.index.join(', ')}]`);
  if (d.got !== undefined && d.expected !== undefined) where.push(`got ${fmt(d.got)} vs expected ${fmt(d.expected)}`);
  if (d.relError !== undefined)
    where.push(
      `relative error ${d.relError.toExponential(1)}${d.allowed !== undefined ? ` (allowed absolute error ${d.allowed.toExponential(1)})` : ''}`,
    );
  if (where.length) lines.push(`  ${where.join(', ')}`);
  if (d.misconception) lines.push(`  likely mistake: ${d.misconception}`);
  if (d.location) lines.push(`  at ${d.location}`);
  if (f.counterexample !== undefined) {
    const how =
      f.runs !== undefined
        ? ` (failed after ${f.runs} run${f.runs === 1 ? '' : 's'}, shrunk ${f.shrinks ?? 0} time${f.shrinks === 1 ? '' : 's'})`
        : '';
    lines.push(`  counterexample${how}: ${f.counterexample}`);
  }
  lines.push(`  replay: ${replayCommand(kata.slug, { target: ctx.target, seed: ctx.seed, only: r.id, path: f.path })}`);
  return lines.join('\n');
}
