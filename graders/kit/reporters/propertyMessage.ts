import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { fmtPair } from '../tensor/fmt';
import { misconceptionText, observedText, t } from './language';
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
 * problem says why). In the current language (language.ts); numbers, code
 * and paths as they are.
 */
export function propertyMessage(
  run: Pick<RunResults, 'target' | 'seed'>,
  k: KataResult,
  p: PropertyResult,
): string | undefined {
  if (p.status === 'pass') return undefined;
  if (p.status === 'not-implemented')
    return t('property.not-implemented', { fn: p.failure?.detail.fn ?? t('property.this-function'), file: k.file });
  if (p.status === 'timeout' && k.problem) return problemText(k.problem, k);
  if (p.status === 'error' && k.problem?.kind === 'rule')
    return t('property.not-scored-rule', { rule: k.problem.rule ?? '' });
  const f = p.failure;
  if (!f) return p.status === 'skipped' && k.problem ? undefined : p.status;
  const d = f.detail;
  const lines = [observedText(d)];
  const where: string[] = [];
  if (d.fn) where.push(t('property.where-function', { fn: d.fn }));
  if (d.argument) where.push(t('property.where-output', { argument: d.argument }));
  if (d.index?.length) where.push(t('property.where-worst', { index: d.index.join(', ') }));
  if (d.got !== undefined && d.expected !== undefined) {
    const [got, expected] = fmtPair(d.got, d.expected);
    where.push(t('property.where-got', { got, expected }));
  }
  if (d.relError !== undefined) {
    const relative = d.relError.toExponential(1);
    where.push(
      d.allowed !== undefined
        ? t('property.where-error-allowed', { relative, allowed: d.allowed.toExponential(1) })
        : t('property.where-error', { relative }),
    );
  }
  if (where.length) lines.push(`  ${where.join(t('list.comma'))}`);
  const pattern = d.outputs && outputsPattern(d.outputs);
  if (pattern) lines.push(`  ${t('property.observed', { pattern })}`);
  for (const id of d.misconceptions ?? [])
    lines.push(`  ${t('property.likely-mistake', { text: misconceptionText(id, k.misconceptions?.[id] ?? id) })}`);
  if (d.location) lines.push(`  ${t('property.at', { location: d.location })}`);
  if (f.counterexample !== undefined) {
    lines.push(
      `  ${
        f.runs !== undefined
          ? t('property.counterexample-runs', {
              count: f.runs,
              shrinks: t('property.shrinks', { count: f.shrinks ?? 0 }),
              value: f.counterexample,
            })
          : t('property.counterexample', { value: f.counterexample })
      }`,
    );
  }
  lines.push(
    `  ${t('property.replay', { command: replayCommand(k.slug, { target: run.target, seed: run.seed, only: p.id, path: f.path }) })}`,
  );
  return lines.join('\n');
}

/** The kata's own problem in words, if it has one (syntax error, time-out, broken rule). */
export function kataMessage(k: KataResult): string | undefined {
  return k.problem ? problemText(k.problem, k) : undefined;
}
