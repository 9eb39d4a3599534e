import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { fmtPair } from '../tensor/fmt';
import { outputsPattern } from './outputsPattern';
import { problemText } from './problemText';
import { replayCommand } from './replayCommand';

/**
 * A property's result as a person preparing an interview reads it, in
 * fast-check's order with ours added: what was observed, where (function,
 * output, worst element, got vs expected), which outputs were right, the
 * mistake the learner's code was shown to make (only a confirmed one), the
 * shrunk counterexample, and the command that replays it. Undefined for a
 * pass (and for a property skipped because its kata stopped: the kata's
 * problem says why).
 */
export function propertyMessage(
  run: Pick<RunResults, 'target' | 'seed'>,
  k: KataResult,
  p: PropertyResult,
): string | undefined {
  if (p.status === 'pass') return undefined;
  if (p.status === 'not-implemented')
    return `${p.failure?.detail.fn ?? 'this function'} is not implemented yet (${k.file})`;
  if (p.status === 'timeout' && k.problem) return problemText(k.problem, k);
  if (p.status === 'error' && k.problem?.kind === 'rule')
    return `not scored: the kata broke the rule ${k.problem.rule}`;
  const f = p.failure;
  if (!f) return p.status === 'skipped' && k.problem ? undefined : p.status;
  const d = f.detail;
  const lines = [d.summary];
  const where: string[] = [];
  if (d.fn) where.push(`function ${d.fn}`);
  if (d.argument) where.push(`output ${d.argument}`);
  if (d.index?.length) where.push(`worst element [${d.index.join(', ')}]`);
  if (d.got !== undefined && d.expected !== undefined) {
    const [got, expected] = fmtPair(d.got, d.expected);
    where.push(`got ${got} vs expected ${expected}`);
  }
  if (d.relError !== undefined) {
    const allowed = d.allowed !== undefined ? ` (allowed absolute error ${d.allowed.toExponential(1)})` : '';
    where.push(`relative error ${d.relError.toExponential(1)}${allowed}`);
  }
  if (where.length) lines.push(`  ${where.join(', ')}`);
  const pattern = d.outputs && outputsPattern(d.outputs);
  if (pattern) lines.push(`  observed: ${pattern}`);
  for (const id of d.misconceptions ?? []) lines.push(`  likely mistake: ${k.misconceptions?.[id] ?? id}`);
  if (d.location) lines.push(`  at ${d.location}`);
  if (f.counterexample !== undefined) {
    const how =
      f.runs !== undefined
        ? ` (failed after ${f.runs} run${f.runs === 1 ? '' : 's'}, shrunk ${f.shrinks ?? 0} time${f.shrinks === 1 ? '' : 's'})`
        : '';
    lines.push(`  counterexample${how}: ${f.counterexample}`);
  }
  lines.push(`  replay: ${replayCommand(k.slug, { target: run.target, seed: run.seed, only: p.id, path: f.path })}`);
  return lines.join('\n');
}

/** The kata's own problem in words, if it has one (syntax error, time-out, broken rule). */
export function kataMessage(k: KataResult): string | undefined {
  return k.problem ? problemText(k.problem, k) : undefined;
}
